package jp.tsunagari.gaps;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The support graph of a {@link SupportNetwork} as int arrays (compressed sparse rows): vertex {@code v} is
 * {@code ids[v]}, its neighbours are {@code adjacency[offset[v] .. offset[v + 1])}, each edge listed at both ends,
 * without loops or parallel edges. Whole-graph algorithms ({@link ArticulationPoints}) run over it in flat loops
 * instead of a hash lookup per step.
 * <p>
 * Built straight from the network's own maps — the same vertices and edges as {@link SupportNetwork#graph()}:
 * residents, active helpers and the residents' individual networks; a resident tied to each active supporter, to
 * their network, the network to its members in the graph — never through JGraphT. {@link SupportNetwork#index()}
 * keeps one, rebuilt lazily after a change.
 */
record SupportGraphIndex(String[] ids, int[] offset, int[] adjacency) {

    static SupportGraphIndex of(SupportNetwork network) {
        Map<String, SupportNetwork.Resident> residents = network.residents();
        Map<String, SupportNetwork.Helper> helpers = network.helpers();
        Map<String, String> networkOf = network.networkOfResident();
        Map<String, Set<String>> members = network.networkMembers();

        String[] ids = new String[residents.size() + helpers.size() + networkOf.size()];
        Map<String, Integer> index = HashMap.newHashMap(ids.length);
        int n = 0;
        for (String resident : residents.keySet()) {
            index.put(resident, n);
            ids[n++] = resident;
        }
        for (SupportNetwork.Helper h : helpers.values()) {
            if (h.active() && index.putIfAbsent(h.id(), n) == null) {
                ids[n++] = h.id();
            }
        }
        for (String individualNetwork : networkOf.values()) {
            if (index.putIfAbsent(individualNetwork, n) == null) {
                ids[n++] = individualNetwork;
            }
        }

        Edges edges = new Edges(residents.size() * 4);
        network.supports().forEach((resident, ties) -> {
            Integer r = index.get(resident);
            if (r != null) {
                for (SupportNetwork.Support t : ties) {
                    Integer h = index.get(t.helperId());
                    if (h != null) {
                        edges.add(h, r);
                    }
                }
            }
        });
        networkOf.forEach((resident, individualNetwork) -> {
            Integer r = index.get(resident);
            if (r != null) {
                int w = index.get(individualNetwork);
                edges.add(r, w);
                for (String m : members.getOrDefault(individualNetwork, Set.of())) {
                    Integer member = index.get(m);
                    if (member != null) {
                        edges.add(member, w);
                    }
                }
            }
        });
        return edges.rows(Arrays.copyOf(ids, n));
    }

    /** The number of vertices. */
    int size() {
        return ids.length;
    }

    /** The number of (undirected) edges. */
    int edges() {
        return adjacency.length / 2;
    }

    /** The ids of these vertices. */
    List<String> idsOf(int[] vertices) {
        String[] named = new String[vertices.length];
        for (int i = 0; i < vertices.length; i++) {
            named[i] = ids[vertices[i]];
        }
        return Arrays.asList(named);
    }

    /** Edges as two growing int arrays, turned into rows once all are known. */
    private static final class Edges {

        private int[] from;
        private int[] to;
        private int size;

        Edges(int capacity) {
            from = new int[Math.max(16, capacity)];
            to = new int[from.length];
        }

        void add(int a, int b) {
            if (a == b) {
                return; // a loop: the support graph is simple
            }
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            from[size] = a;
            to[size++] = b;
        }

        /** Counting sort by end vertex, then each row without repeats (one helper with two services: one edge). */
        SupportGraphIndex rows(String[] ids) {
            int n = ids.length;
            int[] offset = new int[n + 1];
            for (int i = 0; i < size; i++) {
                offset[from[i] + 1]++;
                offset[to[i] + 1]++;
            }
            for (int v = 0; v < n; v++) {
                offset[v + 1] += offset[v];
            }
            int[] fill = Arrays.copyOf(offset, n);
            int[] adjacency = new int[2 * size];
            for (int i = 0; i < size; i++) {
                adjacency[fill[from[i]]++] = to[i];
                adjacency[fill[to[i]]++] = from[i];
            }
            int[] seenFrom = fill; // reused: the vertex whose row last listed each neighbour, plus one
            Arrays.fill(seenFrom, 0);
            int write = 0;
            for (int v = 0; v < n; v++) {
                int start = offset[v];
                int end = offset[v + 1];
                offset[v] = write;
                for (int i = start; i < end; i++) {
                    int w = adjacency[i];
                    if (seenFrom[w] != v + 1) {
                        seenFrom[w] = v + 1;
                        adjacency[write++] = w;
                    }
                }
            }
            offset[n] = write;
            return new SupportGraphIndex(ids, offset, write == adjacency.length ? adjacency
                    : Arrays.copyOf(adjacency, write));
        }
    }
}
