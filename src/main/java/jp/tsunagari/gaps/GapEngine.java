package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jp.tsunagari.network.NetworkChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps a snapshot of the support network and the findings of every detector on it. A committed change marks the
 * snapshot stale; the next request reloads it (a full reload for now — incremental updates, and noticing writes made
 * outside this instance, are still to come).
 */
@Component
class GapEngine {

    private static final Logger log = LoggerFactory.getLogger(GapEngine.class);
    private final SupportNetworkLoader loader;
    private final GapSettings settings;
    private final Messages messages;
    private final List<GapDetector> detectors = List.of(new IsolatedResidentDetector(), new SingleSupporterDetector(),
            new UnmetNeedDetector(), new NetworkNotFormedDetector(), new KeyPersonDetector());
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private volatile List<Finding> findings = List.of();

    GapEngine(SupportNetworkLoader loader, GapSettings settings, Messages messages) {
        this.loader = loader;
        this.settings = settings;
        this.messages = messages;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NetworkChanged change) {
        stale.set(true);
    }

    /** All current findings, recomputed first if the network changed since the last computation. */
    List<Finding> findings() {
        if (stale.get()) {
            synchronized (this) {
                if (stale.getAndSet(false)) {
                    findings = analyse(loader.load());
                }
            }
        }
        return findings;
    }

    /** Reloads the network from the database and recomputes every finding. */
    synchronized int refresh() {
        stale.set(false);
        findings = analyse(loader.load());
        return findings.size();
    }

    List<Finding> analyse(SupportNetwork network) {
        long start = System.nanoTime();
        List<Finding> all = new ArrayList<>();
        for (GapDetector detector : detectors) {
            all.addAll(detector.detect(network, settings, messages));
        }
        log.info("Gap analysis: {} findings on {} residents in {} ms", all.size(), network.residents().size(),
                (System.nanoTime() - start) / 1_000_000);
        return List.copyOf(all);
    }
}
