package jp.tsunagari.diagram;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tsunagari.security.AreaScope;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may open which area in the network image, provider-network and association views, shared by their queries:
 * coordinators their own areas (layer 1 the whole municipality, layer 2 their daily-life areas), council viewers
 * every area where a view admits them; an area outside the user's is refused and audited (ids only). Also how a
 * resident is labelled ({@link CurrentUser#residentName}). Every query is a constant with parameters.
 */
@Component
class DiagramAccess {

    static final String AREAS = """
            MATCH (a:Area) WHERE a.level IN $levels AND ($all OR a.id IN $areaIds)
            RETURN a.id AS id, a.name AS name
            ORDER BY CASE a.level WHEN 'MUNICIPALITY' THEN 0 ELSE 1 END, a.id""";

    static final String AREA = """
            MATCH (a:Area {id: $areaId}) WHERE a.level IN ['MUNICIPALITY', 'DAILY_LIFE_AREA']
            RETURN a.id AS id, a.name AS name, a.level AS level,
                   COLLECT { MATCH (d:Area {level: 'DAILY_LIFE_AREA'})-[:PART_OF*0..]->(a)
                             RETURN d {.id, .name} ORDER BY d.id } AS dailyLifeAreas""";

    /**
     * The area a view shows: a daily-life area or the municipality, with the daily-life areas it holds (itself for
     * a daily-life area), by id.
     */
    record ViewArea(String id, String name, boolean municipality, List<DiagramQueries.AreaChoice> dailyLifeAreas) {

        List<String> dailyLifeAreaIds() {
            return dailyLifeAreas.stream().map(DiagramQueries.AreaChoice::id).toList();
        }
    }

    private final Neo4jClient client;
    private final CurrentUser user;
    private final AuditTrail audit;

    DiagramAccess(Neo4jClient client, CurrentUser user, AuditTrail audit) {
        this.client = client;
        this.user = user;
        this.audit = audit;
    }

    /** Refuses (logged, audited) anyone but a coordinator of layer 1 or 2, or also a council viewer. */
    void requireViewer(boolean councils) {
        if (councils) {
            user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR, Role.COUNCIL_VIEWER);
        } else {
            user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR);
        }
    }

    /** Whether the user sees residents as coordinators do; otherwise (a council) nothing may identify one. */
    boolean identifiesResidents() {
        return user.has(Role.LAYER1_COORDINATOR) || user.has(Role.LAYER2_COORDINATOR);
    }

    /** The areas the user may open: the municipality first (for those who see all of it), then daily-life areas. */
    List<DiagramQueries.AreaChoice> areas(boolean councils) {
        requireViewer(councils);
        AreaScope scope = scope();
        List<String> levels = scope.all() ? List.of("MUNICIPALITY", "DAILY_LIFE_AREA") : List.of("DAILY_LIFE_AREA");
        return client.query(AREAS)
                .bindAll(Map.of("levels", levels, "all", scope.all(), "areaIds", List.copyOf(scope.areaIds())))
                .fetch().all().stream()
                .map(row -> new DiagramQueries.AreaChoice(DiagramQueries.str(row, "id"), DiagramQueries.str(row, "name")))
                .toList();
    }

    /**
     * The area, when the user may open it: empty when there is no such municipality or daily-life area; refused,
     * and audited, outside the user's areas (a layer-2 coordinator asking for the municipality, too).
     */
    Optional<ViewArea> area(String areaId, boolean councils) {
        requireViewer(councils);
        if (identifiesResidents()) {
            user.requireArea(areaId); // councils see every area, without residents
        }
        return client.query(AREA).bindAll(Map.of("areaId", areaId)).fetch().one().map(row -> new ViewArea(
                DiagramQueries.str(row, "id"), DiagramQueries.str(row, "name"),
                "MUNICIPALITY".equals(row.get("level")),
                DiagramQueries.maps(row, "dailyLifeAreas").stream().map(d -> new DiagramQueries.AreaChoice(
                        DiagramQueries.str(d, "id"), DiagramQueries.str(d, "name"))).toList()));
    }

    /** A resident's label as this user may see it (name, or pseudonym); never call it for a council's picture. */
    String residentLabel(Map<String, Object> row) {
        return residentLabel(row, "residentId");
    }

    /** The same, for a row whose resident id is in the column {@code idColumn}. */
    String residentLabel(Map<String, Object> row, String idColumn) {
        String id = DiagramQueries.str(row, idColumn);
        String pseudonym = DiagramQueries.str(row, "pseudonym");
        return user.residentName(DiagramQueries.str(row, "name"), pseudonym == null ? id : pseudonym,
                Boolean.TRUE.equals(row.get("consent")));
    }

    private AreaScope scope() {
        return identifiesResidents() ? user.residentScope() : AreaScope.ALL;
    }
}
