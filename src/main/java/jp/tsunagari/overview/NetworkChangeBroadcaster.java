package jp.tsunagari.overview;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jp.tsunagari.network.NetworkChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open overview pages that the network changed, after the change is committed — on threads of its own: the
 * committing thread is still inside the finished transaction, and a page refreshing there could not query.
 */
@Component
class NetworkChangeBroadcaster {

    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @TransactionalEventListener(fallbackExecution = true)
    void on(NetworkChanged change) {
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
