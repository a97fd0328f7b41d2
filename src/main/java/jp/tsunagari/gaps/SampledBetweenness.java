package jp.tsunagari.gaps;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;

/**
 * Betweenness centrality of an undirected graph by Brandes's algorithm run from {@code pivots} randomly drawn sources
 * and scaled by n/pivots (Brandes &amp; Pich, "Centrality estimation in large networks", 2007) — exact when every
 * vertex is a source. Unnormalized, pairs counted once: the convention of JGraphT's
 * {@link org.jgrapht.alg.scoring.BetweennessCentrality} and NetworkX's {@code betweenness_centrality(normalized=False)}.
 * <p>
 * Written here because JGraphT offers only the exact algorithm, over hash maps: on a daily-life area of the
 * Takamatsu-scale city (tens of thousands of vertices) that takes many minutes, where this runs on int arrays and
 * samples (the benchmark measures both, and the error of sampling against exact).
 */
final class SampledBetweenness {

    private SampledBetweenness() {
    }

    static <V, E> Map<V, Double> scores(Graph<V, E> graph, int pivots, long seed) {
        IndexedGraph<V> g = IndexedGraph.of(graph);
        List<V> vertices = g.vertices();
        int n = g.size();
        int[] offset = g.offset();
        int[] adjacency = g.adjacency();

        int[] sources = sources(n, pivots, seed);
        double[] centrality = new double[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        int[] order = new int[n];
        for (int s : sources) {
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            distance[s] = 0;
            paths[s] = 1;
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            while (head < tail) { // breadth-first: the order array doubles as the queue
                int v = order[head++];
                for (int k = offset[v]; k < offset[v + 1]; k++) {
                    int w = adjacency[k];
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            for (int i = tail - 1; i > 0; i--) { // farthest first: accumulate dependencies on predecessors
                int w = order[i];
                for (int k = offset[w]; k < offset[w + 1]; k++) {
                    int v = adjacency[k];
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                centrality[w] += dependency[w];
            }
        }
        double scale = 0.5 * n / Math.max(1, sources.length); // undirected: each pair was counted from both ends
        Map<V, Double> scores = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            scores.put(vertices.get(i), centrality[i] * scale);
        }
        return scores;
    }

    /** Every vertex when {@code pivots} is 0 or at least n; else that many distinct ones drawn with the seed. */
    private static int[] sources(int n, int pivots, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (pivots <= 0 || pivots >= n) {
            return all;
        }
        Random random = new Random(seed);
        for (int i = 0; i < pivots; i++) { // partial Fisher–Yates shuffle
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, pivots);
    }
}
