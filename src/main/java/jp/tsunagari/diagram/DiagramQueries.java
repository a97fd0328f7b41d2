package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.tsunagari.diagram.DiagramKinds.Sector;
import jp.tsunagari.security.AreaScope;
import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the diagrams draw — one daily-life area's network, one resident's ecomap — as {@link GraphData}, for
 * coordinators and within their areas only (others are refused, logged and audited). Residents are named as
 * {@link CurrentUser#residentName} allows. Every query is a constant with parameters.
 */
@Service
class DiagramQueries {

    /** More residents than this in one area are cut (in id order) and the diagram says so. */
    static final int MAX_RESIDENTS = 3000;

    static final String DAILY_LIFE_AREAS = """
            MATCH (a:Area {level: 'DAILY_LIFE_AREA'}) WHERE $all OR a.id IN $areaIds
            RETURN a.id AS id, a.name AS name ORDER BY a.id""";

    static final String AREA = """
            MATCH (a:Area {id: $areaId, level: 'DAILY_LIFE_AREA'}) RETURN a.id AS id, a.name AS name""";

    static final String RESIDENTS = """
            MATCH (r:Resident)-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(:Area {id: $areaId})
            WITH DISTINCT r ORDER BY r.id LIMIT $limit
            RETURN r.id AS id, r.name AS name, r.pseudonym AS pseudonym,
                   coalesce(r.consentToShare, false) AS consent,
                   COLLECT { MATCH (r)-[:NEEDS]->(k:ServiceKind) RETURN k.code } AS needs""";

    static final String SUPPORTS = """
            UNWIND $residentIds AS residentId
            MATCH (s:Person|Organization)-[t:SUPPORTS]->(:Resident {id: residentId})
            WITH s, residentId, collect(t.service) AS services
            RETURN s {.id, .name, .role, .type, labels: labels(s), active: coalesce(s.active, true)} AS helper,
                   residentId, services""";

    static final String INDIVIDUAL_NETWORKS = """
            UNWIND $residentIds AS residentId
            MATCH (n:IndividualNetwork)-[:FOR]->(:Resident {id: residentId})
            RETURN n.id AS id, residentId,
                   COLLECT { MATCH (m:Person|Organization)-[:MEMBER_OF]->(n)
                             RETURN m {.id, .name, .role, .type, labels: labels(m), active: coalesce(m.active, true)}
                   } AS members""";

    static final String ORGANIZATIONS = """
            MATCH (a:Area {id: $areaId})
            MATCH (o:Organization)-[:SERVES]->(:Area)-[:PART_OF*0..]->(a)
            WITH DISTINCT o
            RETURN o {.id, .name, .role, .type, labels: labels(o), active: coalesce(o.active, true)} AS organization,
                   COLLECT { MATCH (o)-[:REFERS_TO]->(npo:Organization)
                             RETURN npo {.id, .name, .role, .type, labels: labels(npo), active: coalesce(npo.active, true)}
                   } AS refers,
                   COLLECT { MATCH (o)-[:OFFERS]->(k:ServiceKind) RETURN k.code } AS offers
            ORDER BY o.id""";

    /** Networks covering the area, an area inside it, or an area it lies in (a municipal network). */
    static final String PROVIDER_NETWORKS = """
            MATCH (a:Area {id: $areaId})
            MATCH (n:ProviderNetwork)-[:COVERS]->(c:Area)
            WHERE c = a OR EXISTS { MATCH (a)-[:PART_OF*1..]->(c) } OR EXISTS { MATCH (c)-[:PART_OF*1..]->(a) }
            WITH DISTINCT n, a
            RETURN n.id AS id, n.name AS name,
                   EXISTS { MATCH (n)-[:COVERS]->(:Area)-[:PART_OF*0..]->(a) } AS local,
                   COLLECT { MATCH (m:Organization)-[:MEMBER_OF]->(n)
                             RETURN m {.id, .name, .role, .type, labels: labels(m), active: coalesce(m.active, true)}
                   } AS organizations,
                   COLLECT { MATCH (m:ProviderNetwork)-[:MEMBER_OF]->(n) RETURN m.id } AS networks
            ORDER BY n.id""";

    static final String ECOMAP = """
            MATCH (r:Resident {id: $id})
            OPTIONAL MATCH (r)-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(d:Area {level: 'DAILY_LIFE_AREA'})
            OPTIONAL MATCH (n:IndividualNetwork)-[:FOR]->(r)
            RETURN r.id AS id, r.name AS name, r.pseudonym AS pseudonym, coalesce(r.consentToShare, false) AS consent,
                   r.careLevel AS careLevel, r.livesAlone AS livesAlone, d.id AS areaId, d.name AS areaName,
                   n.id AS networkId, n.contact AS contact,
                   COLLECT { MATCH (r)-[:NEEDS]->(k:ServiceKind)
                             RETURN k {.code, covered: EXISTS { MATCH (s)-[:SUPPORTS {service: k.code}]->(r)
                                                                WHERE coalesce(s.active, true) }}
                   } AS needs,
                   COLLECT { MATCH (s:Person|Organization)-[t:SUPPORTS]->(r)
                             WITH s, collect(t.service) AS services
                             RETURN s {.id, .name, .role, .type, labels: labels(s), active: coalesce(s.active, true),
                                       services: services}
                   } AS supporters,
                   COLLECT { MATCH (m:Person|Organization)-[:MEMBER_OF]->(n)
                             RETURN m {.id, .name, .role, .type, labels: labels(m), active: coalesce(m.active, true)}
                   } AS members
            LIMIT 1""";

    static final String HELPER_NAMES = """
            UNWIND $ids AS id
            MATCH (h:Person|Organization {id: id})
            RETURN h.id AS id, h.name AS name""";

    static final String SERVICE_KINDS = "MATCH (k:ServiceKind) RETURN k.code AS code ORDER BY k.code";

    /** Coordinators assigned to the resident's neighbourhood or an area above it: the area's layer 2 first. */
    static final String CONVENERS = """
            MATCH (:Resident {id: $id})-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(:Area)<-[:ASSIGNED_TO]-(c:Coordinator)
            WITH DISTINCT c
            RETURN c.id AS id, c.name AS name
            ORDER BY CASE c.layer WHEN 2 THEN 0 WHEN 3 THEN 1 ELSE 2 END, c.id""";

    /** A daily-life area the user may open. */
    record AreaChoice(String id, String name) {
    }

    /**
     * One area's network; {@code truncated} when more residents live there than are drawn. {@code services} says
     * which service kinds each node is involved in: needed by a resident or given to them, given by a helper,
     * offered by an organization — for the service filter.
     */
    record AreaDiagram(String areaId, String areaName, GraphData graph, int residents, boolean truncated,
                       Map<String, Set<String>> services) {
    }

    /** A need of the resident and whether an active supporter covers it. */
    record Need(String code, boolean covered) {
    }

    /** Someone helping the resident: a supporter, a member of their individual network, or both. */
    record Helper(String id, String name, String kind, Sector sector, List<String> services, boolean active,
                  boolean supporter, boolean member) {
    }

    /** One resident's ecomap: the picture (positions set) and what the side panel lists. */
    record Ecomap(String residentId, String residentLabel, String areaId, String areaName, String careLevel,
                  Boolean livesAlone, String networkId, String networkContact, List<Need> needs, List<Helper> helpers,
                  GraphData graph) {
    }

    private final Neo4jClient client;
    private final CurrentUser user;
    private final DiagramAccess access;
    private final AuditTrail audit;
    private final MessageSource messages;

    DiagramQueries(Neo4jClient client, CurrentUser user, DiagramAccess access, AuditTrail audit,
                   MessageSource messages) {
        this.client = client;
        this.user = user;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /** The daily-life areas whose residents the user may see, by id. */
    @Transactional(readOnly = true)
    public List<AreaChoice> dailyLifeAreas() {
        requireCoordinator();
        AreaScope scope = user.residentScope();
        return client.query(DAILY_LIFE_AREAS)
                .bindAll(Map.of("all", scope.all(), "areaIds", List.copyOf(scope.areaIds())))
                .fetch().all().stream().map(row -> new AreaChoice(str(row, "id"), str(row, "name"))).toList();
    }

    /**
     * The network of one daily-life area: its residents; their supporters, active or not (flagged
     * {@code inactive}); their individual networks and the members; the organizations serving the area with the
     * NPOs the neighbourhood associations refer to; the provider networks covering it with their members. Empty when
     * there is no such area; refused outside the user's areas.
     */
    @Transactional(readOnly = true)
    public Optional<AreaDiagram> area(String areaId, Locale locale) {
        requireCoordinator();
        user.requireArea(areaId);
        var area = client.query(AREA).bindAll(Map.of("areaId", areaId)).fetch().one();
        if (area.isEmpty()) {
            return Optional.empty();
        }
        Builder graph = new Builder();
        String areaName = str(area.get(), "name");
        graph.node(new GraphNode(areaId, areaName, DiagramKinds.AREA));

        var residents = client.query(RESIDENTS).bindAll(Map.of("areaId", areaId, "limit", MAX_RESIDENTS + 1))
                .fetch().all().stream().toList();
        boolean truncated = residents.size() > MAX_RESIDENTS;
        residents = residents.subList(0, Math.min(residents.size(), MAX_RESIDENTS));
        Map<String, String> residentLabels = new HashMap<>();
        for (var r : residents) {
            String label = residentLabel(r);
            residentLabels.put(str(r, "id"), label);
            graph.node(new GraphNode(str(r, "id"), label, DiagramKinds.RESIDENT));
            graph.services(str(r, "id"), strings(r, "needs"));
        }
        List<String> residentIds = residents.stream().map(r -> str(r, "id")).toList();
        Map<String, Object> byResidents = Map.of("residentIds", residentIds);

        for (var row : client.query(SUPPORTS).bindAll(byResidents).fetch().all()) {
            Map<String, Object> helper = map(row, "helper");
            graph.helper(helper);
            graph.edge(str(helper, "id"), str(row, "residentId"), DiagramKinds.SUPPORTS,
                    DiagramKinds.informalTie(str(helper, "role")));
            graph.services(str(helper, "id"), strings(row, "services"));
            graph.services(str(row, "residentId"), strings(row, "services"));
        }
        for (var row : client.query(INDIVIDUAL_NETWORKS).bindAll(byResidents).fetch().all()) {
            String network = str(row, "id");
            String resident = str(row, "residentId");
            graph.node(new GraphNode(network, messages.getMessage("diagram.individualNetwork",
                    new Object[] {residentLabels.get(resident)}, locale), DiagramKinds.INDIVIDUAL_NETWORK));
            graph.edge(network, resident, DiagramKinds.COVERS, false);
            for (Map<String, Object> member : maps(row, "members")) {
                graph.helper(member);
                graph.edge(str(member, "id"), network, DiagramKinds.MEMBER, false);
            }
        }
        for (var row : client.query(ORGANIZATIONS).bindAll(Map.of("areaId", areaId)).fetch().all()) {
            Map<String, Object> organization = map(row, "organization");
            graph.helper(organization);
            graph.services(str(organization, "id"), strings(row, "offers"));
            for (Map<String, Object> npo : maps(row, "refers")) {
                graph.helper(npo);
                graph.edge(str(organization, "id"), str(npo, "id"), DiagramKinds.REFERS, false);
            }
        }
        List<Map<String, Object>> networks = new ArrayList<>(client.query(PROVIDER_NETWORKS)
                .bindAll(Map.of("areaId", areaId)).fetch().all());
        for (var row : networks) {
            graph.node(new GraphNode(str(row, "id"), str(row, "name"), DiagramKinds.PROVIDER_NETWORK));
            graph.edge(str(row, "id"), areaId, DiagramKinds.COVERS, false);
        }
        for (var row : networks) {
            boolean local = Boolean.TRUE.equals(row.get("local"));
            for (Map<String, Object> member : maps(row, "organizations")) {
                // A municipal network's members elsewhere in the city are not part of this area's picture.
                if (local || graph.has(str(member, "id"))) {
                    graph.helper(member);
                    graph.edge(str(member, "id"), str(row, "id"), DiagramKinds.MEMBER, false);
                }
            }
            for (Object member : list(row, "networks")) {
                if (graph.has((String) member)) {
                    graph.edge((String) member, str(row, "id"), DiagramKinds.MEMBER, false);
                }
            }
        }
        return Optional.of(new AreaDiagram(areaId, areaName, graph.build(), residents.size(), truncated,
                graph.services()));
    }

    /**
     * One resident's ecomap: the resident in the centre, supporters and individual-network members in sectors
     * (family, neighbours, informal help, formal care, medical) with positions set, the individual network near the
     * centre; the needs and whether they are covered. The view is audited. Empty when there is no such resident;
     * refused outside the user's areas.
     */
    @Transactional
    public Optional<Ecomap> ecomap(String residentId, Locale locale) {
        requireCoordinator();
        user.requireResident(residentId);
        var found = client.query(ECOMAP).bindAll(Map.of("id", residentId)).fetch().one();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        audit.record(AuditAction.VIEW_RESIDENT, List.of(residentId));
        Map<String, Object> row = found.get();
        String networkId = str(row, "networkId");
        List<Need> needs = maps(row, "needs").stream()
                .map(n -> new Need(str(n, "code"), Boolean.TRUE.equals(n.get("covered"))))
                .sorted(Comparator.comparing(Need::code)).toList();

        Map<String, Helper> helpers = new LinkedHashMap<>();
        for (Map<String, Object> s : sortedById(maps(row, "supporters"))) {
            helpers.put(str(s, "id"), helper(s, list(s, "services").stream().map(String::valueOf).sorted().toList(),
                    true, false));
        }
        for (Map<String, Object> m : sortedById(maps(row, "members"))) {
            Helper known = helpers.get(str(m, "id"));
            helpers.put(str(m, "id"), known == null ? helper(m, List.of(), false, true)
                    : new Helper(known.id(), known.name(), known.kind(), known.sector(), known.services(),
                            known.active(), true, true));
        }

        String label = residentLabel(row);
        Map<Sector, List<String>> bySector = new EnumMap<>(Sector.class);
        helpers.values().forEach(h -> bySector.computeIfAbsent(h.sector(), k -> new ArrayList<>()).add(h.id()));
        EcomapLayout.Placement placement = EcomapLayout.place(bySector, networkId != null);

        Builder graph = new Builder();
        graph.node(new GraphNode(residentId, label, DiagramKinds.RESIDENT).at(0, 0));
        if (networkId != null) {
            double[] at = placement.network();
            graph.node(new GraphNode(networkId, messages.getMessage("diagram.individualNetwork", new Object[] {label},
                    locale), DiagramKinds.INDIVIDUAL_NETWORK).at(at[0], at[1]));
            graph.edge(networkId, residentId, DiagramKinds.COVERS, false);
        }
        for (Helper h : helpers.values()) {
            double[] at = placement.helpers().get(h.id());
            GraphNode node = new GraphNode(h.id(), h.name(), h.kind()).at(at[0], at[1]);
            graph.node(h.active() ? node : node.withFlags(DiagramKinds.INACTIVE));
            if (h.supporter()) {
                graph.edge(h.id(), residentId, DiagramKinds.SUPPORTS, informal(h));
            }
            if (h.member()) {
                graph.edge(h.id(), networkId, DiagramKinds.MEMBER, false);
            }
        }
        placement.sectors().forEach((sector, at) -> graph.node(new GraphNode("sector:" + sector.name(),
                messages.getMessage(sector.key(), null, locale), DiagramKinds.SECTOR).at(at[0], at[1])));

        return Optional.of(new Ecomap(residentId, label, str(row, "areaId"), str(row, "areaName"),
                user.seesCareLevels() ? str(row, "careLevel") : null, (Boolean) row.get("livesAlone"), networkId,
                str(row, "contact"), needs, List.copyOf(helpers.values()), graph.build()));
    }

    /** The names of people and organizations, by id (for the supporter picker); unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<String, String> helperNames(Collection<String> ids) {
        requireCoordinator();
        Map<String, String> names = new LinkedHashMap<>();
        client.query(HELPER_NAMES).bindAll(Map.of("ids", List.copyOf(new LinkedHashSet<>(ids)))).fetch().all()
                .forEach(row -> names.put(str(row, "id"), str(row, "name")));
        return names;
    }

    /** The coordinators who could convene a resident's individual network, by id with their names. */
    @Transactional(readOnly = true)
    public Map<String, String> conveners(String residentId) {
        requireCoordinator();
        user.requireResident(residentId);
        Map<String, String> names = new LinkedHashMap<>();
        client.query(CONVENERS).bindAll(Map.of("id", String.valueOf(residentId))).fetch().all()
                .forEach(row -> names.put(str(row, "id"), str(row, "name")));
        return names;
    }

    /** The service-kind codes, for the service select. */
    @Transactional(readOnly = true)
    public List<String> serviceKinds() {
        return List.copyOf(client.query(SERVICE_KINDS).fetchAs(String.class).all());
    }

    // ---------------------------------------------------------------------------------------------------------

    private void requireCoordinator() {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR);
    }

    private String residentLabel(Map<String, Object> r) {
        return access.residentLabel(r, "id");
    }

    private static Helper helper(Map<String, Object> h, List<String> services, boolean supporter, boolean member) {
        List<String> labels = strings(h, "labels");
        return new Helper(str(h, "id"), str(h, "name"), DiagramKinds.kindOf(labels, str(h, "type")),
                DiagramKinds.sectorOf(labels, str(h, "role"), str(h, "type")), services,
                !Boolean.FALSE.equals(h.get("active")), supporter, member);
    }

    private static boolean informal(Helper h) {
        return h.sector() == Sector.FAMILY || (h.sector() == Sector.NEIGHBOURS && DiagramKinds.PERSON.equals(h.kind()));
    }

    private static List<Map<String, Object>> sortedById(List<Map<String, Object>> rows) {
        return rows.stream().sorted(Comparator.comparing(r -> String.valueOf(r.get("id")))).toList();
    }

    static String str(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> row, String key) {
        return (Map<String, Object>) row.get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    static List<?> list(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? List.of() : (List<?>) value;
    }

    static List<String> strings(Map<String, Object> row, String key) {
        return list(row, key).stream().map(String::valueOf).toList();
    }

    /** Nodes once each (the first description wins), edges once per kind, source and target. */
    static final class Builder {
        private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
        private final Map<String, GraphEdge> edges = new LinkedHashMap<>();
        private final Map<String, Set<String>> services = new HashMap<>();

        boolean has(String id) {
            return nodes.containsKey(id);
        }

        void node(GraphNode node) {
            nodes.putIfAbsent(node.id(), node);
        }

        /** A person or organization; a suspended one is flagged {@code inactive}. */
        void helper(Map<String, Object> h) {
            GraphNode node = new GraphNode(str(h, "id"), str(h, "name"),
                    DiagramKinds.kindOf(strings(h, "labels"), str(h, "type")));
            node(Boolean.FALSE.equals(h.get("active")) ? node.withFlags(DiagramKinds.INACTIVE) : node);
        }

        void edge(String source, String target, String kind, boolean dashed) {
            if (source == null || target == null) {
                return;
            }
            String id = kind + ":" + source + ">" + target;
            edges.putIfAbsent(id, new GraphEdge(id, source, target, kind, dashed));
        }

        /** Notes that this node is involved in these service kinds. */
        void services(String id, Collection<String> codes) {
            if (id != null && !codes.isEmpty()) {
                services.computeIfAbsent(id, k -> new java.util.TreeSet<>()).addAll(codes);
            }
        }

        /** The service kinds of the nodes drawn. */
        Map<String, Set<String>> services() {
            Map<String, Set<String>> out = new HashMap<>();
            services.forEach((id, codes) -> {
                if (nodes.containsKey(id)) {
                    out.put(id, Set.copyOf(codes));
                }
            });
            return Map.copyOf(out);
        }

        GraphData build() {
            Set<String> ids = nodes.keySet();
            return GraphData.of(nodes.values(),
                    edges.values().stream().filter(e -> ids.contains(e.source()) && ids.contains(e.target())).toList());
        }
    }
}
