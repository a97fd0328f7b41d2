package jp.tsunagari.gaps;

import java.util.List;

/**
 * {@code ISOLATED_RESIDENT}: a resident nobody active helps — no active supporter, and no active member in an
 * individual network — 孤立, the central risk of seed 000 (「地域福祉活動の中止、撤退等による孤立の危機」) against the
 * goal 「誰もが誰かとつながること」 (004). Inactive means absent: a supporter that has stopped (a suspended salon) does
 * not count, and an individual network whose members have all stopped helps nobody (the finding then says so).
 */
class IsolatedResidentDetector implements ResidentGapDetector {

    @Override
    public GapType type() {
        return GapType.ISOLATED_RESIDENT;
    }

    @Override
    public void detect(SupportNetwork network, GapSettings settings, Messages messages, SupportNetwork.ResidentHelp help,
                       List<Finding> out) {
        SupportNetwork.Resident r = help.resident();
        if (help.helpers().isEmpty()) {
            Candidates candidates = new Candidates(network, settings.maxCandidates());
            String key = network.networkOfResident().containsKey(r.id()) ? "gap.ISOLATED_RESIDENT.inactiveNetwork"
                    : "gap.ISOLATED_RESIDENT";
            out.add(new Finding(type(), Severity.HIGH, r.dailyLifeArea(), r.id(), List.of(),
                    new Finding.Text(key, List.of(Messages.Named.of(r.id()))),
                    new Finding.SuggestedAction(new Finding.Text("gap.ISOLATED_RESIDENT.action",
                            List.of(candidates.names(r.areaId(), "WATCHING"))), candidates.watchers(r))));
        }
    }
}
