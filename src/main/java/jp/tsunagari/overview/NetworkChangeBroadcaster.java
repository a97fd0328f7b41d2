package jp.tsunagari.overview;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import jp.tsunagari.network.NetworkChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells open overview pages that the network changed, after the change is committed. */
@Component
class NetworkChangeBroadcaster {

    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();

    @TransactionalEventListener(fallbackExecution = true)
    void on(NetworkChanged change) {
        listeners.forEach(Runnable::run);
    }

    /** Registers a listener; run the returned action to unregister. */
    Runnable register(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
