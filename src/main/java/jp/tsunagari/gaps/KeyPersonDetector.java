package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;

/**
 * {@code KEY_PERSON}: a person or organization whose removal cuts residents off from all help — an articulation point
 * (cut point) of the support graph, reported only where some resident would be left with no help at all, with those
 * residents listed. キーパーソン (seed 000 「連携についての検討のポイント」); during COVID, one suspended activity
 * isolated many (000).
 * <p>
 * Checked locally, which is exact: a resident whose only helper is {@code h} hangs off the graph by {@code h} alone —
 * their pocket is the resident and their individual network, whose every other member is inactive and absent — so
 * {@code h} is a cut point exactly when it has a neighbour outside that pocket (two such residents are outside each
 * other's). That costs the helper's degree instead of a whole-city depth-first search, so a change is applied in
 * microseconds. The tests and every benchmark run check that it names exactly the cut points JGraphT's
 * {@link BiconnectivityInspector#getCutpoints()} and NetworkX's {@code articulation_points} find among residents' only
 * helpers.
 */
class KeyPersonDetector implements GapDetector {

    @Override
    public GapType type() {
        return GapType.KEY_PERSON;
    }

    @Override
    public List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
        Map<String, List<String>> soleHelpOf = new HashMap<>();
        for (SupportNetwork.Resident r : network.residents().values()) {
            Set<String> helpers = network.helpersOf(r.id());
            if (helpers.size() == 1) {
                soleHelpOf.computeIfAbsent(helpers.iterator().next(), k -> new ArrayList<>()).add(r.id());
            }
        }
        return detect(network, settings, messages, soleHelpOf);
    }

    /** The findings, given each helper's residents who have no other help (from one pass over the residents). */
    List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages,
                         Map<String, List<String>> soleHelpOf) {
        List<Finding> findings = new ArrayList<>();
        soleHelpOf.forEach((helper, residents) -> {
            List<String> dependents = new ArrayList<>(residents);
            if (dependents.size() == 1 && !reachesBeyond(network, helper, dependents.getFirst())) {
                return; // not a cut point: nothing but this resident's own pocket hangs on it
            }
            dependents.sort(null);
            finding(network, settings, messages, helper, dependents).ifPresent(findings::add);
        });
        return findings;
    }

    /** The finding about one person or organization, if they are a key person now. */
    Optional<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages, String helper) {
        return finding(network, settings, messages, helper, dependents(network, helper));
    }

    private Optional<Finding> finding(SupportNetwork network, GapSettings settings, Messages messages, String helper,
                                      List<String> dependents) {
        if (dependents.isEmpty() || dependents.size() < settings.keyPersonDependents()) {
            return Optional.empty();
        }
        String area = network.residents().get(dependents.getFirst()).dailyLifeArea();
        List<String> candidates = network.layer2Coordinators().getOrDefault(area, List.of());
        return Optional.of(messages.finding(type(), dependents.size() >= 3 ? Severity.HIGH : Severity.MEDIUM, area,
                helper, dependents, new Object[] {Messages.Named.of(helper), new Messages.Count("residents", dependents.size())}, "action", new Object[0], candidates));
    }

    /** The residents left with no help if {@code helper} stopped, sorted; empty unless it is a cut point. */
    static List<String> dependents(SupportNetwork network, String helper) {
        if (!network.graph().containsVertex(helper)) {
            return List.of();
        }
        List<String> dependents = new ArrayList<>();
        for (String r : network.residentsTiedTo(helper)) {
            Set<String> helpers = network.helpersOf(r);
            if (helpers.size() == 1 && helpers.contains(helper)) {
                dependents.add(r);
            }
        }
        if (dependents.size() == 1 && !reachesBeyond(network, helper, dependents.getFirst())) {
            return List.of(); // not a cut point: nothing but this resident's own pocket hangs on it
        }
        dependents.sort(null);
        return dependents;
    }

    /** Does the helper touch anything besides the resident and the resident's individual network? */
    private static boolean reachesBeyond(SupportNetwork network, String helper, String resident) {
        String pocketNetwork = network.networkOfResident().get(resident);
        for (String n : Graphs.neighborListOf(network.graph(), helper)) {
            if (!n.equals(resident) && !n.equals(pocketNetwork)) {
                return true;
            }
        }
        return false;
    }
}
