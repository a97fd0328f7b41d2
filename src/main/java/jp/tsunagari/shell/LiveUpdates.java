package jp.tsunagari.shell;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import jp.tsunagari.gaps.GapFindingsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one way open views learn of changes by Vaadin server push. After the gap engine applied a committed change
 * ({@link GapFindingsChanged}), every view that {@link #follow follows} it is told, in its own UI's session. Changes
 * come in bursts (an import, an undo of several ties): while a view's refresh is pending, later changes are merged
 * into it, so a view refreshes once per burst. The committing thread only hands the change on: it must not wait for
 * other users' pages.
 * <p>
 * A feature whose views share something computed once per change (a council session's counts, the presenter's
 * picture) opens a {@link #channel channel} of its own: what is published on it reaches every view following it by
 * the same machinery — one virtual thread per view, so a slow browser holds up no other, and bursts merged.
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Channel<GapFindingsChanged> changes = new Channel<>(executor, GapFindingsChanged::and);

    /**
     * Tells {@code view}, while it is attached, of every change — inside its UI's lock ({@code UI.access}), so the
     * listener may read the database and change components. The listener decides whether the change concerns it
     * ({@link GapFindingsChanged#concerns}).
     */
    public Registration follow(com.vaadin.flow.component.Component view, Consumer<GapFindingsChanged> listener) {
        return changes.follow(view, listener);
    }

    /** As {@link #follow(com.vaadin.flow.component.Component, Consumer)}, running the listener through {@code access}. */
    Registration follow(Consumer<Runnable> access, Consumer<GapFindingsChanged> listener) {
        return changes.follow(access, listener);
    }

    /** How many attached views follow the changes (a detached view must not). */
    public int following() {
        return changes.following();
    }

    /**
     * A new channel: values published on it reach the views following it; a value published while a view has one
     * pending is merged into it ({@code merge(earlier, later)}).
     */
    public <T> Channel<T> channel(BinaryOperator<T> merge) {
        return new Channel<>(executor, merge);
    }

    @EventListener
    void on(GapFindingsChanged change) {
        changes.publish(change);
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }

    /** Values pushed to the views following them, each in its own UI's lock. */
    public static final class Channel<T> {

        private final Set<Follower<T>> followers = new CopyOnWriteArraySet<>();
        private final ExecutorService executor;
        private final BinaryOperator<T> merge;

        Channel(ExecutorService executor, BinaryOperator<T> merge) {
            this.executor = executor;
            this.merge = merge;
        }

        /** Tells {@code view}, while it is attached, of every value published, inside its UI's lock. */
        public Registration follow(com.vaadin.flow.component.Component view, Consumer<T> listener) {
            AtomicReference<Follower<T>> current = new AtomicReference<>();
            Runnable start = () -> view.getUI().ifPresent(ui -> {
                Follower<T> follower = new Follower<>(command -> ui.access(command::run), listener, merge);
                Follower<T> before = current.getAndSet(follower);
                if (before != null) {
                    followers.remove(before);
                }
                followers.add(follower);
            });
            Runnable stop = () -> {
                Follower<T> follower = current.getAndSet(null);
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

        /** Tells {@code listener} of every value published, running it through {@code access}. */
        public Registration follow(Consumer<Runnable> access, Consumer<T> listener) {
            Follower<T> follower = new Follower<>(access, listener, merge);
            followers.add(follower);
            return () -> followers.remove(follower);
        }

        /**
         * Hands {@code value} to every follower and returns at once: each follower is told in its UI on a virtual
         * thread of its own; values reach a follower in the order they were published (merged while it is busy).
         */
        public void publish(T value) {
            followers.forEach(follower -> follower.tell(value, executor));
        }

        /** How many follow the channel. */
        public int following() {
            return followers.size();
        }
    }

    /** One follower: at most one value pending in its UI, later ones merged into it. */
    private static final class Follower<T> {

        private final Consumer<Runnable> access;
        private final Consumer<T> listener;
        private final BinaryOperator<T> merge;
        private final AtomicReference<T> pending = new AtomicReference<>();

        Follower(Consumer<Runnable> access, Consumer<T> listener, BinaryOperator<T> merge) {
            this.access = access;
            this.listener = listener;
            this.merge = merge;
        }

        /** Merges {@code value} into what is pending; when nothing was, asks the UI to take it (on {@code executor}). */
        void tell(T value, ExecutorService executor) {
            if (pending.getAndAccumulate(value, (before, now) -> before == null ? now : merge.apply(before, now)) == null) {
                try {
                    executor.execute(this::deliver);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    pending.set(null); // shutting down
                }
            }
        }

        private void deliver() {
            try {
                access.accept(() -> {
                    T merged = pending.getAndSet(null);
                    if (merged != null) {
                        listener.accept(merged);
                    }
                });
            } catch (RuntimeException e) {
                pending.set(null);
                log.debug("A view could not be told of a change", e);
            }
        }
    }
}
