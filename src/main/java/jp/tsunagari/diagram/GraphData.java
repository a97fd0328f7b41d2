package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link NetworkGraph} draws: nodes and the edges between them. Edges whose ends are not among the nodes are
 * refused here rather than silently dropped in the browser.
 */
public record GraphData(List<GraphNode> nodes, List<GraphEdge> edges) {

    public GraphData {
        nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        edges = List.copyOf(Objects.requireNonNull(edges, "edges"));
        Set<String> ids = new HashSet<>();
        for (GraphNode node : nodes) {
            if (!ids.add(node.id())) {
                throw new IllegalArgumentException("Duplicate node id: " + node.id());
            }
        }
        for (GraphEdge edge : edges) {
            if (!ids.contains(edge.source()) || !ids.contains(edge.target())) {
                throw new IllegalArgumentException("Edge " + edge.source() + " → " + edge.target() + " names a node that is not in the graph");
            }
        }
    }

    public static GraphData empty() {
        return new GraphData(List.of(), List.of());
    }

    public static GraphData of(Collection<GraphNode> nodes, Collection<GraphEdge> edges) {
        return new GraphData(new ArrayList<>(nodes), new ArrayList<>(edges));
    }

    /** True when every node has a position, so {@link Layout#KEEP} shows the graph as it was saved. */
    public boolean fullyPlaced() {
        return nodes.stream().allMatch(GraphNode::placed);
    }
}
