package jp.tsunagari.gaps;

import java.util.HashSet;
import java.util.Set;

import org.jgrapht.Graph;

/**
 * The cut points (articulation points) of an undirected graph: vertices whose removal disconnects their component.
 * Hopcroft–Tarjan's depth-first search with low-points, iterative (a city's support graph is deeper than the call
 * stack) over an {@link IndexedGraph}.
 * <p>
 * The benchmark's whole-graph reference for {@code KEY_PERSON} (whose detector decides locally): JGraphT's
 * {@link org.jgrapht.alg.connectivity.BiconnectivityInspector} gives the same set (a test checks it) but also builds
 * every biconnected block as a subgraph — seconds on a city of 280,000 nodes, where this takes a fraction of one.
 */
final class CutPoints {

    private CutPoints() {
    }

    static <V, E> Set<V> of(Graph<V, E> graph) {
        IndexedGraph<V> g = IndexedGraph.of(graph);
        int n = g.size();
        int[] offset = g.offset();
        int[] adjacency = g.adjacency();
        int[] discovered = new int[n]; // 0: not yet; else discovery time + 1
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] next = new int[n]; // the next adjacency position to look at, per vertex on the stack
        int[] stack = new int[n];
        boolean[] cut = new boolean[n];
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (discovered[root] != 0) {
                continue;
            }
            int rootChildren = 0;
            int depth = 0;
            stack[depth++] = root;
            parent[root] = -1;
            discovered[root] = low[root] = ++time;
            next[root] = offset[root];
            while (depth > 0) {
                int v = stack[depth - 1];
                if (next[v] < offset[v + 1]) {
                    int w = adjacency[next[v]++];
                    if (discovered[w] == 0) {
                        parent[w] = v;
                        discovered[w] = low[w] = ++time;
                        next[w] = offset[w];
                        stack[depth++] = w;
                        if (v == root) {
                            rootChildren++;
                        }
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], discovered[w]);
                    }
                } else {
                    depth--;
                    int p = parent[v];
                    if (p >= 0) {
                        low[p] = Math.min(low[p], low[v]);
                        if (p != root && low[v] >= discovered[p]) {
                            cut[p] = true;
                        }
                    }
                }
            }
            cut[root] = rootChildren > 1;
        }
        Set<V> cutPoints = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (cut[i]) {
                cutPoints.add(g.vertices().get(i));
            }
        }
        return cutPoints;
    }
}
