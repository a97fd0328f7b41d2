package jp.tsunagari.diagram;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jp.tsunagari.gaps.GapFindingsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open diagram views that the findings changed — after the gap engine applied a committed change, so a view
 * refreshing reads the new findings — on threads of its own (the committing thread must not wait for other users'
 * pages). Views register when attached and unregister when detached.
 */
@Component
class DiagramRefresher {

    private final Set<Consumer<GapFindingsChanged>> listeners = new CopyOnWriteArraySet<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @EventListener
    void on(GapFindingsChanged change) {
        listeners.forEach(listener -> executor.execute(() -> listener.accept(change)));
    }

    /** Registers a listener; run the returned action to unregister. */
    Runnable register(Consumer<GapFindingsChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many views listen (for tests: a detached view must not). */
    int listening() {
        return listeners.size();
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
