package jp.tsunagari.gaps;

import java.util.List;

/**
 * {@code ISOLATED_RESIDENT}: a resident with no active supporter and in no individual network — 孤立, the central
 * risk of seed 000 (「地域福祉活動の中止、撤退等による孤立の危機」) against the goal 「誰もが誰かとつながること」 (004).
 * A supporter that has stopped (a suspended salon) does not count.
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
        if (help.supporters().isEmpty() && !network.networkOfResident().containsKey(r.id())) {
            Candidates candidates = new Candidates(network, settings.maxCandidates());
            out.add(messages.finding(type(), Severity.HIGH, r.dailyLifeArea(), r.id(), List.of(),
                    new Object[] {Messages.Named.of(r.id())}, "action", new Object[] {candidates.names(r.areaId(), "WATCHING")},
                    candidates.watchers(r)));
        }
    }
}
