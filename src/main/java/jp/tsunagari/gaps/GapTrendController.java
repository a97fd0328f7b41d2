package jp.tsunagari.gaps;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/gaps/trend?area=&type=&from=&to=}: the recorded gap counts per day, daily-life area and type —
 * coordinators within their areas, exactly; councils the whole city with small counts suppressed, as on the start
 * page. {@code POST /api/gaps/trend/record}: record today's points now.
 *
 * <p>Nothing is audited: the points are counts per area, never residents.
 */
@RestController
class GapTrendController {

    /**
     * One point as the user may see it: {@code count} is null when below {@code suppressedBelow} (councils: 「10未満」);
     * {@code suppressedBelow} is null for exact counts.
     */
    record TrendPoint(LocalDate day, String area, String type, Long count, Integer suppressedBelow) {
    }

    private final GapTrend trend;
    private final CurrentUser user;

    GapTrendController(GapTrend trend, CurrentUser user) {
        this.trend = trend;
        this.user = user;
    }

    @GetMapping("/api/gaps/trend")
    ResponseEntity<?> trend(@RequestParam(required = false) String area, @RequestParam(required = false) String type,
                            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR, Role.COUNCIL_VIEWER);
        GapType wanted = null;
        if (present(type)) {
            try {
                wanted = GapType.valueOf(type.strip());
            } catch (IllegalArgumentException e) {
                return invalid("type", "unknown gap type '" + type + "'; one of " + List.of(GapType.values()));
            }
        }
        LocalDate first;
        LocalDate last;
        try {
            first = date(from);
        } catch (DateTimeParseException e) {
            return invalid("from", "'" + from + "' is not a date like 2026-04-01");
        }
        try {
            last = date(to);
        } catch (DateTimeParseException e) {
            return invalid("to", "'" + to + "' is not a date like 2026-04-01");
        }
        if (first != null && last != null && last.isBefore(first)) {
            return invalid("to", "to must not be before from");
        }
        boolean suppress = user.suppressesSmallCounts();
        int minimum = user.minimumCellSize();
        // Coordinators: their own areas (as for the findings); councils: the whole city, aggregates only.
        return ResponseEntity.ok(trend.points(user.aggregateScope(), present(area) ? area.strip() : null, wanted, first, last)
                .stream()
                .map(p -> new TrendPoint(p.day(), p.area(), p.type(),
                        suppress && p.count() < minimum ? null : p.count(), suppress ? minimum : null))
                .toList());
    }

    @PostMapping("/api/gaps/trend/record")
    Map<String, Integer> record() {
        user.requireRole(Role.LAYER1_COORDINATOR);
        return Map.of("points", trend.record());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static LocalDate date(String value) {
        return present(value) ? LocalDate.parse(value.strip()) : null;
    }

    private static ResponseEntity<Map<String, String>> invalid(String field, String message) {
        return ResponseEntity.badRequest().body(Map.of("field", field, "message", message));
    }
}
