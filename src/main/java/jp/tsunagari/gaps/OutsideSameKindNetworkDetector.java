package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code OUTSIDE_SAME_KIND_NETWORK}: an active organization offering a service in an area covered by the same-kind
 * network for that service, but not a member of it. Seed 002 §4-4 (4) 「同種事業者間ネットワークについては、
 * ネットワークに入っていない事業者がいるのか」.
 * <p>
 * Membership is transitive: a provider belonging to a narrower network (a daily-life area's) that is itself a member
 * of this one (the municipal network of the same service) belongs to this one through it, at any depth.
 */
class OutsideSameKindNetworkDetector implements GapDetector {

    @Override
    public GapType type() {
        return GapType.OUTSIDE_SAME_KIND_NETWORK;
    }

    @Override
    public List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
        List<Finding> findings = new ArrayList<>();
        for (SupportNetwork.ProviderNetwork n : network.providerNetworks().values()) {
            if (!n.sameKind() || n.service() == null) {
                continue;
            }
            for (SupportNetwork.Provider p : network.providersOffering(n.service())) {
                boolean inArea = p.serves().stream().anyMatch(a -> n.covers().stream().anyMatch(c -> network.within(a, c)));
                if (p.active() && p.offers().contains(n.service()) && inArea && !network.membersOf(n.id()).contains(p.id())) {
                    String area = network.dailyLifeAreaOf(p.serves().iterator().next());
                    findings.add(messages.finding(type(), Severity.LOW, area, p.id(), List.of(n.id()),
                            new Object[] {Messages.Named.of(p.id()), Messages.Named.of(n.id())}, "action", new Object[] {Messages.Named.of(n.id())}, List.of(n.id())));
                }
            }
        }
        return findings;
    }
}
