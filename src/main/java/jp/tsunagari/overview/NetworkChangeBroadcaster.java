package jp.tsunagari.overview;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jp.tsunagari.gaps.GapFindingsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open overview pages that the network changed, once the gap engine has applied the committed change to the
 * projection the counts are read from ({@link GapFindingsChanged}; told earlier, a page could read the counts from
 * before the change) — on threads of its own: the event comes on the committing thread, still inside the finished
 * transaction.
 */
@Component
class NetworkChangeBroadcaster {

    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @EventListener
    void on(GapFindingsChanged change) {
        listeners.forEach(executor::execute);
    }

    /** Registers a listener; run the returned action to unregister. */
    Runnable register(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
