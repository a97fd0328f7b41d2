package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code NO_COORDINATOR_ROUTE}: an individual network with no active member that is, works for, or is directly tied to
 * a layer-3 coordinator or a 地域包括支援センター. Seed 002 §4-3 留意事項: the network needs
 * 「3層コーディネーター（地域包括支援センター）に連絡できるルート」 so that what it cannot solve reaches the layers above.
 * <p>
 * "Directly tied" is read as one WORKS_FOR step: the member works for a 地域包括支援センター, a layer-3 coordinator
 * works for the member organization, or the member works for the organization a layer-3 coordinator works for
 * (colleagues). The loader marks such people and organizations as route holders ({@link SupportNetwork.Helper}).
 * Suggests the 地域包括支援センター serving the resident's area, then the area's layer-2 coordinator.
 */
class NoCoordinatorRouteDetector implements ResidentGapDetector {

    @Override
    public GapType type() {
        return GapType.NO_COORDINATOR_ROUTE;
    }

    @Override
    public void detect(SupportNetwork network, GapSettings settings, Messages messages, SupportNetwork.ResidentHelp help,
                       List<Finding> out) {
        SupportNetwork.Resident r = help.resident();
        String individualNetwork = network.networkOfResident().get(r.id());
        if (individualNetwork == null) {
            return;
        }
        for (String member : network.networkMembers().getOrDefault(individualNetwork, java.util.Set.of())) {
            SupportNetwork.Helper h = network.helpers().get(member);
            if (h != null && h.active() && h.routeHolder()) {
                return;
            }
        }
        List<String> named = network.candidates("route|" + r.areaId() + "|" + settings.maxCandidates(), () -> {
            List<String> candidates = new ArrayList<>();
            network.providers().values().stream()
                    .filter(p -> p.active() && "COMMUNITY_SUPPORT_CENTER".equals(p.type()))
                    .filter(p -> p.serves().stream().anyMatch(s -> network.within(r.areaId(), s) || network.within(s, r.areaId())))
                    .map(SupportNetwork.Provider::id).sorted().forEach(candidates::add);
            candidates.addAll(network.layer2Coordinators().getOrDefault(r.dailyLifeArea(), List.of()));
            return candidates.stream().distinct().limit(settings.maxCandidates()).toList();
        });
        out.add(messages.finding(type(), Severity.MEDIUM, r.dailyLifeArea(), individualNetwork, List.of(r.id()),
                new Object[] {Messages.Named.of(r.id())}, "action", new Object[] {Candidates.names(network, named)}, named));
    }
}
