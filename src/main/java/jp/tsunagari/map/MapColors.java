package jp.tsunagari.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The map's colour classes. Gap counts: white for none, then four orange-to-brown classes of equal width up to the
 * largest count shown (a ColorBrewer "Oranges" ramp, readable in print and by most colour-blind viewers); a
 * suppressed count (「10未満」) is grey and hatched in the legend. Coverage: red where no provider serves the area,
 * then light to dark green. Providers: green in a same-kind network, orange outside the one they could join, grey
 * where their kind has none.
 */
final class MapColors {

    static final String NONE = "#fff7ec";
    static final String[] GAP_CLASSES = {"#fdd49e", "#fc8d59", "#d7301f", "#7f0000"};
    static final String SUPPRESSED = "#cfd8dc";
    static final String[] COVERAGE = {"#d73027", "#fee08b", "#a6d96a", "#1a9850"};
    static final String MEMBER = "#2e7d32", OUTSIDE = "#ef6c00", NO_NETWORK = "#757575";

    private MapColors() {
    }

    /** The upper bound of each gap class for counts up to {@code max}: class k holds counts up to bounds[k]. */
    static long[] gapBounds(long max) {
        long[] bounds = new long[GAP_CLASSES.length];
        for (int k = 0; k < bounds.length; k++) {
            bounds[k] = Math.max(k + 1, (long) Math.ceil(max * (k + 1) / (double) bounds.length));
        }
        return bounds;
    }

    /** The fill of a gap count (null: suppressed) when the largest count shown is {@code max}. */
    static String gapFill(Long count, long max) {
        if (count == null) {
            return SUPPRESSED;
        }
        if (count == 0) {
            return NONE;
        }
        long[] bounds = gapBounds(max);
        for (int k = 0; k < bounds.length; k++) {
            if (count <= bounds[k]) {
                return GAP_CLASSES[k];
            }
        }
        return GAP_CLASSES[GAP_CLASSES.length - 1];
    }

    /** The legend's rows for counts up to {@code max}; {@code range(from, to)} renders a class's label. */
    static List<SupportMap.LegendEntry> gapLegend(long max, RangeLabel range, String zero, String suppressed) {
        List<SupportMap.LegendEntry> legend = new ArrayList<>();
        legend.add(new SupportMap.LegendEntry(NONE, zero, false));
        long[] bounds = gapBounds(Math.max(max, 1));
        long from = 1;
        for (int k = 0; k < bounds.length && from <= Math.max(max, 1); k++) {
            legend.add(new SupportMap.LegendEntry(GAP_CLASSES[k], range.label(from, bounds[k]), false));
            from = bounds[k] + 1;
        }
        if (suppressed != null) {
            legend.add(new SupportMap.LegendEntry(SUPPRESSED, suppressed, true));
        }
        return List.copyOf(legend);
    }

    /** The fill for the number of providers of a service kind serving an area. */
    static String coverageFill(long providers) {
        return COVERAGE[(int) Math.min(providers, COVERAGE.length - 1)];
    }

    static List<SupportMap.LegendEntry> coverageLegend(IntFunction<String> label) {
        List<SupportMap.LegendEntry> legend = new ArrayList<>();
        for (int k = 0; k < COVERAGE.length; k++) {
            legend.add(new SupportMap.LegendEntry(COVERAGE[k], label.apply(k), false));
        }
        return List.copyOf(legend);
    }

    static String membershipColor(MapData.Membership membership) {
        return switch (membership) {
            case MEMBER -> MEMBER;
            case OUTSIDE -> OUTSIDE;
            case NO_NETWORK -> NO_NETWORK;
        };
    }

    /** Renders a class's label, e.g. 「4〜6」. */
    interface RangeLabel {
        String label(long from, long to);
    }
}
