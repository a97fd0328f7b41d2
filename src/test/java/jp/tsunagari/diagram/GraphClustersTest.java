package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GraphClustersTest {

    /** Two neighbourhoods (a: r1, r2, s1; b: r3, s2) and an organization in none, all placed. */
    static final GraphData CITY = new GraphData(
            List.of(new GraphNode("r1", "r1", "resident").at(0, 0), new GraphNode("r2", "r2", "resident").at(2, 0),
                    new GraphNode("s1", "s1", "person").at(1, 3), new GraphNode("r3", "r3", "resident").at(10, 10),
                    new GraphNode("s2", "s2", "person").at(12, 10), new GraphNode("o1", "o1", "org").at(5, 5)),
            List.of(new GraphEdge("e1", "s1", "r1", "supports", false), new GraphEdge("e2", "s1", "r2", "supports", false),
                    new GraphEdge("e3", "s2", "r3", "supports", false), new GraphEdge("e4", "s1", "r3", "supports", false),
                    new GraphEdge("e5", "s2", "r1", "supports", false), new GraphEdge("e6", "o1", "r1", "supports", false)));
    static final Map<String, String> GROUP = Map.of("r1", "a", "r2", "a", "s1", "a", "r3", "b", "s2", "b");

    GraphClusters clusters() {
        return new GraphClusters(CITY, n -> GROUP.get(n.id()), Map.of("a", "中央", "b", "東"));
    }

    @Test
    void eachGroupIsOneNodeSizedByItsMembersAtTheirCentreWithOneEdgePerLinkedPair() {
        GraphData view = clusters().view();
        assertThat(view.nodes()).extracting(GraphNode::id).containsExactly("o1", "cluster:a", "cluster:b");
        GraphNode a = view.nodes().get(1);
        assertThat(a.label()).isEqualTo("中央（3）");
        assertThat(a.kind()).isEqualTo(GraphClusters.KIND);
        assertThat(a.x()).isEqualTo(1.0);
        assertThat(a.y()).isEqualTo(1.0);
        assertThat(a.size()).isGreaterThan(view.nodes().get(2).size()); // 3 members against 2
        // e4 (a→b) and e5 (b→a) become one edge; edges inside a group disappear; o1's edge goes to its cluster.
        assertThat(view.edges()).extracting(e -> e.source() + ">" + e.target())
                .containsExactlyInAnyOrder("cluster:a>cluster:b", "o1>cluster:a");
    }

    @Test
    void anExpandedClusterShowsItsMembersWithTheirOwnEdgesAndCollapsesAgain() {
        GraphClusters clusters = clusters();
        assertThat(clusters.expand("cluster:a")).isTrue();
        assertThat(clusters.expand("a")).isFalse(); // already
        GraphData view = clusters.view();
        assertThat(view.nodes()).extracting(GraphNode::id).containsExactly("r1", "r2", "s1", "o1", "cluster:b");
        assertThat(view.edges()).extracting(e -> e.source() + ">" + e.target() + " " + e.kind()).containsExactlyInAnyOrder(
                "s1>r1 supports", "s1>r2 supports", "o1>r1 supports", "s1>cluster:b cluster", "cluster:b>r1 cluster");
        assertThat(clusters.collapse("a")).isTrue();
        assertThat(clusters.view()).isEqualTo(clusters().view());
    }

    @Test
    void unknownClustersAndAGraphWithoutGroupsAreLeftAsTheyAre() {
        assertThat(clusters().expand("cluster:nowhere")).isFalse();
        GraphClusters none = new GraphClusters(CITY, n -> null, Map.of());
        assertThat(none.groups()).isEmpty();
        assertThat(none.view()).isEqualTo(CITY);
        assertThat(new GraphClusters(GraphData.empty(), n -> "x", Map.of()).view()).isEqualTo(GraphData.empty());
    }
}
