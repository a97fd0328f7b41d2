package jp.tsunagari.gaps;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the reads that apply a change in place ({@link IncrementalUpdates}: residents, helpers, names, colleagues by
 * id) once, for an id no node has, when the projection was first loaded. Neo4j plans a query the first time it sees
 * it; cold, those plans made the first change after a start take seconds on the committing thread (the council
 * benchmark: 3.6 s on the loaded machine, against ~0.2 s for the next ones) — the first edit of a council session
 * after a restart would wait for them. Read-only, on a thread of its own, after the load it needs.
 */
@Component
class IncrementalReadsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(IncrementalReadsWarmUp.class);
    /** No node has this id: ids written by the app start with a letter or digit. */
    private static final String NO_ID = "#warm-up";

    private final SupportNetworkLoader loader;
    private final Projection projection;

    IncrementalReadsWarmUp(SupportNetworkLoader loader, Projection projection) {
        this.loader = loader;
        this.projection = projection;
    }

    @EventListener
    void on(Projection.Reloaded reloaded) {
        if (reloaded.generation() == 1) {
            Thread.ofVirtual().name("gaps-warm-up").start(this::warmUp);
        }
    }

    void warmUp() {
        long start = System.nanoTime();
        try {
            SupportNetwork network = projection.lastLoaded();
            if (network != null) {
                loader.residents(Set.of(NO_ID), network);
            }
            loader.helpers(Set.of(NO_ID));
            loader.names(Set.of(NO_ID));
            loader.worksForNeighbours(NO_ID);
            log.debug("Incremental reads planned in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.debug("Warming up the incremental reads failed; the first change plans them", e);
        }
    }
}
