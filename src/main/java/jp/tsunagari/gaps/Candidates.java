package jp.tsunagari.gaps;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a suggested action names: providers of a service for an area, best first. Answers are memoized in the network
 * per area and service until it changes (a city has hundreds of such pairs and a hundred thousand residents).
 */
final class Candidates {

    private final SupportNetwork network;
    private final int max;

    Candidates(SupportNetwork network, int max) {
        this.network = network;
        this.max = max;
    }

    List<String> providers(String areaId, String service) {
        return network.candidates(areaId + "|" + service + "|" + max, () -> providers(network, areaId, service, max));
    }

    /** Who could watch over a resident: providers of WATCHING for their area. */
    List<String> watchers(SupportNetwork.Resident resident) {
        return providers(resident.areaId(), "WATCHING");
    }

    /** The providers {@link #providers} returns, named in a message. */
    Messages.Named names(String areaId, String service) {
        return new Messages.Named(providers(areaId, service));
    }

    /** Active providers of the service serving the area: same-kind network members first, then by name. */
    static List<String> providers(SupportNetwork network, String areaId, String service, int max) {
        Set<String> members = network.sameKindMembers().getOrDefault(service, Set.of());
        return network.providersServing(areaId, service).stream()
                .sorted(Comparator.comparing((SupportNetwork.Provider p) -> !members.contains(p.id()))
                        .thenComparing(p -> p.name() == null ? "" : p.name()).thenComparing(SupportNetwork.Provider::id))
                .limit(max).map(SupportNetwork.Provider::id).toList();
    }

    /** People or organizations named in a message (shown by display name when it is rendered). */
    static Messages.Named names(SupportNetwork network, List<String> ids) {
        return new Messages.Named(ids);
    }
}
