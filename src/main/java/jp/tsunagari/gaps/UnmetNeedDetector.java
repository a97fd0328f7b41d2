package jp.tsunagari.gaps;

import java.util.List;

/**
 * {@code UNMET_NEED}: a need of a resident that no active supporter covers with that kind of service. The suggested
 * action is ニーズとサービスのマッチング (001 §3): active providers that offer the service and serve the resident's
 * area, members of the same-kind network for it first (002 §4-4 ① 「当該地域における事業者を紹介あっせん」).
 */
class UnmetNeedDetector implements ResidentGapDetector {

    @Override
    public GapType type() {
        return GapType.UNMET_NEED;
    }

    @Override
    public void detect(SupportNetwork network, GapSettings settings, Messages messages, SupportNetwork.ResidentHelp help,
                       List<Finding> out) {
        SupportNetwork.Resident r = help.resident();
        if (r.needs().isEmpty()) {
            return;
        }
        List<SupportNetwork.Support> ties = network.supports().getOrDefault(r.id(), List.of());
        for (String need : r.needs().stream().sorted().toList()) {
            boolean covered = false;
            for (SupportNetwork.Support s : ties) {
                covered |= need.equals(s.service()) && network.active(s.helperId());
            }
            if (covered) {
                continue;
            }
            Candidates providers = new Candidates(network, settings.maxCandidates());
            List<String> candidates = providers.providers(r.areaId(), need);
            Messages.ServiceName service = new Messages.ServiceName(need);
            out.add(messages.finding(type(), Severity.MEDIUM, r.dailyLifeArea(), r.id(), List.of(need),
                    new Object[] {Messages.Named.of(r.id()), service}, candidates.isEmpty() ? "none" : "action",
                    new Object[] {service, providers.names(r.areaId(), need)}, candidates));
        }
    }
}
