package jp.tsunagari.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.gaps.GapCounts;
import jp.tsunagari.gaps.GapType;
import jp.tsunagari.network.AreaLevel;
import jp.tsunagari.security.AreaScope;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the 支え合いマップ shows, as the signed-in user may see it. Coordinators see their own areas with exact
 * counts; council viewers and analysts see the whole city with counts under the minimum cell size as null
 * (「10未満」); administrators see the boundaries only (to import and check them), no counts. Residents are never
 * placed: only counts per area. Providers are organizations, not personal data, and are shown to everyone who sees
 * the map, within the coordinators' scope.
 */
@Service
class MapData {

    /**
     * One area as the map shows it. Counts are null when not known to this user or suppressed (then
     * {@code suppressedBelow} is the minimum cell size).
     *
     * @param boundary  the area's boundary as GeoJSON geometry text, or null when none was imported
     * @param residents residents known to coordinators living in the area
     * @param gapCount  current findings of the chosen gap type in the area (null without a type)
     * @param providers active organizations offering the chosen service kind and serving the area (not suppressed:
     *                  organizations are not people)
     * @param needing   residents of the area needing the chosen service kind
     */
    record AreaFeature(String id, String name, AreaLevel level, String parentId, String boundary, Long residents,
                       Long gapCount, Long providers, Long needing, Integer suppressedBelow) {
    }

    /** Same-kind network membership of a provider, for the chosen service kind (or any it offers). */
    enum Membership {
        /** Member of a same-kind network (同種事業者間ネットワーク). */
        MEMBER,
        /** Outside the same-kind network of its kind that covers where it serves. */
        OUTSIDE,
        /** There is no same-kind network of its kind where it serves. */
        NO_NETWORK
    }

    record Provider(String id, String name, String type, boolean active, double latitude, double longitude,
                    List<String> offers, Membership membership) {
    }

    private final Neo4jClient client;
    private final CurrentUser user;
    private final GapCounts gaps;

    MapData(Neo4jClient client, CurrentUser user, GapCounts gaps) {
        this.client = client;
        this.user = user;
        this.gaps = gaps;
    }

    /** Who may open the map: coordinators, council viewers, analysts, and administrators (boundaries only). */
    void requireMapRole() {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR, Role.COUNCIL_VIEWER, Role.ANALYST, Role.ADMIN);
    }

    /** Whether this user sees counts at all (administrators do not). */
    boolean seesCounts() {
        return user.has(Role.LAYER1_COORDINATOR) || user.has(Role.LAYER2_COORDINATOR) || user.has(Role.COUNCIL_VIEWER)
                || user.has(Role.ANALYST);
    }

    /** The minimum cell size when this user's counts are suppressed, else null. */
    Integer suppressedBelow() {
        return user.suppressesSmallCounts() && seesCounts() ? user.minimumCellSize() : null;
    }

    /**
     * The areas of one level within the user's scope, with the counts of {@code type} (may be null) and the
     * coverage of {@code service} (a ServiceKind code, may be null).
     */
    @Transactional(readOnly = true)
    List<AreaFeature> areas(AreaLevel level, GapType type, String service) {
        requireMapRole();
        boolean counts = seesCounts();
        AreaScope scope = counts ? user.aggregateScope() : AreaScope.ALL;
        if (scope.none()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("level", level.name());
        parameters.put("all", scope.all());
        parameters.put("areas", List.copyOf(scope.areaIds()));
        parameters.put("service", service);
        parameters.put("counts", counts);
        List<Map<String, Object>> rows = List.copyOf(client.query("""
                        MATCH (a:Area {level: $level})
                        WHERE $all OR a.id IN $areas OR EXISTS { (a)-[:PART_OF*1..]->(p:Area) WHERE p.id IN $areas }
                        OPTIONAL MATCH (a)-[:PART_OF]->(parent:Area)
                        CALL (a) {
                          OPTIONAL MATCH (r:Resident)-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(a) WHERE $counts
                          RETURN count(r) AS residents
                        }
                        CALL (a) {
                          OPTIONAL MATCH (o:Organization {active: true})-[:OFFERS]->(:ServiceKind {code: $service})
                          WHERE EXISTS { (o)-[:SERVES]->(x:Area)
                                         WHERE (x)-[:PART_OF*0..]->(a) OR (a)-[:PART_OF*1..]->(x) }
                          RETURN count(DISTINCT o) AS providers
                        }
                        CALL (a) {
                          OPTIONAL MATCH (r:Resident)-[:NEEDS]->(:ServiceKind {code: $service})
                          WHERE $counts AND EXISTS { (r)-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(a) }
                          RETURN count(r) AS needing
                        }
                        RETURN a.id AS id, a.name AS name, a.level AS level, parent.id AS parentId,
                               a.boundary AS boundary, residents, providers, needing
                        ORDER BY id""")
                .bindAll(parameters).fetch().all());
        Map<String, Long> gapCounts = counts && type != null ? gapCounts(level, type) : Map.of();
        Integer below = suppressedBelow();
        return rows.stream().map(r -> {
            String id = (String) r.get("id");
            return new AreaFeature(id, (String) r.get("name"), AreaLevel.valueOf((String) r.get("level")),
                    (String) r.get("parentId"), (String) r.get("boundary"),
                    counts ? cell((Long) r.get("residents"), below) : null,
                    counts && type != null ? cell(gapCounts.getOrDefault(id, 0L), below) : null,
                    service == null ? null : (Long) r.get("providers"),
                    counts && service != null ? cell((Long) r.get("needing"), below) : null,
                    below);
        }).toList();
    }

    /**
     * Current findings of the type per area of the level: per daily-life area as the gap engine places them; per
     * neighbourhood, the findings about residents by where they live (findings about an organization, a network or
     * a person have no neighbourhood); for the municipality, all of them.
     */
    private Map<String, Long> gapCounts(AreaLevel level, GapType type) {
        Map<String, List<String>> byArea = gaps.subjectsByArea(type);
        Map<String, Long> counts = new HashMap<>();
        switch (level) {
            case DAILY_LIFE_AREA -> byArea.forEach((area, subjects) -> counts.put(area, (long) subjects.size()));
            case MUNICIPALITY -> {
                List<String> areas = List.copyOf(byArea.keySet());
                client.query("""
                                UNWIND $areas AS id MATCH (:Area {id: id})-[:PART_OF*1..]->(m:Area {level: 'MUNICIPALITY'})
                                RETURN m.id AS municipality, collect(id) AS areas""")
                        .bind(areas).to("areas").fetch().all().forEach(r -> {
                            long total = 0;
                            for (Object area : (List<?>) r.get("areas")) {
                                total += byArea.get((String) area).size();
                            }
                            counts.put((String) r.get("municipality"), total);
                        });
            }
            case NEIGHBORHOOD -> client.query("""
                            UNWIND $subjects AS id MATCH (:Resident {id: id})-[:LIVES_IN]->(n:Area)
                            RETURN n.id AS area, count(*) AS count""")
                    .bind(byArea.values().stream().flatMap(List::stream).toList()).to("subjects")
                    .fetch().all().forEach(r -> counts.put((String) r.get("area"), (Long) r.get("count")));
        }
        return counts;
    }

    /** The municipality's outline (boundaries are no one's data: every map user gets it), or null. */
    @Transactional(readOnly = true)
    List<String> municipalityBoundaries() {
        requireMapRole();
        return List.copyOf(client.query("""
                        MATCH (a:Area {level: 'MUNICIPALITY'}) WHERE a.boundary IS NOT NULL RETURN a.boundary""")
                .fetchAs(String.class).all());
    }

    /** Providers with coordinates, optionally only those offering {@code service}, within the user's scope. */
    @Transactional(readOnly = true)
    List<Provider> providers(String service) {
        requireMapRole();
        AreaScope scope = seesCounts() ? user.aggregateScope() : AreaScope.ALL;
        if (scope.none()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("all", scope.all());
        parameters.put("areas", List.copyOf(scope.areaIds()));
        parameters.put("service", service);
        return List.copyOf(client.query("""
                        MATCH (o:Organization)
                        WHERE o.latitude IS NOT NULL AND o.longitude IS NOT NULL
                          AND ($service IS NULL OR (o)-[:OFFERS]->(:ServiceKind {code: $service}))
                          AND ($all OR EXISTS { (o)-[:SERVES]->(x:Area)
                                                WHERE x.id IN $areas OR EXISTS { (x)-[:PART_OF*1..]->(p:Area) WHERE p.id IN $areas }
                                                   OR EXISTS { (p:Area)-[:PART_OF*1..]->(x) WHERE p.id IN $areas } })
                        WITH o, [(o)-[:OFFERS]->(s:ServiceKind) | s.code] AS offers
                        WITH o, offers, [code IN offers WHERE $service IS NULL OR code = $service] AS kinds
                        RETURN o.id AS id, o.name AS name, o.type AS type, coalesce(o.active, true) AS active,
                               toFloat(o.latitude) AS latitude, toFloat(o.longitude) AS longitude, offers,
                               EXISTS { (o)-[:MEMBER_OF]->(n:ProviderNetwork {scope: 'SAME_KIND'}) WHERE n.service IN kinds }
                                 AS member,
                               EXISTS { (n:ProviderNetwork {scope: 'SAME_KIND'})-[:COVERS]->(c:Area), (o)-[:SERVES]->(x:Area)
                                        WHERE n.service IN kinds
                                          AND ((x)-[:PART_OF*0..]->(c) OR (c)-[:PART_OF*0..]->(x)) } AS joinable
                        ORDER BY id""")
                .bindAll(parameters)
                .fetchAs(Provider.class).mappedBy((types, r) -> new Provider(r.get("id").asString(),
                        r.get("name").asString(), r.get("type").asString(null), r.get("active").asBoolean(),
                        r.get("latitude").asDouble(), r.get("longitude").asDouble(),
                        r.get("offers").asList(v -> v.asString()),
                        r.get("member").asBoolean() ? Membership.MEMBER
                                : r.get("joinable").asBoolean() ? Membership.OUTSIDE : Membership.NO_NETWORK))
                .all());
    }

    /** The service kinds (code → Japanese and English name), for the coverage selector. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> serviceKinds() {
        return List.copyOf(client.query("""
                MATCH (s:ServiceKind) RETURN s.code AS code, s.nameJa AS nameJa, s.nameEn AS nameEn ORDER BY code""")
                .fetch().all());
    }

    /** Whether the code names a service kind. */
    @Transactional(readOnly = true)
    boolean isServiceKind(String code) {
        return client.query("MATCH (s:ServiceKind {code: $code}) RETURN count(s) > 0").bind(code).to("code")
                .fetchAs(Boolean.class).one().orElse(false);
    }

    private static Long cell(Long value, Integer below) {
        long v = value == null ? 0 : value;
        return below != null && v < below ? null : v;
    }
}
