package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Neighbourhood associations and NPOs (地縁組織とNPOとのネットワーク, seed 002 §4-5): an association meets every local
 * issue first, and 「自らがこれに対応できない時は、これに対応してくれるNPO等につなぐことのできる関係」 is what it needs.
 */
final class AssociationReferralDetectors {

    private AssociationReferralDetectors() {
    }

    /** Active NPOs serving the association's area, those offering the service first (any service when null). */
    static List<String> npos(SupportNetwork network, SupportNetwork.Association a, String service, int max) {
        java.util.Collection<SupportNetwork.Provider> pool = service == null ? network.providers().values()
                : network.providersOffering(service);
        return pool.stream()
                .filter(p -> p.active() && "NPO".equals(p.type()) && a.areaId() != null)
                .filter(p -> p.serves().stream().anyMatch(s -> network.within(a.areaId(), s) || network.within(s, a.areaId())))
                .filter(p -> service == null || p.offers().contains(service))
                .sorted(Comparator.comparing(SupportNetwork.Provider::id)).limit(max)
                .map(SupportNetwork.Provider::id).toList();
    }

    /**
     * {@code ASSOCIATION_WITHOUT_NPO}: an association with no working referral link — none to any NPO, or only to NPOs
     * that have stopped (inactive means absent everywhere: a link to a suspended NPO refers nobody anywhere). The
     * finding then names the inactive NPOs, and proposes active ones serving the association's area.
     */
    static class WithoutNpo implements GapDetector {

        @Override
        public GapType type() {
            return GapType.ASSOCIATION_WITHOUT_NPO;
        }

        @Override
        public List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
            List<Finding> findings = new ArrayList<>();
            for (SupportNetwork.Association a : network.associations().values()) {
                boolean working = a.refersTo().stream().map(network.providers()::get)
                        .anyMatch(p -> p != null && p.active());
                if (working) {
                    continue;
                }
                List<String> candidates = npos(network, a, null, settings.maxCandidates());
                Messages.Named names = Candidates.names(network, candidates);
                List<String> inactive = a.refersTo().stream().sorted().toList();
                String key = inactive.isEmpty() ? "gap.ASSOCIATION_WITHOUT_NPO" : "gap.ASSOCIATION_WITHOUT_NPO.inactive";
                List<Object> args = inactive.isEmpty() ? List.of(Messages.Named.of(a.id()))
                        : List.of(Messages.Named.of(a.id()), new Messages.Named(inactive));
                findings.add(new Finding(type(), Severity.MEDIUM, network.dailyLifeAreaOf(a.areaId()), a.id(), inactive,
                        new Finding.Text(key, args), new Finding.SuggestedAction(
                                new Finding.Text("gap.ASSOCIATION_WITHOUT_NPO.action", List.of(names)), candidates)));
            }
            return findings;
        }
    }

    /** {@code UNREFERRED_NEED}: a need an association reports that none of the active NPOs it refers to offers. */
    static class UnreferredNeed implements GapDetector {

        @Override
        public GapType type() {
            return GapType.UNREFERRED_NEED;
        }

        @Override
        public List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
            List<Finding> findings = new ArrayList<>();
            for (SupportNetwork.Association a : network.associations().values()) {
                for (String need : a.reportedNeeds().stream().sorted().toList()) {
                    boolean referred = a.refersTo().stream().map(network.providers()::get)
                            .anyMatch(p -> p != null && p.active() && p.offers().contains(need));
                    if (referred) {
                        continue;
                    }
                    List<String> candidates = npos(network, a, need, settings.maxCandidates());
                    Messages.Named names = Candidates.names(network, candidates);
                    findings.add(messages.finding(type(), Severity.LOW, network.dailyLifeAreaOf(a.areaId()), a.id(),
                            List.of(need), new Object[] {Messages.Named.of(a.id()), new Messages.ServiceName(need)}, "action",
                            new Object[] {names}, candidates));
                }
            }
            return findings;
        }
    }
}
