package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * A detector whose findings are about one resident (or their individual network) at a time: a change re-checks only
 * the residents it touched.
 */
interface ResidentGapDetector extends GapDetector {

    void detect(SupportNetwork network, GapSettings settings, Messages messages, SupportNetwork.ResidentHelp help,
                List<Finding> out);

    @Override
    default List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
        List<Finding> findings = new ArrayList<>();
        for (SupportNetwork.Resident r : network.residents().values()) {
            detect(network, settings, messages, network.help(r), findings);
        }
        return findings;
    }
}
