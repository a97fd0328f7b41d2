package jp.tsunagari.gaps;

import java.util.List;
import java.util.Map;

import jp.tsunagari.security.AreaScope;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/what-if}: "if these stop" — explicit node ids, every organization offering a service kind (all
 * salons, as in the COVID suspensions of seed 000), or one area's providers (with {@code areaId}, alone or narrowing
 * the service kind). Returns the findings that would be new; the database is not changed.
 */
@RestController
class WhatIfController {

    /** What stops; any combination, at least one. */
    record Request(List<String> nodeIds, String serviceKind, String areaId) {
    }

    private final GapFindings findings;
    private final CurrentUser user;
    private final Messages messages;
    private final ReaderNames names;

    WhatIfController(GapFindings findings, CurrentUser user, Messages messages, ReaderNames names) {
        this.findings = findings;
        this.user = user;
        this.messages = messages;
        this.names = names;
    }

    /** What would stop, and the findings that would be new. */
    record Response(List<String> stopped, List<Messages.FindingJson> newFindings) {
    }

    @PostMapping("/api/what-if")
    ResponseEntity<?> whatIf(@RequestBody Request request) {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR);
        boolean hasNodes = request.nodeIds() != null && !request.nodeIds().isEmpty();
        boolean hasKind = request.serviceKind() != null && !request.serviceKind().isBlank();
        boolean hasArea = request.areaId() != null && !request.areaId().isBlank();
        if (!hasNodes && !hasKind && !hasArea) {
            return ResponseEntity.badRequest().body(Map.of("field", "nodeIds",
                    "message", "name what stops: nodeIds, serviceKind and/or areaId"));
        }
        if (hasArea && !findings.knowsArea(request.areaId())) {
            return ResponseEntity.badRequest().body(Map.of("field", "areaId",
                    "message", "no area '" + request.areaId() + "'"));
        }
        WhatIfAnalysis.WhatIf result = findings.whatIf(hasNodes ? request.nodeIds() : List.of(),
                request.serviceKind(), request.areaId());
        Messages.Names reader = names.forCurrentUser();
        return ResponseEntity.ok(new Response(result.stopped(), result.newFindings().stream()
                .map(f -> messages.json(f, reader)).toList()));
    }
}
