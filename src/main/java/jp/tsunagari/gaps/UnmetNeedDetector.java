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
                String needJa = messages.ja("service." + need);
                String needEn = messages.en("service." + need);
                findings.add(new Finding(type(), Severity.MEDIUM, r.dailyLifeArea(), r.id(), List.of(need),
                        messages.ja("gap.UNMET_NEED", r.id(), needJa), messages.en("gap.UNMET_NEED", r.id(), needEn),
                        new Finding.SuggestedAction(
                                messages.ja(candidates.isEmpty() ? "gap.UNMET_NEED.none" : "gap.UNMET_NEED.action", needJa, names),
                                messages.en(candidates.isEmpty() ? "gap.UNMET_NEED.none" : "gap.UNMET_NEED.action", needEn, names),
                                candidates)));
            }
        }
        return findings;
    }
}
