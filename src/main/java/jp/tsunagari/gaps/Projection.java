package jp.tsunagari.gaps;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The support network projected from Neo4j and the findings on it, swapped and changed together under one
 * read–write lock. When stale — never loaded yet, after a change that could not be applied in place, a bulk load, or a
 * write made outside this instance (noticed by a fingerprint of counts checked every few seconds) — the next reader
 * reloads it whole. Each reload is announced ({@link Reloaded}) so background work can start on it.
 */
@Component
class Projection {

    private static final Logger log = LoggerFactory.getLogger(Projection.class);

    /** A new state was loaded; {@code generation} counts loads. */
    record Reloaded(long generation) {
    }

    private final SupportNetworkLoader loader;
    private final Analyser analyser;
    private final OutsideChangeCheck outside;
    private final ApplicationEventPublisher events;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong version = new AtomicLong();
    private volatile SupportNetwork network;
    private Analysis analysis;
    private volatile List<Long> loadedFingerprint = List.of();

    Projection(SupportNetworkLoader loader, Analyser analyser, OutsideChangeCheck outside,
               ApplicationEventPublisher events) {
        this.loader = loader;
        this.analyser = analyser;
        this.outside = outside;
        this.events = events;
    }

    /** Answers a question on the current state under the read lock (nothing read may escape the call mutable). */
    <T> T read(Function<SupportNetwork, T> question) {
        return readWithFindings((network, analysis) -> question.apply(network));
    }

    <T> T readWithFindings(java.util.function.BiFunction<SupportNetwork, Analysis, T> question) {
        ensureCurrent();
        lock.readLock().lock();
        try {
            return question.apply(network, analysis);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Changes the current state in place under the write lock — if it is current: a stale state is reloaded whole
     * later anyway. A failure marks it stale. Returns whether the change was applied.
     */
    boolean change(BiConsumer<SupportNetwork, Analysis> work) {
        if (stale.get()) {
            return false;
        }
        lock.writeLock().lock();
        try {
            if (network == null || stale.get()) {
                return false;
            }
            work.accept(network, analysis);
            version.incrementAndGet();
            if (!stale.get()) {
                // The change applied here moves the counts the outside-change check compares: take them anew, or
                // the check would take this change for an outside one and have the whole network reloaded.
                loadedFingerprint = outside.fingerprint();
            }
            return !stale.get();
        } catch (RuntimeException e) {
            stale.set(true);
            throw e;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Whatever changed, the next reader reloads. */
    void markStale() {
        stale.set(true);
        version.incrementAndGet();
    }

    boolean isStale() {
        return stale.get();
    }

    /** Changes with every change applied and every load: a cache of what was read may be kept while it stays. */
    long version() {
        return version.get();
    }

    long generation() {
        return generation.get();
    }

    /** The state last loaded or changed, without reloading (for display names read outside the lock). */
    SupportNetwork lastLoaded() {
        return network;
    }

    /** Marks the projection stale when the database changed behind this instance's back. */
    @Scheduled(fixedDelayString = "${tsunagari.gaps.change-check-interval:5s}",
            initialDelayString = "${tsunagari.gaps.change-check-interval:5s}")
    void checkForOutsideChanges() {
        if (!stale.get() && !outside.fingerprint().equals(loadedFingerprint)) {
            markStale();
        }
    }

    /** Reloads from the database now; returns the number of findings. */
    int reload() {
        lock.writeLock().lock();
        try {
            stale.set(false);
            load();
            return analysis.size();
        } catch (RuntimeException e) {
            stale.set(true);
            throw e;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void ensureCurrent() {
        if (stale.get()) {
            lock.writeLock().lock();
            try {
                if (stale.getAndSet(false)) {
                    load();
                }
            } catch (RuntimeException e) {
                stale.set(true);
                throw e;
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    private void load() {
        long start = System.nanoTime();
        loadedFingerprint = outside.fingerprint();
        SupportNetwork loaded = loader.load();
        long read = System.nanoTime();
        analysis = analyser.analyse(loaded);
        network = loaded;
        version.incrementAndGet();
        log.info("Gap analysis: {} residents loaded in {} ms, analysed in {} ms", loaded.residents().size(),
                (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        events.publishEvent(new Reloaded(generation.incrementAndGet()));
    }
}
