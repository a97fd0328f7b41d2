package jp.tsunagari.council;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import jp.tsunagari.diagram.GraphData;
import jp.tsunagari.diagram.GraphPatch;
import jp.tsunagari.diagram.NetworkGraph;
import jp.tsunagari.gaps.GapFindings;
import jp.tsunagari.gaps.GapFindingsChanged;
import jp.tsunagari.gaps.GapType;
import jp.tsunagari.network.NetworkChanged;
import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.shell.LiveUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The live side of council sessions, and the one class of this module listening to the gap engine's
 * {@code GapFindingsChanged}. For every open session it keeps the findings of the council's areas by type and
 * subject; after each change that touches those areas it works out once, for the session, the gaps the change opened
 * and closed and the new counts, and publishes them on the session's channel of {@link LiveUpdates} — the one
 * machinery by which open views are told, each in its own UI by server push, bursts merged. Only then is the change
 * recorded as a {@link SessionChange} and audited, on a thread of its own: bookkeeping does not delay the views. It
 * also relays what the presenter shows — the council-safe picture and the focus, camera, filters — on the same
 * channel.
 */
@Component
public class SessionBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(SessionBroadcaster.class);

    /**
     * Gap counts by type when the session opened and now; {@code added}: the changes recorded since the view was
     * last told (several when a burst was merged), in order.
     */
    record Counts(Map<GapType, Integer> before, Map<GapType, Integer> now, List<SessionChange> added) {
        Counts {
            added = List.copyOf(added);
        }

        /** The number of the last change told, 0 when none. */
        int seq() {
            return added.isEmpty() ? 0 : added.getLast().seq();
        }
    }

    /**
     * What the presenter draws, named under council rules, with the presenter's positions ({@code layoutVersion}
     * grows when they were laid out or dragged anew, so the projection takes them rather than keeping its own).
     */
    record Picture(String areaId, GraphData graph, int layoutVersion, int seq, GraphPatch sincePrevious) {

        /**
         * As the presenter sends it; the broadcaster numbers it ({@code seq}) and works out, once for every view,
         * what changed since the previous picture of the same area and layout ({@code sincePrevious}, null when
         * that is not the case): a view that showed the previous one is sent only that.
         */
        Picture(String areaId, GraphData graph, int layoutVersion) {
            this(areaId, graph, layoutVersion, 0, null);
        }

        boolean sameAs(Picture other) {
            return other != null && areaId.equals(other.areaId) && layoutVersion == other.layoutVersion
                    && graph.equals(other.graph);
        }

        /** Whether a view showing {@code shown} (its seq, 0 for none) is brought up to date by the patch alone. */
        boolean patches(int shown) {
            return sincePrevious != null && shown > 0 && shown == seq - 1;
        }
    }

    /** Where the presenter looks: focus, camera, hidden nodes and kinds, search. */
    record Follow(NetworkGraph.Focus focus, NetworkGraph.Camera camera, List<String> hiddenIds,
                  List<String> hiddenKinds, String query) {
        static final Follow NONE = new Follow(null, null, List.of(), List.of(), "");
    }

    /**
     * What a session's view is told at once: the latest counts, picture and follow state, each null when unchanged.
     * Updates published while a view's previous one is pending merge into it ({@link #and}).
     */
    record Update(Counts counts, Picture picture, Follow follow) {
        Update and(Update later) {
            Counts c = counts;
            if (later.counts != null) {
                List<SessionChange> added = new ArrayList<>(c == null ? List.of() : c.added());
                added.addAll(later.counts.added());
                c = new Counts(later.counts.before(), later.counts.now(), added);
            }
            return new Update(c, later.picture != null ? later.picture : picture,
                    later.follow != null ? later.follow : follow);
        }
    }

    /** A change the network announced, waiting on its committing thread for the engine to apply it. */
    private record Pending(NetworkChanged change, String username) {
    }

    private static final class Tracker {
        final String sessionId;
        final Set<String> areaIds;
        final Map<GapType, Integer> before;
        final LiveUpdates.Channel<Update> views;
        Map<String, Integer> keys;
        int seq;
        volatile Counts counts;
        volatile Picture picture;
        volatile Follow follow = Follow.NONE;

        Tracker(String sessionId, Collection<String> areaIds, Map<GapType, Integer> before, Map<String, Integer> keys,
                int seq, LiveUpdates.Channel<Update> views) {
            this.sessionId = sessionId;
            this.areaIds = Set.copyOf(areaIds);
            this.before = Map.copyOf(before);
            this.keys = keys;
            this.seq = seq;
            this.counts = new Counts(this.before, countsOf(keys), List.of());
            this.views = views;
        }
    }

    private final ThreadLocal<List<Pending>> pending = ThreadLocal.withInitial(ArrayList::new);
    private final Map<String, Tracker> trackers = new ConcurrentHashMap<>();
    /** Works out each change for the sessions and tells their views, in order. */
    private final ExecutorService telling = Executors.newSingleThreadExecutor(r -> daemon(r, "council-sessions"));
    /** Records each change told (a Cypher write and an audit entry), in order, after the views were told. */
    private final ExecutorService recording = Executors.newSingleThreadExecutor(r -> daemon(r, "council-records"));
    private final GapFindings gaps;
    private final SessionRepository repository;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final LiveUpdates live;

    SessionBroadcaster(GapFindings gaps, SessionRepository repository, AuditTrail audit, CurrentUser user,
                       LiveUpdates live) {
        this.gaps = gaps;
        this.repository = repository;
        this.audit = audit;
        this.user = user;
        this.live = live;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    // ---- sessions ----------------------------------------------------------------------------------------------

    /** The gap counts by type in these daily-life areas now. */
    Map<GapType, Integer> counts(Collection<String> areaIds) {
        return countsOf(keys(areaIds));
    }

    /** Starts following an open session (at open, or for one left open when the application last stopped). */
    void track(String sessionId, Collection<String> areaIds, Map<GapType, Integer> before) {
        trackers.computeIfAbsent(sessionId, id -> new Tracker(id, areaIds, before, keys(areaIds),
                repository.changes(id).size(), live.channel(Update::and)));
    }

    /**
     * Waits (a few seconds at most) until the changes already told to the session's views are recorded, so that
     * closing the session writes them in its minutes. Call before writing to the session.
     */
    void settle() {
        try {
            telling.submit(() -> { }).get(10, TimeUnit.SECONDS);
            recording.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            log.warn("Council session changes still being recorded: {}", e.toString());
        }
    }

    /** Stops following a closed session; its views are told the final counts. */
    void untrack(String sessionId) {
        Tracker tracker = trackers.remove(sessionId);
        if (tracker != null) {
            tracker.views.publish(new Update(new Counts(tracker.before, countsOf(tracker.keys), List.of()), null, null));
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
     * Registers a view of a session, in the view's UI (call it there, e.g. on attach): {@code listener} is told at
     * once the current counts, picture and follow state, then every update by server push through
     * {@link LiveUpdates}. Remove the registration on detach. A closed (untracked) session registers nothing.
     */
    Registration register(String sessionId, UI ui, Consumer<Update> listener) {
        Tracker tracker = trackers.get(sessionId);
        if (tracker == null) {
            return () -> { };
        }
        Registration registration = tracker.views.follow(command -> ui.access(command::run), listener);
        listener.accept(new Update(tracker.counts, tracker.picture, tracker.follow));
        return registration;
    }

    /** The presenter's picture, for the session's projections (told only when it differs from the last). */
    void picture(String sessionId, Picture picture) {
        Tracker tracker = trackers.get(sessionId);
        if (tracker == null) {
            return;
        }
        synchronized (tracker) { // two presenter windows: pictures numbered in the order published
            Picture last = tracker.picture;
            if (picture.sameAs(last)) {
                return;
            }
            boolean continues = last != null && last.areaId().equals(picture.areaId())
                    && last.layoutVersion() == picture.layoutVersion();
            Picture numbered = new Picture(picture.areaId(), picture.graph(), picture.layoutVersion(),
                    last == null ? 1 : last.seq() + 1, continues ? GraphPatch.between(last.graph(), picture.graph()) : null);
            tracker.picture = numbered;
            tracker.views.publish(new Update(null, numbered, null));
        }
    }

    /** The last picture the presenter sent (for the minutes' snapshot). */
    Optional<Picture> lastPicture(String sessionId) {
        Tracker tracker = trackers.get(sessionId);
        return Optional.ofNullable(tracker == null ? null : tracker.picture);
    }

    /** Where the presenter looks, for the session's projections. */
    void follow(String sessionId, Follow follow) {
        Tracker tracker = trackers.get(sessionId);
        if (tracker != null && !follow.equals(tracker.follow)) {
            tracker.follow = follow;
            tracker.views.publish(new Update(null, null, follow));
        }
    }

    /** How many views listen to a session (tests, benchmark). */
    int listening(String sessionId) {
        Tracker tracker = trackers.get(sessionId);
        return tracker == null ? 0 : tracker.views.following();
    }

    /** Follows a session's updates without a UI (the benchmark's own clock); {@code access} runs each. */
    Registration listen(String sessionId, Consumer<Runnable> access, Consumer<Update> listener) {
        Tracker tracker = trackers.get(sessionId);
        return tracker == null ? () -> { } : tracker.views.follow(access, listener);
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
        telling.execute(() -> {
            try {
                apply(changed, changes);
            } catch (RuntimeException e) {
                log.warn("Could not tell the open council sessions of a change", e);
            }
        });
    }

    /** For each session the change touches: the gaps it opened and closed, told to the views first, then recorded. */
    private void apply(GapFindingsChanged changed, List<Pending> changes) {
        for (Tracker tracker : trackers.values()) {
            boolean touches = changed.everything() || changed.areaIds().stream().anyMatch(tracker.areaIds::contains);
            if (!touches) {
                continue; // another area's session: not ours
            }
            Map<String, Integer> now = keys(tracker.areaIds);
            List<SessionChange.Gap> opened = new ArrayList<>(), closed = new ArrayList<>();
            Set<String> all = new TreeSet<>(now.keySet());
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
            SessionChange change = new SessionChange(++tracker.seq, at, first == null ? null : first.username(),
                    first == null ? null : ChangeKinds.change(first.change()),
                    first == null ? null : ChangeKinds.element(first.change()), ids, opened, closed);
            Counts counts = new Counts(tracker.before, countsOf(now), List.of(change));
            tracker.counts = new Counts(tracker.before, counts.now(), List.of());
            tracker.views.publish(new Update(counts, null, null)); // the views first …
            recording.execute(() -> record(tracker.sessionId, change, first)); // … then the bookkeeping
        }
    }

    private void record(String sessionId, SessionChange change, Pending first) {
        try {
            if (repository.addChange(sessionId, change).isEmpty()) {
                return; // closed meanwhile
            }
            List<String> target = new ArrayList<>(List.of(sessionId));
            target.addAll(change.ids());
            audit.record(first == null ? "system" : first.username(), AuditAction.CHANGE, target,
                    "council session change " + change.seq());
        } catch (RuntimeException e) {
            log.warn("Could not record a change in council session {}", sessionId, e);
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
        telling.shutdown();
        recording.shutdown();
        try {
            recording.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
