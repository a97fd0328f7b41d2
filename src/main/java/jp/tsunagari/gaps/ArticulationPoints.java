package jp.tsunagari.gaps;

/**
 * The cut points (articulation points, 関節点) of an undirected graph given as compressed adjacency arrays: the
 * vertices whose removal disconnects their component. In the support graph they are the people and organizations
 * some residents reach all their other help through — the seed's キーパーソン (seed 000 「連携についての検討の
 * ポイント」: during COVID one suspended salon left many alone). {@link KeyPersonDetector} decides the same locally
 * for the residents whose only help a helper is; this is the whole-graph computation (the benchmark and the tests
 * check that both agree, and that JGraphT and NetworkX find the same set).
 * <p>
 * Hopcroft and Tarjan's depth-first search with low-points (J. Hopcroft, R. Tarjan, "Algorithm 447: efficient
 * algorithms for graph manipulation", Communications of the ACM 16(6), 1973): a vertex {@code p} other than a root
 * is a cut point when some child {@code v} in the search tree has {@code low(v) >= disc(p)} — nothing below
 * {@code v} reaches above {@code p}; a root is one when it has two children or more. Linear in vertices plus edges,
 * and iterative — an explicit stack of vertices with, per vertex, the next adjacency position to look at — because
 * a city's support graph is far deeper than the call stack. Only int arrays are touched: no boxing, no hashing.
 */
final class ArticulationPoints {

    private ArticulationPoints() {
    }

    /**
     * The cut points, ascending. The graph must be simple (no loops, no parallel edges; {@link SupportGraphIndex}
     * is): the neighbours of vertex {@code v} are {@code adjacency[offset[v] .. offset[v + 1])}, each edge listed at
     * both ends.
     */
    static int[] of(int[] offset, int[] adjacency) {
        int n = offset.length - 1;
        int[] discovered = new int[n]; // 0: not yet; else the discovery time, from 1
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] next = new int[n]; // per vertex on the stack: the next adjacency position to look at
        int[] stack = new int[n];
        boolean[] cut = new boolean[n];
        int cuts = 0;
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
                int at = next[v];
                if (at < offset[v + 1]) {
                    int w = adjacency[at];
                    next[v] = at + 1;
                    if (discovered[w] == 0) {
                        parent[w] = v;
                        discovered[w] = low[w] = ++time;
                        next[w] = offset[w];
                        stack[depth++] = w;
                        if (v == root) {
                            rootChildren++;
                        }
                    } else if (w != parent[v] && discovered[w] < low[v]) {
                        low[v] = discovered[w];
                    }
                } else {
                    depth--;
                    int p = parent[v];
                    if (p >= 0) {
                        if (low[v] < low[p]) {
                            low[p] = low[v];
                        }
                        if (p != root && low[v] >= discovered[p] && !cut[p]) {
                            cut[p] = true;
                            cuts++;
                        }
                    }
                }
            }
            if (rootChildren > 1) {
                cut[root] = true;
                cuts++;
            }
        }
        int[] found = new int[cuts];
        for (int v = 0, i = 0; i < cuts; v++) {
            if (cut[v]) {
                found[i++] = v;
            }
        }
        return found;
    }
}
