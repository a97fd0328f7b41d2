package jp.tsunagari.shell;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import jp.tsunagari.gaps.GapFindingsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one way open views learn that the network changed: after the gap engine applied a committed change
 * ({@link GapFindingsChanged}), every view that {@link #follow follows} it is told by Vaadin server push, in its own
 * UI's session. Changes come in bursts (an import, an undo of several ties): while a view's refresh is pending, later
 * changes are merged into it, so a view refreshes once per burst. The committing thread only hands the change on: it
 * must not wait for other users' pages.
 */
@Component
public class LiveUpdates {

    private final Set<Follower> followers = new CopyOnWriteArraySet<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * Tells {@code view}, while it is attached, of every change — inside its UI's lock ({@code UI.access}), so the
     * listener may read the database and change components. The listener decides whether the change concerns it
     * ({@link GapFindingsChanged#concerns}).
     */
    public Registration follow(com.vaadin.flow.component.Component view, Consumer<GapFindingsChanged> listener) {
        AtomicReference<Follower> current = new AtomicReference<>();
        Runnable start = () -> view.getUI().ifPresent(ui -> {
            Follower follower = new Follower(command -> ui.access(command::run), listener);
            Follower before = current.getAndSet(follower);
            if (before != null) {
                followers.remove(before);
            }
            followers.add(follower);
        });
        Runnable stop = () -> {
            Follower follower = current.getAndSet(null);
            if (follower != null) {
                followers.remove(follower);
            }
        };
        Registration attach = view.addAttachListener(e -> start.run());
        Registration detach = view.addDetachListener(e -> stop.run());
        if (view.isAttached()) {
            start.run();
        }
        return () -> {
            attach.remove();
            detach.remove();
            stop.run();
        };
    }

    /** As {@link #follow(com.vaadin.flow.component.Component, Consumer)}, running the listener through {@code access}. */
    Registration follow(Consumer<Runnable> access, Consumer<GapFindingsChanged> listener) {
        Follower follower = new Follower(access, listener);
        followers.add(follower);
        return () -> followers.remove(follower);
    }

    /** How many attached views follow the changes (a detached view must not). */
    public int following() {
        return followers.size();
    }

    @EventListener
    void on(GapFindingsChanged change) {
        followers.forEach(follower -> executor.execute(() -> follower.tell(change)));
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }

    /** One attached view: at most one refresh pending in its UI, later changes merged into it. */
    private static final class Follower {

        private final Consumer<Runnable> access;
        private final Consumer<GapFindingsChanged> listener;
        private final AtomicReference<GapFindingsChanged> pending = new AtomicReference<>();

        Follower(Consumer<Runnable> access, Consumer<GapFindingsChanged> listener) {
            this.access = access;
            this.listener = listener;
        }

        void tell(GapFindingsChanged change) {
            if (pending.getAndAccumulate(change, (before, now) -> before == null ? now : before.and(now)) == null) {
                access.accept(() -> {
                    GapFindingsChanged merged = pending.getAndSet(null);
                    if (merged != null) {
                        listener.accept(merged);
                    }
                });
            }
        }
    }
}
