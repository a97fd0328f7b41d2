package jp.tsunagari.gaps;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * What would be new if some people, organizations or services stopped (もしも…): every detector on a copy of the
 * network without them, compared with the findings now. Nothing is saved, and the projection is not changed.
 */
@Component
class WhatIfAnalysis {

    private final Projection projection;
    private final Analyser analyser;

    WhatIfAnalysis(Projection projection, Analyser analyser) {
        this.projection = projection;
        this.analyser = analyser;
    }

    /** The stopped nodes and the findings they would cause. */
    record WhatIf(List<String> stopped, List<Finding> newFindings) {
    }

    /**
     * Stopping these nodes and — when given — every active provider offering that service kind and/or serving within
     * that area (at any level: a municipality stops everything serving inside it).
     */
    WhatIf whatIf(Collection<String> nodeIds, String serviceKind, String areaId) {
        boolean byKind = serviceKind != null && !serviceKind.isBlank();
        boolean byArea = areaId != null && !areaId.isBlank();
        return projection.readWithFindings((network, analysis) -> {
            Set<String> stopped = new HashSet<>(nodeIds);
            if (byKind || byArea) {
                network.providers().values().stream()
                        .filter(p -> !byKind || p.offers().contains(serviceKind))
                        .filter(p -> !byArea || p.serves().stream().anyMatch(a -> network.within(a, areaId)))
                        .forEach(p -> stopped.add(p.id()));
            }
            Set<String> before = analysis.all().stream().map(WhatIfAnalysis::key).collect(Collectors.toSet());
            List<Finding> after = analyser.analyse(network.without(stopped)).all();
            return new WhatIf(stopped.stream().sorted().toList(),
                    after.stream().filter(f -> !before.contains(key(f))).toList());
        });
    }

    private static String key(Finding f) {
        return f.type() + "|" + f.subject() + "|" + (f.type() == GapType.UNMET_NEED ? f.related() : "");
    }
}
