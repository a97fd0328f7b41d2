package jp.tsunagari.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/**
 * Our array-based cut points and betweenness give JGraphT's answers, on hand-made and random graphs; the support
 * network's compact index is its graph.
 */
class GraphAlgorithmsTest {

    @Test
    void emptyAndSingleVertexArraysHaveNoCutPoints() {
        assertThat(ArticulationPoints.of(new int[] {0}, new int[0])).isEmpty();
        assertThat(ArticulationPoints.of(new int[] {0, 0}, new int[0])).isEmpty();
    }

    @Test
    void everyInnerVertexOfAPathIsACutPointAndNoVertexOfACycle() {
        assertThat(cut(5, 0, 1, 1, 2, 2, 3, 3, 4)).containsExactly(1, 2, 3);
        assertThat(cut(5, 0, 1, 1, 2, 2, 3, 3, 4, 4, 0)).isEmpty();
    }

    @Test
    void twoTrianglesSharingAVertexAreJoinedByItAlone() {
        assertThat(cut(5, 0, 1, 1, 2, 2, 0, 2, 3, 3, 4, 4, 2)).containsExactly(2);
    }

    @Test
    void hubOfAStarIsTheOnlyCutPointWhereverTheSearchStarts() {
        assertThat(cut(5, 0, 1, 0, 2, 0, 3, 0, 4)).containsExactly(0);
        assertThat(cut(5, 4, 0, 4, 1, 4, 2, 4, 3)).containsExactly(4);
    }

    @Test
    void eachComponentHasItsOwnCutPointsAndIsolatedVerticesNone() {
        // a path 0-1-2, an isolated 3, a triangle 4-5-6 with a tail 6-7, a single edge 8-9
        assertThat(cut(10, 0, 1, 1, 2, 4, 5, 5, 6, 6, 4, 6, 7, 8, 9)).containsExactly(1, 6);
    }

    @Test
    void aPathOfTwoHundredThousandVerticesIsSearchedWithoutOverflowingTheStack() {
        int n = 200_000;
        int[] ends = new int[2 * (n - 1)];
        for (int i = 0; i < n - 1; i++) {
            ends[2 * i] = i;
            ends[2 * i + 1] = i + 1;
        }
        int[] cut = cut(n, ends);
        assertThat(cut).hasSize(n - 2);
        assertThat(cut[0]).isEqualTo(1);
        assertThat(cut[n - 3]).isEqualTo(n - 2);
    }

    @Test
    void compactIndexHasTheVerticesAndEdgesOfTheSupportGraphAfterChanges() {
        TestNetwork t = new TestNetwork()
                .resident("r1", "n1", "SUPPORT_1").resident("r2", "n1", "SUPPORT_1").resident("r3", "n3", "CARE_2")
                .person("p1", "NEIGHBOR", true).person("p2", "FAMILY", true).person("away", "VOLUNTEER", false)
                .supports("p1", "r1", "WATCHING").supports("p1", "r1", "SHOPPING") // two services: one edge
                .supports("p2", "r2", "WATCHING").supports("away", "r3", "WATCHING") // inactive: absent
                .network("inw-1", "r1", "p2", "away");
        SupportNetwork network = t.build();
        assertSameGraph(network);
        int[] before = ArticulationPoints.of(network.index().offset(), network.index().adjacency());
        assertThat(network.index().idsOf(before)).containsExactlyInAnyOrder("r1", "inw-1", "p2");

        network.putHelper("away", new SupportNetwork.Helper("away", false, "VOLUNTEER", null, true), null);
        network.putResident("r2", null, List.of(), null, Set.of());
        assertSameGraph(network);
    }

    private static void assertSameGraph(SupportNetwork network) {
        SupportGraphIndex index = network.index();
        Graph<String, DefaultEdge> graph = network.graph();
        assertThat(Set.of(index.ids())).isEqualTo(graph.vertexSet());
        assertThat(index.edges()).isEqualTo(graph.edgeSet().size());
        for (int v = 0; v < index.size(); v++) {
            Set<String> neighbours = new java.util.HashSet<>();
            for (int i = index.offset()[v]; i < index.offset()[v + 1]; i++) {
                neighbours.add(index.ids()[index.adjacency()[i]]);
            }
            assertThat(neighbours).as(index.ids()[v]).isEqualTo(Set.copyOf(Graphs.neighborListOf(graph, index.ids()[v])));
        }
        assertThat(cutPoints(graph)).isEqualTo(Set.copyOf(index.idsOf(ArticulationPoints.of(index.offset(),
                index.adjacency()))));
    }

    /** The cut points of an undirected graph of {@code n} vertices given as pairs of ends, as compressed rows. */
    private static int[] cut(int n, int... ends) {
        int[] offset = new int[n + 1];
        for (int end : ends) {
            offset[end + 1]++;
        }
        for (int v = 0; v < n; v++) {
            offset[v + 1] += offset[v];
        }
        int[] fill = java.util.Arrays.copyOf(offset, n);
        int[] adjacency = new int[ends.length];
        for (int i = 0; i < ends.length; i += 2) {
            adjacency[fill[ends[i]]++] = ends[i + 1];
            adjacency[fill[ends[i + 1]]++] = ends[i];
        }
        return ArticulationPoints.of(offset, adjacency);
    }

    /** Our cut points of a JGraphT graph, through its array copy. */
    static <V, E> Set<V> cutPoints(Graph<V, E> graph) {
        IndexedGraph<V> g = IndexedGraph.of(graph);
        Set<V> cut = new java.util.HashSet<>();
        for (int v : ArticulationPoints.of(g.offset(), g.adjacency())) {
            cut.add(g.vertices().get(v));
        }
        return cut;
    }

    @Test
    void emptyAndSingleVertexGraphsHaveNoCutPointsAndNoBetweenness() {
        Graph<String, DefaultEdge> g = graph();
        assertThat(cutPoints(g)).isEmpty();
        assertThat(SampledBetweenness.scores(g, 0, 1)).isEmpty();
        g.addVertex("a");
        assertThat(cutPoints(g)).isEmpty();
        assertThat(SampledBetweenness.scores(g, 0, 1)).containsExactly(Map.entry("a", 0.0));
    }

    @Test
    void middleOfAPathIsACutPointAndACycleHasNone() {
        Graph<String, DefaultEdge> path = graph("a-b", "b-c");
        assertThat(cutPoints(path)).containsExactly("b");
        assertThat(SampledBetweenness.scores(path, 0, 1)).containsEntry("b", 1.0).containsEntry("a", 0.0);
        Graph<String, DefaultEdge> cycle = graph("a-b", "b-c", "c-a");
        assertThat(cutPoints(cycle)).isEmpty();
    }

    @Test
    void hubOfAStarAndTheJointOfTwoCyclesAreCutPointsInEachComponent() {
        Graph<String, DefaultEdge> g = graph("hub-x", "hub-y", "hub-z", "a-b", "b-c", "c-a", "c-d", "d-e", "e-c");
        assertThat(cutPoints(g)).containsExactlyInAnyOrder("hub", "c");
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
            assertThat(cutPoints(g)).as("round %d", round).isEqualTo(new BiconnectivityInspector<>(g).getCutpoints());
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
        Set<String> cutPoints = cutPoints(network.graph());
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
