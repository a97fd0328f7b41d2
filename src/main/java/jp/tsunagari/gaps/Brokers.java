package jp.tsunagari.gaps;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * {@code KEY_PERSON} as brokers: the people and organizations through whom most help in a daily-life area runs — the
 * highest betweenness centrality in the area's support graph (キーパーソン, seed 000 「連携についての検討のポイント」).
 * Exact Brandes is O(n·m): hours over a whole city, minutes per daily-life area of a large city; so it is computed
 * per area, in the background, on a copy of the area's graph, from sampled sources ({@link SampledBetweenness}; the
 * benchmark measures its error against exact on one area, and checks exact against JGraphT's
 * {@link BetweennessCentrality} and NetworkX).
 */
final class Brokers {

    private Brokers() {
    }

    /**
     * A copy of the support graph of one daily-life area: its residents, their individual networks, and the active
     * people and organizations tied to either (who may also help elsewhere), with the ties among them.
     */
    static Graph<String, DefaultEdge> areaGraph(SupportNetwork network, String area) {
        return supportGraphOf(network, network.residentsIn(area));
    }

    /** The same for any group of residents (a neighbourhood, in the benchmark). */
    static Graph<String, DefaultEdge> supportGraphOf(SupportNetwork network,
                                                     java.util.Collection<SupportNetwork.Resident> residents) {
        Graph<String, DefaultEdge> all = network.graph();
        Set<String> vertices = new HashSet<>();
        for (SupportNetwork.Resident r : residents) {
            vertices.add(r.id());
            for (String n : Graphs.neighborListOf(all, r.id())) {
                vertices.add(n);
                if (network.residentOfNetwork(n) != null) {
                    vertices.addAll(Graphs.neighborListOf(all, n));
                }
            }
        }
        Graph<String, DefaultEdge> copy = new SimpleGraph<>(DefaultEdge.class);
        vertices.forEach(copy::addVertex);
        for (String v : vertices) {
            for (DefaultEdge e : all.edgesOf(v)) {
                String other = Graphs.getOppositeVertex(all, e, v);
                if (vertices.contains(other) && !copy.containsEdge(v, other)) {
                    copy.addEdge(v, other);
                }
            }
        }
        return copy;
    }

    /** Unnormalized betweenness of every vertex, from {@code pivots} sampled sources (0: exact). */
    static Map<String, Double> betweenness(Graph<String, DefaultEdge> areaGraph, int pivots) {
        return SampledBetweenness.scores(areaGraph, pivots, 20261123L);
    }

    /** The {@code count} people and organizations with the highest betweenness, above zero, as findings. */
    static List<Finding> top(SupportNetwork network, String area, Map<String, Double> scores, int count,
                             Messages messages) {
        List<String> candidates = network.layer2Coordinators().getOrDefault(area, List.of());
        return scores.entrySet().stream()
                .filter(e -> e.getValue() > 0 && network.helpers().containsKey(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count)
                .map(e -> new Finding(GapType.KEY_PERSON, Severity.LOW, area, e.getKey(), List.of(),
                        new Finding.Text("gap.KEY_PERSON.broker", List.of(Messages.Named.of(e.getKey()), Math.round(e.getValue()))),
                        new Finding.SuggestedAction(new Finding.Text("gap.KEY_PERSON.broker.action", List.of()),
                                candidates)))
                .toList();
    }

}
