/**
 * Network diagrams: {@link jp.tsunagari.diagram.NetworkGraph}, a Vaadin component drawing a support network with
 * sigma.js (WebGL) from typed Java data, laid out by ForceAtlas2 in a web worker, with node selection, k-hop focus,
 * filters, search, dragging, a context menu and PNG/SVG export; views of other modules may build a
 * {@link jp.tsunagari.diagram.GraphData} and listen to the component's events. Its browser side is the npm package
 * in {@code frontend/} (see frontend/README.md).
 * <p>
 * Built on it, for coordinators: {@code /diagram/<areaId>}, one daily-life area's network with the gaps found there
 * marked and listed, and {@code /ecomap/<residentId>}, one resident's helpers in sectors with their needs and gaps;
 * {@code /network-image/<areaId>} (also for councils, naming no resident), the seed's layered network image;
 * {@code /provider-networks/<areaId>}, provider networks and the providers outside them; {@code /associations/<areaId>},
 * neighbourhood associations, their NPO links and reported needs. Every view has {@link jp.tsunagari.diagram.DiagramTools}
 * (kept arrangement, re-layout, exports); the area diagram also filters, details the selected node and has what-if.
 * The area diagram and the ecomap edit the network ({@link jp.tsunagari.diagram.DiagramEdits}: each change through the
 * {@code network} services, with undo) and refresh live when the gap engine announces a change
 * ({@code gaps.GapFindingsChanged}), keeping the picture. They read the graph through their own queries and use only
 * the public API of
 * {@code gaps} (findings), {@code network} (writes), {@code security} (scope, names, audit) and {@code shell}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network diagrams")
package jp.tsunagari.diagram;
