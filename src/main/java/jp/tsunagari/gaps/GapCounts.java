package jp.tsunagari.gaps;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.security.AreaScope;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.springframework.stereotype.Component;

/**
 * Gap counts for views that show aggregates — the 支え合いマップ and the trend charts (feature: map and trends, issue
 * 17). Counts only: coordinators see their own areas exactly, council viewers and analysts the whole city, and the
 * caller applies {@link CurrentUser#suppressesSmallCounts()} before showing them. The subjects of the current
 * findings are given only so a count can be split by neighbourhood on the server; they never leave it.
 */
@Component
public class GapCounts {

    /** A recorded trend point: {@code count} is null when suppressed (below {@code suppressedBelow}). */
    public record TrendPoint(LocalDate day, String area, GapType type, Long count, Integer suppressedBelow) {
    }

    private final GapEngine engine;
    private final GapTrend trend;
    private final CurrentUser user;

    GapCounts(GapEngine engine, GapTrend trend, CurrentUser user) {
        this.engine = engine;
        this.trend = trend;
        this.user = user;
    }

    /**
     * The subjects of the current findings of one type, per daily-life area, within the user's aggregate scope
     * (coordinators, councils, analysts; others refused).
     */
    public Map<String, List<String>> subjectsByArea(GapType type) {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR, Role.COUNCIL_VIEWER, Role.ANALYST);
        AreaScope scope = user.aggregateScope();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Finding f : engine.findings()) {
            if (f.type() == type && f.area() != null && scope.contains(f.area())) {
                out.computeIfAbsent(f.area(), a -> new java.util.ArrayList<>()).add(f.subject());
            }
        }
        out.replaceAll((area, subjects) -> List.copyOf(subjects));
        return out;
    }

    /**
     * The recorded trend (as {@code GET /api/gaps/trend}: coordinators their areas, exactly; councils the whole
     * city, small counts suppressed), optionally of one area and type, ordered by day, area and type.
     */
    public List<TrendPoint> trend(String area, GapType type, LocalDate from, LocalDate to) {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR, Role.COUNCIL_VIEWER);
        boolean suppress = user.suppressesSmallCounts();
        int minimum = user.minimumCellSize();
        java.util.Set<String> known = java.util.Arrays.stream(GapType.values()).map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        return trend.points(user.aggregateScope(), area, type, from, to).stream()
                .filter(p -> known.contains(p.type())) // a type retired since it was recorded
                .map(p -> new TrendPoint(p.day(), p.area(), GapType.valueOf(p.type()),
                        suppress && p.count() < minimum ? null : p.count(), suppress ? minimum : null))
                .toList();
    }
}
