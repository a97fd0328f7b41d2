package jp.tsunagari.overview;

import java.util.List;

import jp.tsunagari.gaps.AreaCounts;
import jp.tsunagari.gaps.AreaCountsFromProjection;
import jp.tsunagari.security.AreaScope;
import jp.tsunagari.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The area counts each user may see: coordinators their scope, exactly; councils and analysts the whole city with
 * small counts suppressed; administrators nothing. The counts come from the gap engine's projection
 * ({@link AreaCountsFromProjection}): milliseconds at city scale, where the same Cypher
 * ({@code cypher/queries/area-statistics.cypher}) takes seconds.
 */
@Service
class AreaOverview {

    private final AreaCountsFromProjection counts;
    private final CurrentUser user;

    AreaOverview(AreaCountsFromProjection counts, CurrentUser user) {
        this.counts = counts;
        this.user = user;
    }

    List<AreaRow> visible() {
        AreaScope scope = user.aggregateScope();
        if (scope.none()) {
            return List.of();
        }
        List<AreaCounts> all = counts.all();
        boolean suppress = user.suppressesSmallCounts();
        int minimum = user.minimumCellSize();
        return all.stream().filter(a -> scope.contains(a.id()))
                .map(a -> new AreaRow(a.id(), a.name(), a.level(),
                        // Above the user's scope the tree starts at their own areas.
                        scope.contains(a.parentId()) ? a.parentId() : null,
                        cell(a.residents(), suppress, minimum), cell(a.unsupported(), suppress, minimum),
                        cell(a.supporters(), suppress, minimum), cell(a.organizations(), suppress, minimum),
                        cell(a.networks(), suppress, minimum), suppress ? minimum : null))
                .toList();
    }

    private static Long cell(long value, boolean suppress, int minimum) {
        return suppress && value < minimum ? null : value;
    }
}
