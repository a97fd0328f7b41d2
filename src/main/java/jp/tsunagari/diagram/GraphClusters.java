package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A graph too big to draw node by node (a municipality's 10⁵ residents and helpers) shown as clusters: the nodes of
 * each group (a daily-life area, a neighbourhood) as one node sized by how many it holds, labelled with the group's
 * name and that count, and one edge between two clusters that have any edge between their members. A cluster can be
 * expanded into its members (e.g. on double-click) and collapsed again; nodes in no group are always shown.
 *
 * <pre>{@code
 * var clusters = new GraphClusters(city, node -> neighbourhoodOf.get(node.id()), neighbourhoodNames);
 * graph.setGraph(clusters.view());
 * graph.addNodeDoubleClickListener(e -> {
 *     if (clusters.expand(e.getNodeId())) graph.setGraph(clusters.view());
 * });
 * }</pre>
 */
public final class GraphClusters {

    /** The kind of cluster nodes and of the edges between clusters (style them with these). */
    public static final String KIND = "cluster";
    static final String PREFIX = "cluster:";

    private final GraphData full;
    private final Map<String, String> groupOf = new HashMap<>();
    private final Map<String, List<GraphNode>> members = new LinkedHashMap<>();
    private final Map<String, String> names;
    private final Set<String> expanded = new HashSet<>();

    /** {@code groupOf} names each node's group (null: the node stays on its own); {@code names}: group → label. */
    public GraphClusters(GraphData full, Function<GraphNode, String> groupOf, Map<String, String> names) {
        this.full = Objects.requireNonNull(full, "full");
        this.names = Map.copyOf(names);
        for (GraphNode node : full.nodes()) {
            String group = groupOf.apply(node);
            if (group != null) {
                this.groupOf.put(node.id(), group);
                members.computeIfAbsent(group, g -> new ArrayList<>()).add(node);
            }
        }
    }

    public static boolean isCluster(String nodeId) {
        return nodeId != null && nodeId.startsWith(PREFIX);
    }

    /** The groups, in the order their first member came. */
    public Set<String> groups() {
        return members.keySet();
    }

    /** Shows the members of this cluster (id as in {@link #view()}, or the group's id); false if there is none. */
    public boolean expand(String clusterOrGroupId) {
        String group = groupId(clusterOrGroupId);
        return members.containsKey(group) && expanded.add(group);
    }

    /** Shows this group as one cluster again; false if it was not expanded. */
    public boolean collapse(String groupId) {
        return expanded.remove(groupId(groupId));
    }

    /** The group a node belongs to (null when none). */
    public String groupOf(String nodeId) {
        return groupOf.get(nodeId);
    }

    /**
     * What to draw: expanded groups' members and ungrouped nodes as they are, every other group as a cluster node
     * (at the centre of its members when they all have positions), edges between what is drawn, once per pair.
     */
    public GraphData view() {
        List<GraphNode> nodes = new ArrayList<>();
        Map<String, String> shownAs = new HashMap<>();
        for (GraphNode node : full.nodes()) {
            String group = groupOf.get(node.id());
            if (group == null || expanded.contains(group)) {
                nodes.add(node);
                shownAs.put(node.id(), node.id());
            } else {
                shownAs.put(node.id(), PREFIX + group);
            }
        }
        members.forEach((group, list) -> {
            if (!expanded.contains(group)) {
                nodes.add(cluster(group, list));
            }
        });
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        Set<String> pairs = new LinkedHashSet<>();
        for (GraphEdge edge : full.edges()) {
            String source = shownAs.get(edge.source()), target = shownAs.get(edge.target());
            if (source.equals(edge.source()) && target.equals(edge.target())) {
                edges.put(edge.id() == null ? "edge:" + edges.size() : edge.id(), edge);
            } else if (!source.equals(target) && pairs.add(source + ">" + target)
                    && !pairs.contains(target + ">" + source)) {
                String id = KIND + ":" + source + ">" + target;
                edges.put(id, new GraphEdge(id, source, target, KIND, false));
            }
        }
        return new GraphData(nodes, new ArrayList<>(edges.values()));
    }

    private GraphNode cluster(String group, List<GraphNode> list) {
        String name = names.getOrDefault(group, group);
        GraphNode node = new GraphNode(PREFIX + group, name + "（" + list.size() + "）", KIND)
                .withSize(Math.min(8 + 2 * Math.sqrt(list.size()), 60));
        if (list.stream().allMatch(GraphNode::placed)) {
            double x = list.stream().mapToDouble(GraphNode::x).average().orElse(0);
            double y = list.stream().mapToDouble(GraphNode::y).average().orElse(0);
            node = node.at(x, y);
        }
        return node;
    }

    private static String groupId(String id) {
        return isCluster(id) ? id.substring(PREFIX.length()) : id;
    }
}
