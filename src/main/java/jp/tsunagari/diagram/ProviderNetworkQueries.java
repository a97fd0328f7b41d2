package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.tsunagari.gaps.GapFindings;
import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.gaps.GapType;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider networks (事業者間ネットワーク, seed 002 §4-4) of a daily-life area or of the municipality: the
 * same-kind networks per service and the cross-kind network, with their member organizations, and the providers
 * serving the area that offer a network's service but stay outside it — which the gap engine finds
 * ({@code OUTSIDE_SAME_KIND_NETWORK}) and the overlay marks with a purple halo and a dashed edge to the network they
 * have not joined. Optionally one service only. For coordinators, within their areas (others are refused, logged
 * and audited). Every query is a constant with parameters.
 */
@Service
class ProviderNetworkQueries {

    /**
     * Networks covering the area, an area inside it, or an area it lies in; for one service, its same-kind networks
     * and every cross-kind network. A member counts as local when it serves the area, an area in it or one holding it.
     */
    static final String NETWORKS = """
            MATCH (a:Area {id: $areaId})
            MATCH (n:ProviderNetwork)-[:COVERS]->(c:Area)
            WHERE (c = a OR EXISTS { MATCH (a)-[:PART_OF*1..]->(c) } OR EXISTS { MATCH (c)-[:PART_OF*1..]->(a) })
              AND ($service IS NULL OR n.scope = 'CROSS_KIND' OR n.service = $service)
            WITH DISTINCT n, a
            RETURN n.id AS id, n.name AS name, n.scope AS scope, n.service AS service,
                   COLLECT { MATCH (n)-[:COVERS]->(c:Area)
                             OPTIONAL MATCH (c)-[:PART_OF*0..]->(d:Area {level: 'DAILY_LIFE_AREA'})
                             WITH coalesce(d, c) AS x RETURN DISTINCT x {.id, .name, .level} } AS areas,
                   COLLECT { MATCH (m:Organization)-[:MEMBER_OF]->(n)
                             RETURN m {.id, .name, .role, .type, labels: labels(m), active: coalesce(m.active, true),
                                       local: EXISTS { MATCH (m)-[:SERVES]->(:Area)-[:PART_OF*0..]->(a) }
                                              OR EXISTS { MATCH (a)-[:PART_OF*1..]->(:Area)<-[:SERVES]-(m) },
                                       offers: COLLECT { MATCH (m)-[:OFFERS]->(k:ServiceKind) RETURN k.code }}
                   } AS organizations,
                   COLLECT { MATCH (m:ProviderNetwork)-[:MEMBER_OF]->(n) RETURN m.id } AS networks
            ORDER BY n.id""";

    /** Organizations serving the area (from inside it or from an area holding it) that offer one of the services. */
    static final String PROVIDERS = """
            MATCH (a:Area {id: $areaId})
            MATCH (o:Organization)-[:SERVES]->(s:Area)
            WHERE (EXISTS { MATCH (s)-[:PART_OF*0..]->(a) } OR EXISTS { MATCH (a)-[:PART_OF*1..]->(s) })
              AND EXISTS { MATCH (o)-[:OFFERS]->(k:ServiceKind) WHERE k.code IN $services }
            WITH DISTINCT o
            RETURN o {.id, .name, .role, .type, labels: labels(o), active: coalesce(o.active, true)} AS organization
            ORDER BY o.id""";

    /** The gaps this view shows: about provider networks, and areas short of one. */
    static final Set<GapType> TYPES = Set.of(GapType.OUTSIDE_SAME_KIND_NETWORK, GapType.NO_SAME_KIND_NETWORK,
            GapType.SERVICE_SHORTAGE, GapType.SERVICE_DUPLICATION, GapType.NO_CROSS_KIND_NETWORK,
            GapType.CROSS_KIND_MISSING_KIND, GapType.SILOED_CLUSTER);

    /** Gaps whose {@code related} names the service they are about. */
    private static final Set<GapType> ABOUT_A_SERVICE = Set.of(GapType.NO_SAME_KIND_NETWORK, GapType.SERVICE_SHORTAGE,
            GapType.SERVICE_DUPLICATION, GapType.CROSS_KIND_MISSING_KIND);

    /** The picture (gaps marked) and the gaps listed beside it. */
    record ProviderNetworks(String areaId, String areaName, String service, GraphData graph, List<GapItem> findings,
                            int sameKindNetworks, int crossKindNetworks, int organizations, int outside) {
    }

    private final Neo4jClient client;
    private final DiagramAccess access;
    private final GapFindings gaps;

    ProviderNetworkQueries(Neo4jClient client, DiagramAccess access, GapFindings gaps) {
        this.client = client;
        this.access = access;
        this.gaps = gaps;
    }

    /** The areas a coordinator may open here; the municipality first for layer 1. */
    @Transactional(readOnly = true)
    public List<DiagramQueries.AreaChoice> areas() {
        return access.areas(false);
    }

    /** The service-kind codes, for the service filter. */
    @Transactional(readOnly = true)
    public List<String> serviceKinds() {
        access.requireViewer(false);
        return List.copyOf(client.query(DiagramQueries.SERVICE_KINDS).fetchAs(String.class).all());
    }

    /**
     * The provider networks of the area, for one service or all ({@code service} null). Empty when there is no such
     * area; refused (and audited) outside the user's areas.
     */
    @Transactional(readOnly = true)
    public Optional<ProviderNetworks> networks(String areaId, String service, Locale locale) {
        Optional<DiagramAccess.ViewArea> found = access.area(areaId, false);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DiagramAccess.ViewArea area = found.get();
        DiagramQueries.Builder graph = new DiagramQueries.Builder();
        area.dailyLifeAreas().forEach(d -> graph.node(new GraphNode(d.id(), d.name(), DiagramKinds.AREA)));

        List<Map<String, Object>> networks = new ArrayList<>(client.query(NETWORKS)
                .bindAll(parameters("areaId", areaId, "service", service)).fetch().all());
        Set<String> services = new LinkedHashSet<>();
        if (service != null) {
            services.add(service);
        }
        int sameKind = 0, crossKind = 0;
        for (var row : networks) {
            String id = DiagramQueries.str(row, "id");
            boolean cross = "CROSS_KIND".equals(row.get("scope"));
            graph.node(new GraphNode(id, DiagramQueries.str(row, "name"),
                    cross ? DiagramKinds.CROSS_KIND_NETWORK : DiagramKinds.PROVIDER_NETWORK));
            if (cross) {
                crossKind++;
            } else {
                sameKind++;
                if (row.get("service") != null) {
                    services.add(DiagramQueries.str(row, "service"));
                }
            }
            for (Map<String, Object> covered : DiagramQueries.maps(row, "areas")) {
                String coveredId = DiagramQueries.str(covered, "id");
                if ("MUNICIPALITY".equals(covered.get("level"))) {
                    graph.node(new GraphNode(coveredId, DiagramQueries.str(covered, "name"), DiagramKinds.AREA));
                }
                if (graph.has(coveredId)) {
                    graph.edge(id, coveredId, DiagramKinds.COVERS, false);
                }
            }
        }
        for (var row : networks) {
            String id = DiagramQueries.str(row, "id");
            boolean cross = "CROSS_KIND".equals(row.get("scope"));
            for (Map<String, Object> member : DiagramQueries.maps(row, "organizations")) {
                // A municipal network's members serving elsewhere are not part of this area's picture; for one
                // service, a cross-kind network's members that do not offer it neither.
                boolean wanted = Boolean.TRUE.equals(member.get("local"))
                        && (service == null || !cross || DiagramQueries.strings(member, "offers").contains(service));
                if (wanted) {
                    graph.helper(member);
                    graph.edge(DiagramQueries.str(member, "id"), id, DiagramKinds.MEMBER, false);
                }
            }
            for (Object member : DiagramQueries.list(row, "networks")) {
                graph.edge((String) member, id, DiagramKinds.MEMBER, false);
            }
        }
        // Providers of the networks' services (or the chosen one) serving the area, members or not.
        if (!services.isEmpty()) {
            for (var row : client.query(PROVIDERS)
                    .bindAll(Map.of("areaId", areaId, "services", List.copyOf(services))).fetch().all()) {
                graph.helper(DiagramQueries.map(row, "organization"));
            }
        }
        GraphData data = graph.build();

        Set<String> shown = new HashSet<>();
        data.nodes().forEach(n -> shown.add(n.id()));
        List<GapItem> findings = new ArrayList<>();
        for (String dailyLifeArea : area.dailyLifeAreaIds()) {
            for (GapItem f : gaps.forArea(dailyLifeArea, locale)) {
                if (TYPES.contains(f.type()) && shown.contains(f.subject())
                        && (service == null || !ABOUT_A_SERVICE.contains(f.type()) || f.related().contains(service))) {
                    findings.add(f);
                }
            }
        }
        findings.sort(java.util.Comparator.comparing(GapItem::severity));
        GraphData marked = GapOverlay.apply(data, findings);
        int organizations = (int) data.nodes().stream().filter(n -> n.kind().equals(DiagramKinds.ORGANIZATION)
                || n.kind().equals(DiagramKinds.NPO) || n.kind().equals(DiagramKinds.ASSOCIATION)).count();
        int outside = (int) findings.stream().filter(f -> f.type() == GapType.OUTSIDE_SAME_KIND_NETWORK)
                .map(GapItem::subject).distinct().count();
        return Optional.of(new ProviderNetworks(area.id(), area.name(), service, marked, List.copyOf(findings),
                sameKind, crossKind, organizations, outside));
    }

    private static Map<String, Object> parameters(Object... keyValues) {
        Map<String, Object> map = new java.util.HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
