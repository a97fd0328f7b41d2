package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.alg.connectivity.BiconnectivityInspector;

/**
 * {@code KEY_PERSON}: a person or organization whose removal cuts residents off from all help — an articulation point
 * of the support graph (JGraphT's {@link BiconnectivityInspector}), reported only where some resident would be left
 * with no help at all, with those residents listed. キーパーソン (seed 000 「連携についての検討のポイント」); during
 * COVID, one suspended activity isolated many (000).
 */
class KeyPersonDetector implements GapDetector {

    @Override
    public GapType type() {
        return GapType.KEY_PERSON;
    }

    @Override
    public List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
        Set<String> cutpoints = new BiconnectivityInspector<>(network.graph()).getCutpoints();
        Map<String, List<String>> dependents = new HashMap<>();
        for (SupportNetwork.Resident r : network.residents().values()) {
            Set<String> helpers = network.helpersOf(r.id());
            if (helpers.size() == 1 && cutpoints.contains(helpers.iterator().next())) {
                dependents.computeIfAbsent(helpers.iterator().next(), k -> new ArrayList<>()).add(r.id());
            }
        }
        List<Finding> findings = new ArrayList<>();
        dependents.forEach((person, residents) -> {
            if (residents.size() < settings.keyPersonDependents()) {
                return;
            }
            List<String> sorted = residents.stream().sorted().toList();
            String area = network.residents().get(sorted.getFirst()).dailyLifeArea();
            List<String> candidates = network.layer2Coordinators().getOrDefault(area, List.of());
            findings.add(messages.finding(type(), sorted.size() >= 3 ? Severity.HIGH : Severity.MEDIUM, area, person,
                    sorted, new Object[] {person, sorted.size()}, "action", new Object[0], candidates));
        });
        return findings;
    }
}
