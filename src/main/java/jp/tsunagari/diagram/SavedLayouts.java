package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.security.CurrentUser;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The node positions each user arranged in each diagram view, kept in Neo4j as {@code (:SavedLayout {user, view})}
 * (migration V007), so that the picture a coordinator built by hand is there again next time — a top complaint about
 * Neo4j Browser and Kumu. A view key is the view's route, e.g. {@code diagram/area-d01}.
 */
@Service
class SavedLayouts {

    /** Views with more nodes than this are not saved: a picture that large is arranged by the layout, not by hand. */
    static final int MAX_NODES = 50_000;

    static final String LOAD = """
            MATCH (l:SavedLayout {user: $user, view: $view}) RETURN l.ids AS ids, l.xs AS xs, l.ys AS ys""";

    static final String SAVE = """
            MERGE (l:SavedLayout {user: $user, view: $view})
            SET l.ids = $ids, l.xs = $xs, l.ys = $ys, l.savedAt = datetime()""";

    static final String FORGET = "MATCH (l:SavedLayout {user: $user, view: $view}) DELETE l";

    private final Neo4jClient client;
    private final CurrentUser user;

    SavedLayouts(Neo4jClient client, CurrentUser user) {
        this.client = client;
        this.user = user;
    }

    /** The positions the current user saved for this view, by node id; empty when there are none. */
    @Transactional(readOnly = true)
    public Map<String, double[]> load(String view) {
        return client.query(LOAD).bindAll(Map.of("user", user.username(), "view", view)).fetch().one()
                .map(SavedLayouts::positions).orElse(Map.of());
    }

    /** Replaces the current user's saved positions for this view; false (nothing saved) when there are too many. */
    @Transactional
    public boolean save(String view, Map<String, double[]> positions) {
        if (positions.isEmpty() || positions.size() > MAX_NODES) {
            return false;
        }
        List<String> ids = new ArrayList<>(positions.size());
        List<Double> xs = new ArrayList<>(positions.size());
        List<Double> ys = new ArrayList<>(positions.size());
        positions.forEach((id, at) -> {
            if (at != null && at.length == 2 && Double.isFinite(at[0]) && Double.isFinite(at[1])) {
                ids.add(id);
                xs.add(at[0]);
                ys.add(at[1]);
            }
        });
        client.query(SAVE).bindAll(Map.of("user", user.username(), "view", view, "ids", ids, "xs", xs, "ys", ys))
                .run();
        return true;
    }

    /** Forgets the current user's positions for this view (re-layout starts fresh). */
    @Transactional
    public void forget(String view) {
        client.query(FORGET).bindAll(Map.of("user", user.username(), "view", view)).run();
    }

    /**
     * The graph with the saved positions applied to the nodes that have one; nodes added since stay unplaced, and
     * the {@link Layout#KEEP} layout puts them next to their neighbours.
     */
    static GraphData apply(GraphData graph, Map<String, double[]> positions) {
        if (positions.isEmpty()) {
            return graph;
        }
        return new GraphData(graph.nodes().stream().map(n -> {
            double[] at = positions.get(n.id());
            return at == null ? n : n.at(at[0], at[1]);
        }).toList(), graph.edges());
    }

    private static Map<String, double[]> positions(Map<String, Object> row) {
        List<?> ids = (List<?>) row.get("ids");
        List<?> xs = (List<?>) row.get("xs");
        List<?> ys = (List<?>) row.get("ys");
        Map<String, double[]> positions = new LinkedHashMap<>();
        if (ids == null || xs == null || ys == null) {
            return positions;
        }
        int n = Math.min(ids.size(), Math.min(xs.size(), ys.size()));
        for (int i = 0; i < n; i++) {
            positions.put(String.valueOf(ids.get(i)), new double[] {((Number) xs.get(i)).doubleValue(),
                    ((Number) ys.get(i)).doubleValue()});
        }
        return positions;
    }
}
