package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code SINGLE_SUPPORTER}: a resident whose only link to help — supporters and individual-network members together
 * — is one active person or organization: fragile, since one illness or one suspended activity isolates them
 * (seed 000 「連携についての検討のポイント」).
 */
class SingleSupporterDetector implements GapDetector {

    @Override
    public GapType type() {
        return GapType.SINGLE_SUPPORTER;
    }

    @Override
    public List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
        List<Finding> findings = new ArrayList<>();
        Candidates candidates = new Candidates(network, settings.maxCandidates());
        for (SupportNetwork.Resident r : network.residents().values()) {
            Set<String> helpers = network.helpersOf(r.id());
            if (helpers.size() == 1) {
                String only = helpers.iterator().next();
                List<String> watchers = candidates.watchers(r);
                findings.add(messages.finding(type(), Severity.MEDIUM, r.dailyLifeArea(), r.id(), List.of(only),
                        new Object[] {r.id(), only}, "action", new Object[] {candidates.names(watchers)}, watchers));
            }
        }
        return findings;
    }
}
