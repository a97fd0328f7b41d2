package jp.tsunagari.gaps;

import java.util.List;
import java.util.Map;

import jp.tsunagari.security.Role;
import jp.tsunagari.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/gaps?area=&type=&limit=}: findings as JSON, most urgent first (at most {@code limit}, default 1000;
 * header {@code X-Total-Count} tells how many matched), for coordinators, within their areas. {@code area} is any
 * area: a municipality, a daily-life area or a neighbourhood ({@link AreaFilter}).
 * {@code POST /api/gaps/refresh}: reload the network from the database and recompute.
 */
@RestController
class GapController {

    private final GapFindings findings;
    private final GapEngine engine;
    private final CurrentUser user;
    private final Messages messages;
    private final ReaderNames names;

    GapController(GapFindings findings, GapEngine engine, CurrentUser user, Messages messages, ReaderNames names) {
        this.findings = findings;
        this.engine = engine;
        this.user = user;
        this.messages = messages;
        this.names = names;
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
        String areaId = area == null || area.isBlank() ? null : area.strip();
        if (areaId != null && !findings.knowsArea(areaId)) {
            return ResponseEntity.badRequest().body(Map.of("field", "area", "message", "no area '" + area + "'"));
        }
        List<Finding> matching = findings.visibleFindings(areaId, wanted);
        // Most urgent first; a whole city has far more findings than anyone reads at once.
        Messages.Names reader = names.forCurrentUser();
        return ResponseEntity.ok().header("X-Total-Count", Integer.toString(matching.size()))
                .body(matching.subList(0, Math.min(limit, matching.size())).stream()
                        .map(f -> messages.json(f, reader)).toList());
    }

    @PostMapping("/api/gaps/refresh")
    Map<String, Integer> refresh() {
        user.requireRole(Role.LAYER1_COORDINATOR);
        return Map.of("findings", engine.refresh());
    }
}
