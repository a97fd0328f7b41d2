package jp.tsunagari.gaps;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Who a suggested action names: providers of a service for an area, best first. */
final class Candidates {

    private Candidates() {
    }

    /** Active providers of the service serving the area: same-kind network members first, then by name. */
    static List<String> providers(SupportNetwork network, String areaId, String service, int max) {
        Set<String> members = network.sameKindMembers().getOrDefault(service, Set.of());
        return network.providersServing(areaId, service).stream()
                .sorted(Comparator.comparing((SupportNetwork.Provider p) -> !members.contains(p.id()))
                        .thenComparing(p -> p.name() == null ? "" : p.name()).thenComparing(SupportNetwork.Provider::id))
                .limit(max).map(SupportNetwork.Provider::id).toList();
    }

    /** Who could watch over a resident: providers of WATCHING for their area. */
    static List<String> watchers(SupportNetwork network, SupportNetwork.Resident resident, GapSettings settings) {
        return providers(network, resident.areaId(), "WATCHING", settings.maxCandidates());
    }

    /** Organization names for messages (people are named by id: their names stay out of findings). */
    static String names(SupportNetwork network, List<String> ids) {
        return ids.stream().map(id -> {
            SupportNetwork.Provider p = network.providers().get(id);
            return p != null && p.name() != null ? p.name() : id;
        }).collect(Collectors.joining("、"));
    }
}
