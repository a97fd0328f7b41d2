package jp.tsunagari.council;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jp.tsunagari.diagram.GraphData;
import jp.tsunagari.diagram.NetworkGraph;
import jp.tsunagari.gaps.GapFindings;
import jp.tsunagari.gaps.GapFindingsChanged;
import jp.tsunagari.gaps.GapType;
import jp.tsunagari.network.NetworkChanged;
import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The live side of council sessions, and the one class listening to the gap engine's {@code GapFindingsChanged}
 * for them. For every open session it keeps the findings of the council's areas by type and subject; after each
 * change that touches those areas it records a {@link SessionChange} (what changed, by whom, the gaps it opened and
 * closed) and pushes the new counts to the session's open views. It also relays what the presenter shows — the
 * council-safe picture and the focus, camera, filters — to the session's projections.
 * <p>
 * Bookkeeping runs on one thread of its own, in order (the committing thread does not wait); each view is told on a
 * virtual thread, so a slow browser holds up no other.
 */
@Component
public class SessionBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(SessionBroadcaster.class);

    /** What a session's views are told. */
    sealed interface Update permits Counts, Picture, Follow {
    }

    /** Gap counts by type when the session opened and now; {@code latest}: the change just recorded, if any. */
    record Counts(Map<GapType, Integer> before, Map<GapType, Integer> now, SessionChange latest) implements Update {
    }

    /**
     * What the presenter draws, named under council rules, with the presenter's positions ({@code layoutVersion}
     * grows when they were laid out or dragged anew, so the projection takes them rather than keeping its own).
     */
    record Picture(String areaId, GraphData graph, int layoutVersion) implements Update {
    }

    /** Where the presenter looks: focus, camera, hidden nodes and kinds, search. */
    record Follow(NetworkGraph.Focus focus, NetworkGraph.Camera camera, List<String> hiddenIds,
                  List<String> hiddenKinds, String query) implements Update {
        static final Follow NONE = new Follow(null, null, List.of(), List.of(), "");
    }

    /** A change the network announced, waiting on its committing thread for the engine to apply it. */
    private record Pending(NetworkChanged change, String username) {
    }

    private static final class Tracker {
        final String sessionId;
        final Set<String> areaIds;
        final Map<GapType, Integer> before;
        Map<String, Integer> keys;
        volatile Picture picture;
        volatile Follow follow = Follow.NONE;
        final Set<Consumer<Update>> listeners = new CopyOnWriteArraySet<>();

        Tracker(String sessionId, Collection<String> areaIds, Map<GapType, Integer> before, Map<String, Integer> keys) {
            this.sessionId = sessionId;
            this.areaIds = Set.copyOf(areaIds);
            this.before = Map.copyOf(before);
            this.keys = keys;
        }
    }

    private final ThreadLocal<List<Pending>> pending = ThreadLocal.withInitial(ArrayList::new);
    private final Map<String, Tracker> trackers = new ConcurrentHashMap<>();
    private final ExecutorService bookkeeping = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "council-sessions");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService telling = Executors.newVirtualThreadPerTaskExecutor();
    private final GapFindings gaps;
    private final SessionRepository repository;
    private final AuditTrail audit;
    private final CurrentUser user;

    SessionBroadcaster(GapFindings gaps, SessionRepository repository, AuditTrail audit, CurrentUser user) {
        this.gaps = gaps;
        this.repository = repository;
        this.audit = audit;
        this.user = user;
    }

    // ---- sessions ----------------------------------------------------------------------------------------------

    /** The gap counts by type in these daily-life areas now. */
    Map<GapType, Integer> counts(Collection<String> areaIds) {
        return countsOf(keys(areaIds));
    }

    /** Starts following an open session (at open, or for one left open when the application last stopped). */
    void track(String sessionId, Collection<String> areaIds, Map<GapType, Integer> before) {
        trackers.computeIfAbsent(sessionId, id -> new Tracker(id, areaIds, before, keys(areaIds)));
    }

    /** Stops following a closed session; its views are told the final counts. */
    void untrack(String sessionId) {
        Tracker tracker = trackers.remove(sessionId);
        if (tracker != null) {
            tell(tracker, new Counts(tracker.before, countsOf(tracker.keys), null));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeOpenSessions() {
        try {
            for (String id : repository.openSessions()) {
                repository.councilOf(id).flatMap(repository::council).ifPresent(council ->
                        repository.session(id, council.areaIds()).ifPresent(s -> track(id, s.areaIds(), s.before())));
            }
        } catch (RuntimeException e) {
            log.warn("Could not resume the open council sessions", e);
        }
    }

    // ---- views -------------------------------------------------------------------------------------------------

    /**
     * Registers a view of a session; it is told at once the current counts, picture and follow state. Run the
     * returned action to unregister. A closed (untracked) session registers nothing.
     */
    Runnable register(String sessionId, Consumer<Update> listener) {
        Tracker tracker = trackers.get(sessionId);
        if (tracker == null) {
            return () -> { };
        }
        tracker.listeners.add(listener);
        listener.accept(new Counts(tracker.before, countsOf(tracker.keys), null));
        Picture picture = tracker.picture;
        if (picture != null) {
            listener.accept(picture);
        }
        listener.accept(tracker.follow);
        return () -> tracker.listeners.remove(listener);
    }

    /** The presenter's picture, for the session's projections. */
    void picture(String sessionId, Picture picture) {
        Tracker tracker = trackers.get(sessionId);
        if (tracker != null) {
            tracker.picture = picture;
            tell(tracker, picture);
        }
    }

    /** The last picture the presenter sent (for the minutes' snapshot). */
    java.util.Optional<Picture> lastPicture(String sessionId) {
        Tracker tracker = trackers.get(sessionId);
        return java.util.Optional.ofNullable(tracker == null ? null : tracker.picture);
    }

    /** Where the presenter looks, for the session's projections. */
    void follow(String sessionId, Follow follow) {
        Tracker tracker = trackers.get(sessionId);
        if (tracker != null && !follow.equals(tracker.follow)) {
            tracker.follow = follow;
            tell(tracker, follow);
        }
    }

    /** How many views listen to a session (tests, benchmark). */
    int listening(String sessionId) {
        Tracker tracker = trackers.get(sessionId);
        return tracker == null ? 0 : tracker.listeners.size();
    }

    // ---- changes -----------------------------------------------------------------------------------------------

    /** Notes who changed what, before the gap engine (ordered after this) applies it on the same thread. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(NetworkChanged change) {
        pending.get().add(new Pending(change, user.username()));
    }

    @EventListener
    void on(GapFindingsChanged changed) {
        List<Pending> changes = List.copyOf(pending.get());
        pending.remove();
        if (trackers.isEmpty()) {
            return;
        }
        bookkeeping.execute(() -> {
            try {
                apply(changed, changes);
            } catch (RuntimeException e) {
                log.warn("Could not record a change in the open council sessions", e);
            }
        });
    }

    private void apply(GapFindingsChanged changed, List<Pending> changes) {
        for (Tracker tracker : trackers.values()) {
            boolean touches = changed.everything() || changed.areaIds().stream().anyMatch(tracker.areaIds::contains);
            if (!touches) {
                continue; // another area's session: not ours
            }
            Map<String, Integer> now = keys(tracker.areaIds);
            List<SessionChange.Gap> opened = new ArrayList<>(), closed = new ArrayList<>();
            Set<String> all = new java.util.TreeSet<>(now.keySet());
            all.addAll(tracker.keys.keySet());
            for (String key : all) {
                int delta = now.getOrDefault(key, 0) - tracker.keys.getOrDefault(key, 0);
                if (delta > 0) {
                    opened.add(SessionChange.Gap.of(key));
                } else if (delta < 0) {
                    closed.add(SessionChange.Gap.of(key));
                }
            }
            tracker.keys = now;
            Pending first = changes.isEmpty() ? null : changes.getFirst();
            List<String> ids = changes.isEmpty() ? List.copyOf(changed.ids())
                    : changes.stream().flatMap(p -> p.change().ids().stream()).distinct().toList();
            String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
            SessionChange change = new SessionChange(0, at, first == null ? null : first.username(),
                    first == null ? null : ChangeKinds.change(first.change()),
                    first == null ? null : ChangeKinds.element(first.change()), ids, opened, closed);
            var seq = repository.addChange(tracker.sessionId, change);
            if (seq.isEmpty()) {
                continue; // closed meanwhile
            }
            change = new SessionChange(seq.get(), at, change.username(), change.change(), change.element(), ids,
                    opened, closed);
            List<String> target = new ArrayList<>(List.of(tracker.sessionId));
            target.addAll(ids);
            audit.record(first == null ? "system" : first.username(), AuditAction.CHANGE, target,
                    "council session change " + seq.get());
            tell(tracker, new Counts(tracker.before, countsOf(now), change));
        }
    }

    private void tell(Tracker tracker, Update update) {
        for (Consumer<Update> listener : tracker.listeners) {
            telling.execute(() -> {
                try {
                    listener.accept(update);
                } catch (RuntimeException e) {
                    log.debug("A council session view could not be told", e);
                }
            });
        }
    }

    private Map<String, Integer> keys(Collection<String> areaIds) {
        Map<String, Integer> keys = new HashMap<>();
        for (GapFindings.Key key : gaps.keysIn(areaIds)) {
            keys.merge(key.type() + "|" + key.subject(), 1, Integer::sum);
        }
        return keys;
    }

    static Map<GapType, Integer> countsOf(Map<String, Integer> keys) {
        Map<GapType, Integer> counts = new EnumMap<>(GapType.class);
        keys.forEach((key, n) -> counts.merge(GapType.valueOf(key.substring(0, key.indexOf('|'))), n, Integer::sum));
        return counts;
    }

    @PreDestroy
    void close() {
        bookkeeping.shutdownNow();
        telling.shutdownNow();
    }

    /** Sorted for display: the types present before or now. */
    static Map<GapType, int[]> table(Map<GapType, Integer> before, Map<GapType, Integer> now) {
        Map<GapType, int[]> out = new TreeMap<>();
        for (GapType type : GapType.values()) {
            int b = before.getOrDefault(type, 0), n = now.getOrDefault(type, 0);
            if (b > 0 || n > 0) {
                out.put(type, new int[] {b, n});
            }
        }
        return out;
    }
}
