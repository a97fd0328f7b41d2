package jp.tsunagari.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** Our array-based cut points and betweenness give JGraphT's answers, on hand-made and random graphs. */
class GraphAlgorithmsTest {

    @Test
    void emptyAndSingleVertexGraphsHaveNoCutPointsAndNoBetweenness() {
        Graph<String, DefaultEdge> g = graph();
        assertThat(CutPoints.of(g)).isEmpty();
        assertThat(SampledBetweenness.scores(g, 0, 1)).isEmpty();
        g.addVertex("a");
        assertThat(CutPoints.of(g)).isEmpty();
        assertThat(SampledBetweenness.scores(g, 0, 1)).containsExactly(Map.entry("a", 0.0));
    }

    @Test
    void middleOfAPathIsACutPointAndACycleHasNone() {
        Graph<String, DefaultEdge> path = graph("a-b", "b-c");
        assertThat(CutPoints.of(path)).containsExactly("b");
        assertThat(SampledBetweenness.scores(path, 0, 1)).containsEntry("b", 1.0).containsEntry("a", 0.0);
        Graph<String, DefaultEdge> cycle = graph("a-b", "b-c", "c-a");
        assertThat(CutPoints.of(cycle)).isEmpty();
    }

    @Test
    void hubOfAStarAndTheJointOfTwoCyclesAreCutPointsInEachComponent() {
        Graph<String, DefaultEdge> g = graph("hub-x", "hub-y", "hub-z", "a-b", "b-c", "c-a", "c-d", "d-e", "e-c");
        assertThat(CutPoints.of(g)).containsExactlyInAnyOrder("hub", "c");
    }

    @Test
    void randomSparseGraphsAgreeWithJGraphT() {
        Random random = new Random(42);
        for (int round = 0; round < 30; round++) {
            Graph<String, DefaultEdge> g = graph();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                g.addVertex("v" + i);
            }
            for (int e = random.nextInt(n * 2); e > 0; e--) {
                String a = "v" + random.nextInt(n);
                String b = "v" + random.nextInt(n);
                if (!a.equals(b)) {
                    g.addEdge(a, b);
                }
            }
            assertThat(CutPoints.of(g)).as("round %d", round).isEqualTo(new BiconnectivityInspector<>(g).getCutpoints());
            Map<String, Double> ours = SampledBetweenness.scores(g, 0, 1);
            Map<String, Double> theirs = new BetweennessCentrality<>(g, false).getScores();
            for (Map.Entry<String, Double> e : theirs.entrySet()) {
                assertThat(ours.get(e.getKey())).as("round %d, %s", round, e.getKey()).isCloseTo(e.getValue(), within(1e-9));
            }
        }
    }

    @Test
    void samplingEveryVertexIsExactAndFewerPivotsScaleUp() {
        Graph<String, DefaultEdge> star = graph("hub-a", "hub-b", "hub-c", "hub-d");
        assertThat(SampledBetweenness.scores(star, 5, 1)).containsEntry("hub", 6.0);
        // From any one leaf, the hub lies on 3 shortest paths; scaled by 5 vertices / 1 source and halved.
        assertThat(SampledBetweenness.scores(star, 1, 3).get("hub")).isIn(7.5, 0.0);
    }

    @Test
    void keyPersonFoundLocallyIsACutPointOfTheWholeGraph() {
        TestNetwork t = new TestNetwork()
                .resident("r1", "n1", "SUPPORT_1").resident("r2", "n1", "SUPPORT_1").resident("r3", "n3", "CARE_2")
                .person("only", "NEIGHBOR", true).person("leaf", "FAMILY", true).person("both", "VOLUNTEER", true)
                .supports("only", "r1", "WATCHING").supports("only", "r2", "WATCHING") // only help of two: cut point
                .supports("leaf", "r3", "WATCHING").network("inw-3", "r3", "leaf")     // tied to r3's pocket only
                .supports("both", "r2", "SHOPPING");
        SupportNetwork network = t.build();
        Set<String> cutPoints = CutPoints.of(network.graph());
        assertThat(KeyPersonDetector.dependents(network, "only")).containsExactly("r1");
        assertThat(cutPoints).contains("only").doesNotContain("leaf");
        assertThat(KeyPersonDetector.dependents(network, "leaf")).isEmpty();
        assertThat(new KeyPersonDetector().detect(network, TestNetwork.SETTINGS, TestNetwork.messages()))
                .extracting(Finding::subject).containsExactly("only");
    }

    private static Graph<String, DefaultEdge> graph(String... edges) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (String e : edges) {
            String[] ends = e.split("-");
            g.addVertex(ends[0]);
            g.addVertex(ends[1]);
            g.addEdge(ends[0], ends[1]);
        }
        return g;
    }
}
