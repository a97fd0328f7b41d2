package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * Cross-kind networks (異種事業者間ネットワーク): do they reach every kind of help their area's residents need, and is
 * any group of providers cut off from them? Seed 002 §4-4 (4) 「異種事業者間ネットワークについては、入っていない関係
 * 事業者団体がないのか」 and §4-4 (1) ② (the cross-kind network checks that individual networks deliver everything).
 */
final class CrossKindDetectors {

    private CrossKindDetectors() {
    }

    /**
     * {@code CROSS_KIND_MISSING_KIND}: no active member — directly or through a member same-kind network — offers a
     * service that residents of the covered area need.
     */
    static class MissingKind implements GapDetector {

        @Override
        public GapType type() {
            return GapType.CROSS_KIND_MISSING_KIND;
        }

        @Override
        public List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
            List<Finding> findings = new ArrayList<>();
            for (SupportNetwork.ProviderNetwork n : network.providerNetworks().values()) {
                if (n.sameKind()) {
                    continue;
                }
                java.util.Set<String> reachable = network.membersOf(n.id()); // through member networks, at any depth
                for (String area : n.covers()) {
                    network.needing(area).forEach((service, count) -> {
                        boolean offered = reachable.stream().map(network.providers()::get)
                                .anyMatch(p -> p != null && p.active() && p.offers().contains(service));
                        if (!offered) {
                            List<String> candidates = Candidates.providers(network, area, service, settings.maxCandidates());
                            findings.add(messages.finding(type(), Severity.MEDIUM, network.dailyLifeAreaOf(area), n.id(),
                                    List.of(service), new Object[] {Messages.Named.of(n.id()), new Messages.ServiceName(service), new Messages.Count("residents", count)},
                                    "action", new Object[] {Candidates.names(network, candidates)}, candidates));
                        }
                    });
                }
            }
            return findings;
        }
    }

    /**
     * {@code SILOED_CLUSTER}: a same-kind network in a daily-life area that has a cross-kind network, which belongs to
     * no network itself and whose members belong to no other network: a group cut off from the area's providers.
     */
    static class SiloedCluster implements GapDetector {

        @Override
        public GapType type() {
            return GapType.SILOED_CLUSTER;
        }

        @Override
        public List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
            List<Finding> findings = new ArrayList<>();
            for (SupportNetwork.ProviderNetwork n : network.providerNetworks().values()) {
                if (!n.sameKind()) {
                    continue;
                }
                boolean memberOfSome = network.providerNetworks().values().stream()
                        .anyMatch(m -> m.memberNetworks().contains(n.id()));
                boolean membersElsewhere = n.memberOrganizations().stream().anyMatch(o -> network.providerNetworks()
                        .values().stream().anyMatch(m -> !m.id().equals(n.id()) && m.memberOrganizations().contains(o)));
                for (String area : n.covers()) {
                    boolean areaHasCrossKind = "DAILY_LIFE_AREA".equals(network.levelOf().get(area))
                            && network.providerNetworks().values().stream().anyMatch(m -> !m.sameKind() && m.covers().contains(area));
                    if (areaHasCrossKind && !memberOfSome && !membersElsewhere) {
                        List<String> crossKind = network.providerNetworks().values().stream()
                                .filter(m -> !m.sameKind() && m.covers().contains(area)).map(SupportNetwork.ProviderNetwork::id)
                                .sorted().toList();
                        findings.add(messages.finding(type(), Severity.LOW, area, n.id(), List.copyOf(n.memberOrganizations()),
                                new Object[] {Messages.Named.of(n.id())}, "action", new Object[0], crossKind));
                    }
                }
            }
            return findings;
        }
    }
}
