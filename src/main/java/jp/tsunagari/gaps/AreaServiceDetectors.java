package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Per daily-life area and service kind: is there a same-kind network where providers are several, and are
 * providers short or duplicated for the residents who need the service (seed 002 §4-4 ① 「ある地域において、同種事業者
 * が不足（あるいは重複）している時、他地域のサービス・助け合いをその地域に広げたり、他の地域に移行させる」, and §4-4 (4)
 * 「関係する事業者団体のネットワークがない地域」).
 */
final class AreaServiceDetectors {

    private AreaServiceDetectors() {
    }

    /** Active providers of the service serving an area inside {@code area} (or it itself). */
    static List<SupportNetwork.Provider> inside(SupportNetwork network, String area, String service) {
        return network.providersOffering(service).stream()
                .filter(p -> p.serves().stream().anyMatch(s -> network.within(s, area))).toList();
    }

    /** {@code NO_SAME_KIND_NETWORK}: two or more active providers of a service inside the area, no same-kind network. */
    static class NoSameKindNetwork implements GapDetector {

        @Override
        public GapType type() {
            return GapType.NO_SAME_KIND_NETWORK;
        }

        @Override
        public List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
            List<Finding> findings = new ArrayList<>();
            for (String area : network.dailyLifeAreas()) {
                for (String service : network.services()) {
                    List<SupportNetwork.Provider> providers = inside(network, area, service);
                    boolean formed = network.providerNetworks().values().stream().anyMatch(n -> n.sameKind()
                            && service.equals(n.service()) && n.covers().stream().anyMatch(c -> network.within(area, c)));
                    if (providers.size() >= 2 && !formed) {
                        List<String> candidates = providers.stream().map(SupportNetwork.Provider::id).sorted()
                                .limit(settings.maxCandidates()).toList();
                        findings.add(messages.finding(type(), Severity.LOW, area, area, List.of(service),
                                new Object[] {Messages.Named.of(area), new Messages.ServiceName(service), new Messages.Count("providers", providers.size())}, "action",
                                new Object[] {Candidates.names(network, candidates)}, candidates));
                    }
                }
            }
            return findings;
        }
    }

    /**
     * {@code SERVICE_SHORTAGE}: residents needing a service against the active providers serving the area (from
     * inside it or from an area containing it). Suggests providers of the service in other areas, who could extend.
     */
    static class Shortage implements GapDetector {

        @Override
        public GapType type() {
            return GapType.SERVICE_SHORTAGE;
        }

        @Override
        public List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
            List<Finding> findings = new ArrayList<>();
            for (String area : network.dailyLifeAreas()) {
                network.needing(area).forEach((service, count) -> {
                    long providers = network.providersServing(area, service).size();
                    if (count >= settings.shortageMinResidents()
                            && (providers == 0 || (double) count / providers > settings.shortageResidentsPerProvider())) {
                        List<String> elsewhere = network.providersOffering(service).stream()
                                .filter(p -> p.serves().stream().noneMatch(s -> network.within(s, area) || network.within(area, s)))
                                .map(SupportNetwork.Provider::id).sorted().limit(settings.maxCandidates()).toList();
                        findings.add(messages.finding(type(), providers == 0 ? Severity.HIGH : Severity.MEDIUM, area, area,
                                List.of(service), new Object[] {Messages.Named.of(area), new Messages.ServiceName(service),
                                        new Messages.Count("residents", count), new Messages.Count("activeProviders", providers)},
                                "action", new Object[] {Candidates.names(network, elsewhere)}, elsewhere));
                    }
                });
            }
            return findings;
        }
    }

    /** {@code SERVICE_DUPLICATION}: many providers inside the area for few residents needing the service. */
    static class Duplication implements GapDetector {

        @Override
        public GapType type() {
            return GapType.SERVICE_DUPLICATION;
        }

        @Override
        public List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
            List<Finding> findings = new ArrayList<>();
            for (String area : network.dailyLifeAreas()) {
                Map<String, Integer> needing = network.needing(area);
                for (String service : network.services()) {
                    int providers = inside(network, area, service).size();
                    int count = needing.getOrDefault(service, 0);
                    if (providers >= settings.duplicationMinProviders()
                            && (double) count / providers < settings.duplicationResidentsPerProvider()) {
                        findings.add(messages.finding(type(), Severity.LOW, area, area, List.of(service),
                                new Object[] {Messages.Named.of(area), new Messages.ServiceName(service),
                                        new Messages.Count("residents", count), new Messages.Count("providers", providers)}, "action",
                                new Object[0], List.of()));
                    }
                }
            }
            return findings;
        }
    }
}
