package jp.tsunagari.gaps;

import java.util.List;

/** One kind of gap, found in a snapshot of the support network (as JGraphT's algorithm families, one per class). */
interface GapDetector {

    GapType type();

    List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages);
}
