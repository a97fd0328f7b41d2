package jp.tsunagari.gaps;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds the brokers of every daily-life area (sampled betweenness, {@link Brokers}) in the background: seconds per
 * area, too slow for a request. Started after every load of the projection and this often besides (a change does not
 * move them much); a computation is abandoned when a newer load started.
 */
@Component
class BrokerWorker {

    private static final Logger log = LoggerFactory.getLogger(BrokerWorker.class);

    private final Projection projection;
    private final GapSettings settings;
    private final Messages messages;
    private final ExecutorService worker = Executors
            .newSingleThreadExecutor(Thread.ofPlatform().daemon().name("gap-brokers").factory());
    private final AtomicLong version = new AtomicLong();
    private volatile Map<String, List<Finding>> brokers = Map.of();

    BrokerWorker(Projection projection, GapSettings settings, Messages messages) {
        this.projection = projection;
        this.settings = settings;
        this.messages = messages;
    }

    /** The brokers found last, per daily-life area. */
    Map<String, List<Finding>> brokers() {
        return brokers;
    }

    /** Changes whenever {@link #brokers()} does. */
    long version() {
        return version.get();
    }

    @EventListener
    void on(Projection.Reloaded reloaded) {
        worker.submit(() -> compute(reloaded.generation()));
    }

    @Scheduled(fixedDelayString = "${tsunagari.gaps.broker-interval:1h}",
            initialDelayString = "${tsunagari.gaps.broker-interval:1h}")
    void refresh() {
        if (!projection.isStale() && projection.lastLoaded() != null) {
            long generation = projection.generation();
            worker.submit(() -> compute(generation));
        }
    }

    /**
     * The top brokers of every daily-life area, by betweenness on a copy of the area's graph taken under the read lock
     * (the computation itself runs outside it).
     */
    private void compute(long generation) {
        long start = System.nanoTime();
        Map<String, List<Finding>> found = new TreeMap<>();
        List<String> areas = projection.read(SupportNetwork::dailyLifeAreas);
        for (String area : areas) {
            if (projection.generation() != generation || settings.brokersPerArea() <= 0) {
                return;
            }
            var areaGraph = projection.read(n -> Brokers.areaGraph(n, area));
            Map<String, Double> scores = Brokers.betweenness(areaGraph, settings.brokerPivots());
            found.put(area, projection.read(n -> Brokers.top(n, area, scores, settings.brokersPerArea(), messages)));
        }
        if (projection.generation() == generation) {
            brokers = found;
            version.incrementAndGet();
            log.info("Gap analysis: brokers of {} daily-life areas found in {} ms", areas.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Waits until the work queued so far is done (tests and the benchmark). */
    void awaitIdle() throws Exception {
        worker.submit(() -> { }).get();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
