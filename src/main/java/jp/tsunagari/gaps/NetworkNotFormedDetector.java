package jp.tsunagari.gaps;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code NETWORK_NOT_FORMED}: a resident who needs an individual network — several active supporters, several needs,
 * or a care level at or above the threshold — but has none. Seed 002 §4-3 (4): 「必要であるのに個別ネットワークが
 * 形成されていない時は、2層コーディネーターは、その形成を働きかける（3層コーディネーター、ケアマネジャー…を動かす）」.
 * Suggests the conveners: the resident's care manager or 民生委員 among their supporters, then the area's layer-2
 * coordinator who must push.
 */
class NetworkNotFormedDetector implements ResidentGapDetector {

    private static final List<String> CARE_LEVELS = List.of("INDEPENDENT", "ELIGIBLE", "SUPPORT_1", "SUPPORT_2",
            "CARE_1", "CARE_2", "CARE_3", "CARE_4", "CARE_5");
    private static final List<String> CONVENER_ROLES = List.of("CARE_MANAGER", "WELFARE_COMMISSIONER",
            "CITIZEN_GUARDIAN", "FAMILY");

    @Override
    public GapType type() {
        return GapType.NETWORK_NOT_FORMED;
    }

    @Override
    public void detect(SupportNetwork network, GapSettings settings, Messages messages, SupportNetwork.ResidentHelp help,
                       List<Finding> out) {
        SupportNetwork.Resident r = help.resident();
        if (network.networkOfResident().containsKey(r.id())) {
            return;
        }
        int threshold = CARE_LEVELS.indexOf(settings.networkCareLevel());
        Set<String> supporters = help.supporters();
        int care = r.careLevel() == null ? -1 : CARE_LEVELS.indexOf(r.careLevel()); // unknown care level: not a reason
        boolean needed = supporters.size() >= settings.networkSupporters() || r.needs().size() >= settings.networkNeeds()
                || threshold >= 0 && care >= threshold;
        if (!needed) {
            return;
        }
        Set<String> conveners = new LinkedHashSet<>();
        for (String role : CONVENER_ROLES) {
            supporters.stream().filter(s -> role.equals(network.helpers().get(s).kind())).sorted().forEach(conveners::add);
        }
        conveners.addAll(network.layer2Coordinators().getOrDefault(r.dailyLifeArea(), List.of()));
        List<String> candidates = conveners.stream().limit(settings.maxCandidates()).toList();
        Severity severity = care >= CARE_LEVELS.indexOf("CARE_3") ? Severity.HIGH : Severity.MEDIUM;
        out.add(messages.finding(type(), severity, r.dailyLifeArea(), r.id(), List.copyOf(supporters),
                new Object[] {Messages.Named.of(r.id()), new Messages.Count("supporters", supporters.size()),
                        new Messages.Count("needs", r.needs().size())}, "action",
                new Object[] {new Messages.Named(candidates)}, candidates));
    }
}
