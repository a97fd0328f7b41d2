package jp.tsunagari.council;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.tsunagari.gaps.GapType;
import jp.tsunagari.network.InvalidInputException;
import jp.tsunagari.network.Violation;
import jp.tsunagari.security.AreaScope;
import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, reading and closing council sessions. Who may do what:
 * <ul>
 *   <li>read a council and its sessions (and project them): council viewers and layer-1 coordinators everywhere,
 *       layer-2 coordinators for councils of their own areas;</li>
 *   <li>open, close, change attendees: layer-1 coordinators for every council, layer-2 coordinators for the layer-2
 *       councils of their own areas.</li>
 * </ul>
 * Others are refused, logged and audited (by {@link CurrentUser}). Opening, closing and attendee changes are audited.
 */
@Service
class CouncilSessions {

    static final int MAX_TITLE = 200, MAX_AGENDA = 4000;

    /** What a coordinator gives to open a session. {@code attendees}: null means every member of the council. */
    record NewSession(String title, LocalDate date, String agenda, List<String> attendees) {
    }

    private final SessionRepository repository;
    private final SessionBroadcaster broadcaster;
    private final CurrentUser user;
    private final AuditTrail audit;

    CouncilSessions(SessionRepository repository, SessionBroadcaster broadcaster, CurrentUser user, AuditTrail audit) {
        this.repository = repository;
        this.broadcaster = broadcaster;
        this.user = user;
        this.audit = audit;
    }

    /** The councils the user may read, layer 1 first. */
    @Transactional(readOnly = true)
    public List<Council> councils() {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR, Role.COUNCIL_VIEWER);
        return repository.councils().stream().filter(this::mayRead).toList();
    }

    /** One council, empty when there is none; refused when the user may not read it. */
    @Transactional(readOnly = true)
    public Optional<Council> council(String councilId) {
        Optional<Council> council = repository.council(councilId);
        council.ifPresent(this::requireReader);
        return council;
    }

    /** The ids of a council's sessions, newest first. */
    @Transactional(readOnly = true)
    public List<CouncilSession> sessionsOf(Council council) {
        requireReader(council);
        return repository.sessionsOf(council.id()).stream()
                .flatMap(id -> repository.session(id, council.areaIds()).stream()).toList();
    }

    /** Whether the user may open and close this council's sessions (to show the buttons; the methods check again). */
    public boolean mayRun(Council council) {
        if (user.has(Role.LAYER1_COORDINATOR)) {
            return true;
        }
        return council.layer() == 2 && user.has(Role.LAYER2_COORDINATOR) && within(user.residentScope(), council);
    }

    /** Opens a session of a council; its gap counts are taken now. Returns the new session's id. */
    @Transactional
    public String open(Council council, NewSession session) {
        requireRunner(council);
        List<Violation> violations = new ArrayList<>();
        String title = session.title() == null ? "" : session.title().strip();
        if (title.isEmpty()) {
            violations.add(new Violation("title", "validation.required", List.of()));
        } else if (title.length() > MAX_TITLE) {
            violations.add(new Violation("title", "validation.name.length", List.of(MAX_TITLE)));
        }
        if (session.date() == null) {
            violations.add(new Violation("date", "validation.required", List.of()));
        }
        String agenda = session.agenda() == null ? "" : session.agenda().strip();
        if (agenda.length() > MAX_AGENDA) {
            violations.add(new Violation("agenda", "validation.name.length", List.of(MAX_AGENDA)));
        }
        List<String> members = council.members().stream().map(Council.Member::name).toList();
        List<String> attendees = session.attendees() == null ? members : session.attendees();
        for (String attendee : attendees) {
            if (!members.contains(attendee)) {
                violations.add(new Violation("attendees", "council.validation.notMember", List.of(attendee)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String id = "ses-" + UUID.randomUUID().toString().substring(0, 13);
        Map<GapType, Integer> before = broadcaster.counts(council.areaIds());
        repository.create(id, council.id(), title, session.date(), agenda, List.copyOf(attendees), now(),
                user.username(), before);
        audit.record(AuditAction.CHANGE, List.of(id, council.id()), "council session opened");
        broadcaster.track(id, council.areaIds(), before);
        return id;
    }

    /** A session with its council's areas; empty when there is none; refused when the user may not read it. */
    @Transactional(readOnly = true)
    public Optional<CouncilSession> session(String sessionId) {
        return repository.councilOf(sessionId).flatMap(repository::council).flatMap(council -> {
            requireReader(council);
            return repository.session(sessionId, council.areaIds());
        });
    }

    /** The session's changes in order. */
    @Transactional(readOnly = true)
    public List<SessionChange> changes(CouncilSession session) {
        return repository.changes(session.id());
    }

    /** The council a session belongs to. */
    @Transactional(readOnly = true)
    public Council councilOf(CouncilSession session) {
        return repository.council(session.councilId()).orElseThrow();
    }

    /** Sets who attends; the session must be open. */
    @Transactional
    public void attendees(CouncilSession session, List<String> attendees) {
        Council council = councilOf(session);
        requireRunner(council);
        List<String> members = council.members().stream().map(Council.Member::name).toList();
        List<Violation> violations = attendees.stream().filter(a -> !members.contains(a))
                .map(a -> new Violation("attendees", "council.validation.notMember", List.<Object>of(a))).toList();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!session.open()) {
            throw new InvalidInputException(List.of(new Violation("state", "council.validation.closed", List.of())));
        }
        repository.attendees(session.id(), List.copyOf(attendees));
        audit.record(AuditAction.CHANGE, List.of(session.id()), "council session attendees");
    }

    /**
     * Closes an open session: the gap counts now are its "after", {@code snapshot} (a PNG, may be null) its picture
     * in the minutes. Closing a closed session is refused as invalid.
     */
    @Transactional
    public void close(CouncilSession session, byte[] snapshot) {
        Council council = councilOf(session);
        requireRunner(council);
        if (!session.open()) {
            throw new InvalidInputException(List.of(new Violation("state", "council.validation.closed", List.of())));
        }
        broadcaster.settle(); // the changes its views were told are recorded (minutes)
        Map<GapType, Integer> after = broadcaster.counts(council.areaIds());
        repository.close(session.id(), now(), user.username(), after, snapshot);
        audit.record(AuditAction.CHANGE, List.of(session.id(), council.id()), "council session closed");
        broadcaster.untrack(session.id());
    }

    /** The minutes' diagram picture, if one was taken. */
    @Transactional(readOnly = true)
    public Optional<byte[]> snapshot(CouncilSession session) {
        return repository.snapshot(session.id());
    }

    /** Refuses (logged, audited) unless the user may read the council. */
    void requireReader(Council council) {
        if (user.has(Role.COUNCIL_VIEWER) || user.has(Role.LAYER1_COORDINATOR)) {
            return;
        }
        user.requireEditorOf(council.areaIds()); // layer 2: their areas; everyone else is refused
    }

    private void requireRunner(Council council) {
        if (council.layer() == 1) {
            user.requireRole(Role.LAYER1_COORDINATOR);
        } else {
            user.requireEditorOf(council.areaIds());
        }
    }

    private boolean mayRead(Council council) {
        if (user.has(Role.COUNCIL_VIEWER) || user.has(Role.LAYER1_COORDINATOR)) {
            return true;
        }
        return user.has(Role.LAYER2_COORDINATOR) && within(user.residentScope(), council);
    }

    private static boolean within(AreaScope scope, Council council) {
        return scope.all() || (!council.areaIds().isEmpty() && scope.areaIds().containsAll(council.areaIds()));
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
