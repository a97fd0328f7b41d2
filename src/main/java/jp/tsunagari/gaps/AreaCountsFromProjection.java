package jp.tsunagari.gaps;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The start page's counts for every area ({@link AreaCounts}), read from the gap engine's projection of the network
 * rather than from Neo4j: at city scale (116,000 residents) the same counts take seconds of Cypher and, here,
 * milliseconds — worked out once per state of the projection, and again after the engine applied a change
 * ({@link GapFindingsChanged} tells when). Aggregates of every area, unfiltered: callers apply their user's scope
 * and small-count suppression (as {@code overview.AreaOverview} does).
 */
@Component
public class AreaCountsFromProjection {

    private final GapEngine engine;

    AreaCountsFromProjection(GapEngine engine) {
        this.engine = engine;
    }

    /** Every area, sorted by id (loading the projection first if it is not current). */
    public List<AreaCounts> all() {
        return engine.read(SupportNetwork::areaCounts);
    }
}
