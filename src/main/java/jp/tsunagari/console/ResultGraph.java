package jp.tsunagari.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.diagram.GraphData;
import jp.tsunagari.diagram.GraphEdge;
import jp.tsunagari.diagram.GraphNode;
import jp.tsunagari.diagram.GraphStyles;
import jp.tsunagari.diagram.GraphStyles.Shape;

/**
 * The nodes and relationships of a console result — as cells, in lists, in maps or on paths — as a graph for the
 * diagram component, as Neo4j Browser draws them. Relationships whose ends did not come back are left out.
 */
final class ResultGraph {

    private ResultGraph() {
    }

    static final GraphStyles STYLES = GraphStyles.none()
            .withNode("Resident", "#1565c0", 9, Shape.CIRCLE, "Resident")
            .withNode("Person", "#2e7d32", 8, Shape.CIRCLE, "Person")
            .withNode("Coordinator", "#6a1b9a", 9, Shape.CIRCLE, "Coordinator")
            .withNode("Organization", "#ef6c00", 10, Shape.RING, "Organization")
            .withNode("IndividualNetwork", "#00838f", 8, Shape.RING, "IndividualNetwork")
            .withNode("ProviderNetwork", "#ad1457", 11, Shape.RING, "ProviderNetwork")
            .withNode("Council", "#4e342e", 11, Shape.RING, "Council")
            .withNode("Area", "#757575", 10, Shape.RING, "Area")
            .withNode("ServiceKind", "#9e9d24", 7, Shape.CIRCLE, "ServiceKind")
            .withEdge("SUPPORTS", "#90a4ae", 1.5, false)
            .withEdge("MEMBER_OF", "#80cbc4", 1.5, false)
            .withEdge("REFERS_TO", "#ffb74d", 1.5, true);

    private static final List<String> KIND_ORDER = List.of("Coordinator", "Resident", "Person", "IndividualNetwork",
            "ProviderNetwork", "Council", "Organization", "Area", "ServiceKind");

    static GraphData of(ConsoleResult result) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, ResultRelationship> rels = new LinkedHashMap<>();
        for (List<Object> row : result.rows()) {
            for (Object cell : row) {
                collect(cell, nodes, rels);
            }
        }
        List<GraphEdge> edges = rels.values().stream()
                .filter(r -> nodes.containsKey(r.startElementId()) && nodes.containsKey(r.endElementId()))
                .map(r -> new GraphEdge(r.elementId(), r.startElementId(), r.endElementId(), r.type(), false)).toList();
        return GraphData.of(nodes.values(), edges);
    }

    private static void collect(Object cell, Map<String, GraphNode> nodes, Map<String, ResultRelationship> rels) {
        switch (cell) {
            case ResultNode n -> nodes.putIfAbsent(n.elementId(), node(n));
            case ResultRelationship r -> rels.putIfAbsent(r.elementId(), r);
            case ResultPath p -> {
                p.nodes().forEach(n -> collect(n, nodes, rels));
                p.relationships().forEach(r -> collect(r, nodes, rels));
            }
            case List<?> list -> list.forEach(v -> collect(v, nodes, rels));
            case Map<?, ?> map -> map.values().forEach(v -> collect(v, nodes, rels));
            case null, default -> {
            }
        }
    }

    private static GraphNode node(ResultNode n) {
        String kind = KIND_ORDER.stream().filter(n::has).findFirst()
                .orElse(n.labels().isEmpty() ? "" : n.labels().getFirst());
        Object name = n.properties().get("name");
        return new GraphNode(n.elementId(), name instanceof String s ? s : n.id(), kind);
    }
}
