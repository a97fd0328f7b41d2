package jp.tsunagari.gaps;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jp.tsunagari.security.AreaScope;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/gaps?area=&type=&limit=}: findings as JSON, most urgent first (at most {@code limit}, default 1000;
 * header {@code X-Total-Count} tells how many matched), for coordinators, within their areas.
 * {@code POST /api/gaps/refresh}: reload the network from the database and recompute.
 */
@RestController
class GapController {

    /** Most urgent first, then by type and subject. */
    static final Comparator<Finding> URGENCY = Comparator.comparing(Finding::severity).thenComparing(Finding::type)
            .thenComparing(Finding::subject);

    private final GapEngine engine;
    private final CurrentUser user;
    private final Messages messages;

    GapController(GapEngine engine, CurrentUser user, Messages messages) {
        this.engine = engine;
        this.user = user;
        this.messages = messages;
    }

    @GetMapping("/api/gaps")
    ResponseEntity<?> gaps(@RequestParam(required = false) String area, @RequestParam(required = false) String type,
                           @RequestParam(defaultValue = "1000") int limit) {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR);
        GapType wanted = null;
        if (type != null && !type.isBlank()) {
            try {
                wanted = GapType.valueOf(type.strip());
            } catch (IllegalArgumentException e) {
                return ResponseEntity.badRequest().body(Map.of("field", "type",
                        "message", "unknown gap type '" + type + "'; one of " + List.of(GapType.values())));
            }
        }
        if (limit < 1) {
            return ResponseEntity.badRequest().body(Map.of("field", "limit", "message", "limit must be 1 or more"));
        }
        AreaScope scope = user.residentScope();
        GapType filter = wanted;
        List<Finding> matching = engine.findings().stream()
                .filter(f -> visible(scope, f))
                .filter(f -> area == null || area.isBlank() || area.equals(f.area()))
                .filter(f -> filter == null || f.type() == filter)
                .sorted(URGENCY)
                .toList();
        // Most urgent first; a whole city has far more findings than anyone reads at once.
        return ResponseEntity.ok().header("X-Total-Count", Integer.toString(matching.size()))
                .body(matching.subList(0, Math.min(limit, matching.size())).stream().map(messages::json).toList());
    }

    /** Findings name residents: a coordinator sees those of their own daily-life areas only. */
    static boolean visible(AreaScope scope, Finding finding) {
        return scope.all() || scope.areaIds().contains(finding.area());
    }

    @PostMapping("/api/gaps/refresh")
    Map<String, Integer> refresh() {
        user.requireRole(Role.LAYER1_COORDINATOR);
        return Map.of("findings", engine.refresh());
    }
}
