package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jp.tsunagari.network.NetworkChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps a snapshot of the support network and the findings of every detector on it. A committed change marks the
 * snapshot stale, and so does a changed fingerprint of the database, checked every few seconds for writes made
 * outside this instance; the next request reloads it (a full reload for now — applying changes incrementally is
 * still to come).
 */
@Component
class GapEngine {

    private static final Logger log = LoggerFactory.getLogger(GapEngine.class);
    private final SupportNetworkLoader loader;
    private final GapSettings settings;
    private final Messages messages;
    private final List<GapDetector> detectors = List.of(new IsolatedResidentDetector(), new SingleSupporterDetector(),
            new UnmetNeedDetector(), new NetworkNotFormedDetector(), new KeyPersonDetector(),
            new OutsideSameKindNetworkDetector(), new NoCrossKindNetworkDetector(),
            new AssociationReferralDetectors.WithoutNpo(), new AssociationReferralDetectors.UnreferredNeed(),
            new AreaServiceDetectors.NoSameKindNetwork(), new AreaServiceDetectors.Shortage(),
            new AreaServiceDetectors.Duplication(), new CrossKindDetectors.MissingKind(),
            new CrossKindDetectors.SiloedCluster());
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private volatile List<Finding> findings = List.of();
    private volatile SupportNetwork network;

    private final OutsideChangeCheck outside;
    private volatile List<Long> loadedFingerprint = List.of();

    GapEngine(SupportNetworkLoader loader, GapSettings settings, Messages messages, OutsideChangeCheck outside) {
        this.loader = loader;
        this.settings = settings;
        this.messages = messages;
        this.outside = outside;
    }

    /** Marks the snapshot stale when the database changed behind this instance's back. */
    @Scheduled(fixedDelayString = "${tsunagari.gaps.change-check-interval:5s}",
            initialDelayString = "${tsunagari.gaps.change-check-interval:5s}")
    void checkForOutsideChanges() {
        if (!stale.get() && !outside.fingerprint().equals(loadedFingerprint)) {
            stale.set(true);
        }
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
                    reload();
                }
            }
        }
        return findings;
    }

    /**
     * What would be new if these stopped: the findings on the network without them that are not findings now
     * (newly isolated residents, newly unmet needs, new key persons…). Nothing is saved.
     */
    WhatIf whatIf(java.util.function.Function<SupportNetwork, Set<String>> stopping) {
        SupportNetwork now = current();
        Set<String> stopped = stopping.apply(now);
        Set<String> before = findings().stream().map(GapEngine::key).collect(java.util.stream.Collectors.toSet());
        List<Finding> after = analyse(now.without(stopped));
        return new WhatIf(stopped.stream().sorted().toList(),
                after.stream().filter(f -> !before.contains(key(f))).toList());
    }

    /** The stopped nodes and the findings they would cause. */
    record WhatIf(List<String> stopped, List<Finding> newFindings) {
    }

    private static String key(Finding f) {
        return f.type() + "|" + f.subject() + "|" + (f.type() == GapType.UNMET_NEED ? f.related() : "");
    }

    /** The current snapshot (loaded if needed). */
    SupportNetwork current() {
        findings();
        return network;
    }

    /** Reloads the network from the database and recomputes every finding. */
    synchronized int refresh() {
        stale.set(false);
        reload();
        return findings.size();
    }

    private void reload() {
        loadedFingerprint = outside.fingerprint();
        network = loader.load();
        findings = analyse(network);
    }

    /** Each detector's time on this network, in milliseconds (for the benchmark). */
    java.util.Map<String, Double> timeDetectors(SupportNetwork network) {
        java.util.Map<String, Double> times = new java.util.LinkedHashMap<>();
        for (GapDetector detector : detectors) {
            long start = System.nanoTime();
            detector.detect(network, settings, messages);
            times.merge(detector.type().name(), (System.nanoTime() - start) / 1e6, Double::sum);
        }
        return times;
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
