package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code UNMET_NEED}: a need of a resident that no active supporter covers with that kind of service. The suggested
 * action is ニーズとサービスのマッチング (001 §3): active providers that offer the service and serve the resident's
 * area, members of the same-kind network for it first (002 §4-4 ① 「当該地域における事業者を紹介あっせん」).
 */
class UnmetNeedDetector implements GapDetector {

    @Override
    public GapType type() {
        return GapType.UNMET_NEED;
    }

    @Override
    public List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
        List<Finding> findings = new ArrayList<>();
        Candidates providers = new Candidates(network, settings.maxCandidates());
        for (SupportNetwork.Resident r : network.residents().values()) {
            for (String need : r.needs().stream().sorted().toList()) {
                boolean covered = network.supports().getOrDefault(r.id(), List.of()).stream()
                        .anyMatch(s -> need.equals(s.service()) && network.active(s.helperId()));
                if (covered) {
                    continue;
                }
                List<String> candidates = providers.providers(r.areaId(), need);
                String names = providers.names(candidates);
                Messages.ServiceName service = new Messages.ServiceName(need);
                findings.add(messages.finding(type(), Severity.MEDIUM, r.dailyLifeArea(), r.id(), List.of(need),
                        new Object[] {r.id(), service}, candidates.isEmpty() ? "none" : "action",
                        new Object[] {service, names}, candidates));
            }
        }
        return findings;
    }
}
