/**
 * Network diagrams: {@link jp.tsunagari.diagram.NetworkGraph}, a Vaadin component drawing a support network with
 * sigma.js (WebGL) from typed Java data, laid out by ForceAtlas2 in a web worker, with node selection, k-hop focus,
 * filters, search, dragging, a context menu and PNG/SVG export. Views of other modules build a
 * {@link jp.tsunagari.diagram.GraphData} and listen to the component's events; this module knows nothing of Neo4j
 * or of the other modules. Its browser side is the npm package in {@code frontend/} (see frontend/README.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network diagrams")
package jp.tsunagari.diagram;
