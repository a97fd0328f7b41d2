package jp.tsunagari.network;

import org.springframework.context.ApplicationEventPublisher;

/** Publishing a change inside the transaction that made it, and handing it back to the service's caller. */
final class Changes {

    private Changes() {
    }

    static <C extends NetworkChanged> C publish(ApplicationEventPublisher events, C change) {
        events.publishEvent(change);
        return change;
    }
}
