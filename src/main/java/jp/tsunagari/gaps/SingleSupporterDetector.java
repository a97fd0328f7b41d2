package jp.tsunagari.gaps;

import java.util.List;
import java.util.Set;

/**
 * {@code SINGLE_SUPPORTER}: a resident whose only link to help — supporters and individual-network members together
 * — is one active person or organization: fragile, since one illness or one suspended activity isolates them
 * (seed 000 「連携についての検討のポイント」).
 */
class SingleSupporterDetector implements ResidentGapDetector {

    @Override
    public GapType type() {
        return GapType.SINGLE_SUPPORTER;
    }

    @Override
    public void detect(SupportNetwork network, GapSettings settings, Messages messages, SupportNetwork.ResidentHelp help,
                       List<Finding> out) {
        SupportNetwork.Resident r = help.resident();
        Set<String> helpers = help.helpers();
        if (helpers.size() == 1) {
            String only = helpers.iterator().next();
            Candidates candidates = new Candidates(network, settings.maxCandidates());
            out.add(messages.finding(type(), Severity.MEDIUM, r.dailyLifeArea(), r.id(), List.of(only),
                    new Object[] {Messages.Named.of(r.id()), Messages.Named.of(only)}, "action", new Object[] {candidates.names(r.areaId(), "WATCHING")},
                    candidates.watchers(r)));
        }
    }
}
