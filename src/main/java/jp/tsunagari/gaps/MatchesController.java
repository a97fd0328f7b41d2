package jp.tsunagari.gaps;

import java.util.List;

import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/residents/{id}/matches}: ニーズとサービスのマッチング (001 §3) for one resident — per need, who
 * covers it now and which providers serving the resident's area could (same-kind network members first).
 */
@RestController
class MatchesController {

    /** One need: whether it is covered, by whom, and who else could. */
    record Match(String need, boolean covered, List<String> coveredBy, List<Candidate> candidates) {
    }

    record Candidate(String id, String name, boolean sameKindMember) {
    }

    private final GapEngine engine;
    private final GapSettings settings;
    private final CurrentUser user;
    private final AuditTrail audit;

    MatchesController(GapEngine engine, GapSettings settings, CurrentUser user, AuditTrail audit) {
        this.engine = engine;
        this.settings = settings;
        this.user = user;
        this.audit = audit;
    }

    @GetMapping("/api/residents/{id}/matches")
    ResponseEntity<List<Match>> matches(@PathVariable String id) {
        user.requireResident(id);
        List<Match> matches = engine.read(network -> matches(network, id));
        if (matches == null) {
            return ResponseEntity.notFound().build();
        }
        audit.record(AuditAction.VIEW_RESIDENT, List.of(id), "matches");
        return ResponseEntity.ok(matches);
    }

    private List<Match> matches(SupportNetwork network, String id) {
        SupportNetwork.Resident resident = network.residents().get(id);
        if (resident == null) {
            return null;
        }
        return resident.needs().stream().sorted().map(need -> {
            List<String> coveredBy = network.supports().getOrDefault(id, List.of()).stream()
                    .filter(s -> need.equals(s.service()) && network.active(s.helperId()))
                    .map(SupportNetwork.Support::helperId).distinct().toList();
            var members = network.sameKindMembers().getOrDefault(need, java.util.Set.of());
            List<Candidate> candidates = Candidates.providers(network, resident.areaId(), need, settings.maxCandidates())
                    .stream().map(p -> new Candidate(p, network.providers().get(p).name(), members.contains(p))).toList();
            return new Match(need, !coveredBy.isEmpty(), coveredBy, candidates);
        }).toList();
    }
}
