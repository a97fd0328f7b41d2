package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.gaps.GapType;

/**
 * Marks the findings on a diagram: a halo on the node each is about — red for an isolated resident, orange for one
 * depending on a single supporter, yellow for an unmet need, purple for an organization outside its same-kind network
 * (which also gets a dashed edge to that network), grey-blue for any other gap — the most urgent first, before the
 * node's own flags ({@code inactive}). Findings about nodes not in the diagram are left out.
 */
final class GapOverlay {

    private GapOverlay() {
    }

    static GraphData apply(GraphData graph, List<GapItem> findings) {
        return apply(graph, findings, GapOverlay::flag);
    }

    /**
     * As {@link #apply(GraphData, List)}, with a view's own choice of halo per finding; flags other than
     * {@link DiagramKinds#FLAGS} (e.g. {@link DiagramKinds#NO_NPO}) come first, so their halo shows.
     */
    static GraphData apply(GraphData graph, List<GapItem> findings, java.util.function.Function<GapItem, String> flagOf) {
        Set<String> ids = new HashSet<>();
        graph.nodes().forEach(n -> ids.add(n.id()));
        Map<String, Set<String>> flags = new HashMap<>();
        List<GraphEdge> edges = new ArrayList<>(graph.edges());
        Set<String> edgeIds = new HashSet<>();
        graph.edges().forEach(e -> edgeIds.add(e.id()));
        for (GapItem finding : findings) {
            if (!ids.contains(finding.subject())) {
                continue;
            }
            flags.computeIfAbsent(finding.subject(), k -> new LinkedHashSet<>()).add(flagOf.apply(finding));
            if (finding.type() == GapType.OUTSIDE_SAME_KIND_NETWORK && !finding.related().isEmpty()
                    && ids.contains(finding.related().getFirst())) {
                String id = DiagramKinds.OUTSIDE + ":" + finding.subject() + ">" + finding.related().getFirst();
                if (edgeIds.add(id)) {
                    edges.add(new GraphEdge(id, finding.subject(), finding.related().getFirst(), DiagramKinds.OUTSIDE,
                            true));
                }
            }
        }
        if (flags.isEmpty()) {
            return graph;
        }
        List<GraphNode> nodes = graph.nodes().stream().map(n -> {
            Set<String> added = flags.get(n.id());
            if (added == null) {
                return n;
            }
            Set<String> all = new LinkedHashSet<>();
            added.stream().filter(f -> !DiagramKinds.FLAGS.contains(f)).forEach(all::add);
            DiagramKinds.FLAGS.stream().filter(added::contains).forEach(all::add);
            all.addAll(n.flags());
            return n.withFlags(all.toArray(String[]::new));
        }).toList();
        return new GraphData(nodes, edges);
    }

    static String flag(GapItem finding) {
        return switch (finding.type()) {
            case ISOLATED_RESIDENT -> DiagramKinds.ISOLATED;
            case SINGLE_SUPPORTER -> DiagramKinds.SINGLE_SUPPORTER;
            case UNMET_NEED -> DiagramKinds.UNMET_NEED;
            case OUTSIDE_SAME_KIND_NETWORK -> DiagramKinds.OUTSIDE_NETWORK;
            default -> DiagramKinds.OTHER_GAP;
        };
    }
}
