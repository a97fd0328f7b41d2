package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the whole support network from Neo4j into a {@link SupportNetwork}, one streaming query per kind of fact. */
@Component
class SupportNetworkLoader {

    private final Neo4jClient client;

    SupportNetworkLoader(Neo4jClient client) {
        this.client = client;
    }

    @Transactional(readOnly = true)
    SupportNetwork load() {
        Map<String, String> parentOf = new HashMap<>();
        Map<String, String> levelOf = new HashMap<>();
        rows("MATCH (a:Area) OPTIONAL MATCH (a)-[:PART_OF]->(p:Area) RETURN a.id AS id, a.level AS level, p.id AS parent")
                .forEach(r -> {
                    levelOf.put(str(r, "id"), str(r, "level"));
                    if (r.get("parent") != null) {
                        parentOf.put(str(r, "id"), str(r, "parent"));
                    }
                });

        Map<String, Set<String>> needs = new HashMap<>();
        rows("MATCH (r:Resident)-[:NEEDS]->(k:ServiceKind) RETURN r.id AS id, k.code AS code")
                .forEach(r -> needs.computeIfAbsent(str(r, "id"), k -> new HashSet<>()).add(str(r, "code")));
        Map<String, SupportNetwork.Resident> residents = new HashMap<>();
        rows("MATCH (r:Resident)-[:LIVES_IN]->(a:Area) RETURN r.id AS id, r.careLevel AS careLevel, a.id AS area")
                .forEach(r -> residents.put(str(r, "id"), new SupportNetwork.Resident(str(r, "id"), str(r, "area"),
                        dailyLifeArea(str(r, "area"), parentOf, levelOf), str(r, "careLevel"),
                        Set.copyOf(needs.getOrDefault(str(r, "id"), Set.of())))));

        Map<String, SupportNetwork.Helper> helpers = new HashMap<>();
        rows("""
                MATCH (h) WHERE (h:Person OR h:Organization)
                  AND (EXISTS { (h)-[:SUPPORTS]->(:Resident) } OR EXISTS { (h)-[:MEMBER_OF]->(:IndividualNetwork) })
                RETURN h.id AS id, h:Organization AS organization, coalesce(h.role, h.type) AS kind,
                       CASE WHEN h:Organization THEN h.name END AS name, coalesce(h.active, true) AS active""")
                .forEach(r -> helpers.put(str(r, "id"), new SupportNetwork.Helper(str(r, "id"),
                        (Boolean) r.get("organization"), str(r, "kind"), str(r, "name"), (Boolean) r.get("active"))));

        Map<String, List<SupportNetwork.Support>> supports = new HashMap<>();
        rows("MATCH (h)-[t:SUPPORTS]->(r:Resident) RETURN h.id AS helper, t.service AS service, r.id AS resident")
                .forEach(r -> supports.computeIfAbsent(str(r, "resident"), k -> new ArrayList<>())
                        .add(new SupportNetwork.Support(str(r, "helper"), str(r, "service"))));

        Map<String, String> networkOf = new HashMap<>();
        rows("MATCH (n:IndividualNetwork)-[:FOR]->(r:Resident) RETURN n.id AS network, r.id AS resident")
                .forEach(r -> networkOf.put(str(r, "resident"), str(r, "network")));
        Map<String, Set<String>> members = new HashMap<>();
        rows("MATCH (m)-[:MEMBER_OF]->(n:IndividualNetwork) RETURN m.id AS member, n.id AS network")
                .forEach(r -> members.computeIfAbsent(str(r, "network"), k -> new HashSet<>()).add(str(r, "member")));

        Map<String, SupportNetwork.Provider> providers = new HashMap<>();
        rows("""
                MATCH (o:Organization)
                OPTIONAL MATCH (o)-[:OFFERS]->(k:ServiceKind)
                OPTIONAL MATCH (o)-[:SERVES]->(a:Area)
                RETURN o.id AS id, o.name AS name, o.type AS type, coalesce(o.active, true) AS active,
                       collect(DISTINCT k.code) AS offers, collect(DISTINCT a.id) AS serves""")
                .forEach(r -> providers.put(str(r, "id"), new SupportNetwork.Provider(str(r, "id"), str(r, "name"),
                        str(r, "type"), (Boolean) r.get("active"), Set.copyOf(strings(r.get("offers"))), Set.copyOf(strings(r.get("serves"))))));
        Map<String, Set<String>> sameKind = new HashMap<>();
        rows("MATCH (o:Organization)-[:MEMBER_OF]->(n:ProviderNetwork {scope: 'SAME_KIND'}) RETURN o.id AS org, n.service AS service")
                .forEach(r -> sameKind.computeIfAbsent(str(r, "service"), k -> new HashSet<>()).add(str(r, "org")));
        Map<String, List<String>> layer2 = new HashMap<>();
        rows("MATCH (c:Coordinator {layer: 2})-[:ASSIGNED_TO]->(a:Area) RETURN c.id AS id, a.id AS area ORDER BY id")
                .forEach(r -> layer2.computeIfAbsent(str(r, "area"), k -> new ArrayList<>()).add(str(r, "id")));

        Map<String, SupportNetwork.ProviderNetwork> providerNetworks = new HashMap<>();
        rows("""
                MATCH (n:ProviderNetwork)
                OPTIONAL MATCH (n)-[:COVERS]->(a:Area)
                OPTIONAL MATCH (o:Organization)-[:MEMBER_OF]->(n)
                OPTIONAL MATCH (m:ProviderNetwork)-[:MEMBER_OF]->(n)
                RETURN n.id AS id, n.name AS name, n.scope = 'SAME_KIND' AS sameKind, n.service AS service,
                       collect(DISTINCT a.id) AS covers, collect(DISTINCT o.id) AS orgs, collect(DISTINCT m.id) AS networks""")
                .forEach(r -> providerNetworks.put(str(r, "id"), new SupportNetwork.ProviderNetwork(str(r, "id"),
                        str(r, "name"), Boolean.TRUE.equals(r.get("sameKind")), str(r, "service"),
                        Set.copyOf(strings(r.get("covers"))), Set.copyOf(strings(r.get("orgs"))),
                        Set.copyOf(strings(r.get("networks"))))));
        Map<String, SupportNetwork.Association> associations = new HashMap<>();
        rows("""
                MATCH (a:NeighborhoodAssociation)
                OPTIONAL MATCH (a)-[:SERVES]->(area:Area)
                OPTIONAL MATCH (a)-[:REFERS_TO]->(n:NPO)
                OPTIONAL MATCH (a)-[:REPORTS_NEED]->(k:ServiceKind)
                RETURN a.id AS id, a.name AS name, head(collect(DISTINCT area.id)) AS area,
                       collect(DISTINCT n.id) AS npos, collect(DISTINCT k.code) AS needs""")
                .forEach(r -> associations.put(str(r, "id"), new SupportNetwork.Association(str(r, "id"), str(r, "name"),
                        str(r, "area"), Set.copyOf(strings(r.get("npos"))), Set.copyOf(strings(r.get("needs"))))));

        return new SupportNetwork(residents, helpers, supports, networkOf, members, providers, sameKind, parentOf, layer2,
                graph(residents, helpers, supports, networkOf, members), levelOf, providerNetworks, associations);
    }

    /** Residents, active helpers and individual networks, joined by active ties. */
    static Graph<String, DefaultEdge> graph(Map<String, SupportNetwork.Resident> residents,
                                                    Map<String, SupportNetwork.Helper> helpers,
                                                    Map<String, List<SupportNetwork.Support>> supports,
                                                    Map<String, String> networkOf, Map<String, Set<String>> members) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        residents.keySet().forEach(graph::addVertex);
        helpers.values().stream().filter(SupportNetwork.Helper::active).forEach(h -> graph.addVertex(h.id()));
        supports.forEach((resident, ties) -> ties.forEach(t -> {
            if (graph.containsVertex(t.helperId()) && graph.containsVertex(resident) && !t.helperId().equals(resident)) {
                graph.addEdge(t.helperId(), resident);
            }
        }));
        networkOf.forEach((resident, network) -> {
            if (graph.containsVertex(resident)) {
                graph.addVertex(network);
                graph.addEdge(resident, network);
                members.getOrDefault(network, Set.of()).stream().filter(graph::containsVertex)
                        .forEach(m -> graph.addEdge(m, network));
            }
        });
        return graph;
    }

    private static String dailyLifeArea(String areaId, Map<String, String> parentOf, Map<String, String> levelOf) {
        for (String a = areaId; a != null; a = parentOf.get(a)) {
            if ("DAILY_LIFE_AREA".equals(levelOf.get(a))) {
                return a;
            }
        }
        return areaId;
    }

    private java.util.Collection<Map<String, Object>> rows(String cypher) {
        return client.query(cypher).fetch().all();
    }

    private static String str(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? null : v.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : ((List<Object>) value).stream().map(Object::toString).toList();
    }
}
