package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What changed from one {@link GraphData} to the next, for sending a live change as a few nodes and edges rather than
 * the whole graph again (a council session's projections get the presenter's 1,000-node picture after every change;
 * usually one node's flags differ). {@code nodes}: nodes added or changed, whole; {@code removedNodes}: ids gone;
 * edges, which may have no id, are added and removed by value ({@code removedEdges} takes out one equal edge each).
 * The browser applies it in {@code frontend/src/patch.ts}, exactly as {@link #applyTo} does here.
 */
public record GraphPatch(List<GraphNode> nodes, List<String> removedNodes, List<GraphEdge> edges,
                         List<GraphEdge> removedEdges) {

    public GraphPatch {
        nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        removedNodes = List.copyOf(Objects.requireNonNull(removedNodes, "removedNodes"));
        edges = List.copyOf(Objects.requireNonNull(edges, "edges"));
        removedEdges = List.copyOf(Objects.requireNonNull(removedEdges, "removedEdges"));
    }

    /** The patch that turns {@code before} into {@code after}. */
    public static GraphPatch between(GraphData before, GraphData after) {
        Map<String, GraphNode> old = new HashMap<>();
        before.nodes().forEach(n -> old.put(n.id(), n));
        Set<String> kept = after.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
        List<GraphNode> changed = after.nodes().stream().filter(n -> !n.equals(old.get(n.id()))).toList();
        List<String> removed = before.nodes().stream().map(GraphNode::id).filter(id -> !kept.contains(id)).toList();
        Map<GraphEdge, Integer> count = new LinkedHashMap<>();
        before.edges().forEach(e -> count.merge(e, 1, Integer::sum));
        List<GraphEdge> added = new ArrayList<>();
        for (GraphEdge e : after.edges()) {
            if (count.merge(e, -1, Integer::sum) < 0) {
                added.add(e);
            }
        }
        List<GraphEdge> gone = new ArrayList<>();
        count.forEach((e, n) -> {
            for (int i = 0; i < n; i++) {
                gone.add(e);
            }
        });
        return new GraphPatch(changed, removed, added, gone);
    }

    /** True when it changes nothing. */
    @JsonIgnore
    public boolean isEmpty() {
        return nodes.isEmpty() && removedNodes.isEmpty() && edges.isEmpty() && removedEdges.isEmpty();
    }

    /**
     * {@code graph} with this patch applied: removed nodes and edges taken out, changed nodes replaced where they
     * were, added ones appended (edges of removed nodes go with them).
     */
    public GraphData applyTo(GraphData graph) {
        Map<String, GraphNode> changed = new LinkedHashMap<>();
        nodes.forEach(n -> changed.put(n.id(), n));
        Set<String> removed = Set.copyOf(removedNodes);
        List<GraphNode> out = new ArrayList<>(graph.nodes().size() + nodes.size());
        for (GraphNode n : graph.nodes()) {
            if (!removed.contains(n.id())) {
                GraphNode now = changed.remove(n.id());
                out.add(now == null ? n : now);
            }
        }
        out.addAll(changed.values());
        Map<GraphEdge, Integer> toRemove = new HashMap<>();
        removedEdges.forEach(e -> toRemove.merge(e, 1, Integer::sum));
        Set<String> ids = out.stream().map(GraphNode::id).collect(Collectors.toSet());
        List<GraphEdge> outEdges = new ArrayList<>(graph.edges().size() + edges.size());
        for (GraphEdge e : graph.edges()) {
            if (toRemove.getOrDefault(e, 0) > 0) {
                toRemove.merge(e, -1, Integer::sum);
            } else if (ids.contains(e.source()) && ids.contains(e.target())) {
                outEdges.add(e);
            }
        }
        outEdges.addAll(edges);
        return new GraphData(out, outEdges);
    }
}
