package jp.tsunagari.diagram;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * A diagram's graph as files for Gephi, yEd and NetworkX: GraphML and GEXF, written by JGraphT's exporters (which
 * escape every text as XML). Nodes keep their id, label, kind and position; edges their kind (as "relation"). Whoever exports
 * decides whether labels may be names (the caller passes the same labels the user sees).
 */
public final class GraphExports {

    private GraphExports() {
    }

    public static String graphml(GraphData data) {
        Exported g = Exported.of(data);
        GraphMLExporter<String, Link> exporter = new GraphMLExporter<>(id -> id);
        exporter.setVertexAttributeProvider(g::nodeAttributes);
        exporter.setEdgeAttributeProvider(Link::attributes);
        exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("kind", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("x", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("y", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("relation", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        return write(w -> exporter.exportGraph(g.graph(), w));
    }

    public static String gexf(GraphData data) {
        Exported g = Exported.of(data);
        GEXFExporter<String, Link> exporter = new GEXFExporter<>(id -> id, Link::id);
        exporter.setVertexAttributeProvider(g::nodeAttributes);
        exporter.setEdgeAttributeProvider(Link::attributes);
        exporter.registerAttribute("kind", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute("x", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
        exporter.registerAttribute("y", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
        exporter.registerAttribute("relation", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        return write(w -> exporter.exportGraph(g.graph(), w));
    }

    private static String write(java.util.function.Consumer<StringWriter> export) {
        StringWriter out = new StringWriter();
        export.accept(out);
        return out.toString();
    }

    /** One edge of the export: distinct by position (JGraphT needs distinct edge objects), with an id and kind. */
    record Link(int position, String id, String kind) {

        Map<String, Attribute> attributes() {
            // Named apart from the nodes' "kind": exporters key attributes by name alone.
            return kind == null || kind.isEmpty() ? Map.of() : Map.of("relation", DefaultAttribute.createAttribute(kind));
        }
    }

    private record Exported(Graph<String, Link> graph, Map<String, GraphNode> nodes) {

        static Exported of(GraphData data) {
            Graph<String, Link> graph = GraphTypeBuilder.<String, Link>undirected().allowingMultipleEdges(true)
                    .allowingSelfLoops(true).weighted(false).buildGraph();
            Map<String, GraphNode> nodes = new LinkedHashMap<>();
            data.nodes().forEach(n -> {
                graph.addVertex(n.id());
                nodes.put(n.id(), n);
            });
            int i = 0;
            for (GraphEdge e : data.edges()) {
                String id = e.id() != null ? e.id() : "edge-" + i;
                graph.addEdge(e.source(), e.target(), new Link(i, id, e.kind()));
                i++;
            }
            return new Exported(graph, nodes);
        }

        Map<String, Attribute> nodeAttributes(String id) {
            GraphNode n = nodes.get(id);
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute(n.label()));
            attributes.put("kind", DefaultAttribute.createAttribute(n.kind()));
            if (n.x() != null && n.y() != null) {
                attributes.put("x", DefaultAttribute.createAttribute(n.x()));
                attributes.put("y", DefaultAttribute.createAttribute(n.y()));
            }
            return attributes;
        }
    }
}
