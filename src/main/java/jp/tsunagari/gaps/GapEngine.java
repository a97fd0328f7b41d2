package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The gap engine as the rest of the module uses it: the current findings (the projection's and the brokers'), questions
 * on the current network, what-if, and a full reload. The work is done by {@link Projection} (keeping the network and
 * its findings current), {@link IncrementalUpdates} (applying each committed change), {@link Analyser} (the detectors),
 * {@link WhatIfAnalysis} and {@link BrokerWorker}.
 */
@Component
class GapEngine {

    private final Projection projection;
    private final WhatIfAnalysis whatIf;
    private final BrokerWorker brokers;

    /** The findings read last, and the versions of projection and brokers they were read at. */
    private record Snapshot(long projection, long brokers, List<Finding> findings) {
    }

    private volatile Snapshot snapshot = new Snapshot(-1, -1, List.of());

    GapEngine(Projection projection, WhatIfAnalysis whatIf, BrokerWorker brokers) {
        this.projection = projection;
        this.whatIf = whatIf;
        this.brokers = brokers;
    }

    /** All current findings (loading the network first if it is not current). */
    List<Finding> findings() {
        return projection.readWithFindings((network, analysis) -> {
            Snapshot known = snapshot;
            long projectionVersion = projection.version();
            long brokersVersion = brokers.version();
            if (known.projection() != projectionVersion || known.brokers() != brokersVersion) {
                List<Finding> every = analysis.all();
                brokers.brokers().values().forEach(every::addAll);
                known = new Snapshot(projectionVersion, brokersVersion, List.copyOf(every));
                snapshot = known;
            }
            return known.findings();
        });
    }

    /** Answers a question on the current network under the read lock (the network must not escape the call). */
    <T> T read(Function<SupportNetwork, T> question) {
        return projection.read(question);
    }

    /** See {@link WhatIfAnalysis#whatIf}. */
    WhatIfAnalysis.WhatIf whatIf(Collection<String> nodeIds, String serviceKind, String areaId) {
        return whatIf.whatIf(new ArrayList<>(nodeIds), serviceKind, areaId);
    }

    /** Reloads the network from the database and recomputes every finding; returns how many there are. */
    int refresh() {
        return projection.reload();
    }

    /** Waits until background work queued so far (brokers) is done — for tests and the benchmark. */
    void awaitBackgroundWork() throws Exception {
        brokers.awaitIdle();
    }

    /** The current projection, for tests and the benchmark (not to be changed). */
    SupportNetwork current() {
        return projection.read(network -> network);
    }
}
