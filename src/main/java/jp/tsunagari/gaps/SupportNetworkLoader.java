package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the support network from Neo4j into a {@link SupportNetwork}: the whole of it in one read transaction,
 * streaming each kind of fact, or the facts of a few residents, helpers or provider networks when a change touched
 * them (the same queries, by id).
 */
@Component
class SupportNetworkLoader {

    /** What gap analysis knows of residents: their area, care level, needs, supporters and individual network. */
    private static final String RESIDENT_FACTS = """
            RETURN r.id AS id, a.id AS area, r.careLevel AS careLevel,
                   COLLECT { MATCH (r)-[:NEEDS]->(k:ServiceKind) RETURN k.code } AS needs,
                   COLLECT { MATCH (h)-[t:SUPPORTS]->(r) WHERE h:Person OR h:Organization
                             RETURN [h.id, t.service] } AS supports,
                   COLLECT { MATCH (n:IndividualNetwork)-[:FOR]->(r) RETURN n.id } AS networks,
                   COLLECT { MATCH (m)-[:MEMBER_OF]->(:IndividualNetwork)-[:FOR]->(r) RETURN m.id } AS members""";

    private static final String ALL_RESIDENTS = "MATCH (r:Resident)-[:LIVES_IN]->(a:Area) " + RESIDENT_FACTS;

    private static final String RESIDENTS_BY_ID =
            "MATCH (r:Resident)-[:LIVES_IN]->(a:Area) WHERE r.id IN $ids " + RESIDENT_FACTS;

    /**
     * What gap analysis knows of people and organizations who help. A route holder is, works for, or is directly
     * tied to a layer-3 coordinator or a 地域包括支援センター (NO_COORDINATOR_ROUTE, 002 §4-3).
     */
    private static final String HELPER_FACTS = """
            RETURN h.id AS id, h:Organization AS organization, coalesce(h.role, h.type) AS kind,
                   CASE WHEN h:Organization THEN h.name END AS name, coalesce(h.active, true) AS active,
                   (h:Coordinator AND h.layer = 3) OR h.type = 'COMMUNITY_SUPPORT_CENTER'
                     OR EXISTS { (h)-[:WORKS_FOR]->(c:Organization {type: 'COMMUNITY_SUPPORT_CENTER'})
                                 WHERE coalesce(c.active, true) }
                     OR EXISTS { (h)<-[:WORKS_FOR]-(c:Coordinator {layer: 3}) WHERE coalesce(c.active, true) }
                     OR EXISTS { (h)-[:WORKS_FOR]->(o:Organization)<-[:WORKS_FOR]-(c:Coordinator {layer: 3})
                                 WHERE coalesce(o.active, true) AND coalesce(c.active, true) }
                     AS routeHolder""";

    /**
     * People and organizations whose route-holder status may hang on this one: one or two WORKS_FOR steps from it
     * (its staff, its employer, colleagues). Inactive means absent everywhere: a suspended centre is no route.
     */
    private static final String WORKS_FOR_NEIGHBOURS = """
            MATCH (x {id: $id}) WHERE x:Person OR x:Organization
            MATCH (x)-[:WORKS_FOR*1..2]-(h) WHERE h:Person OR h:Organization
            RETURN DISTINCT h.id AS id""";

    /** Display names of everything a message may name (residents with their pseudonym). */
    private static final String NAME_FACTS = """
            RETURN x.id AS id, x.name AS name, x.pseudonym AS pseudonym,
                   coalesce(x.consentToShare, false) AS consent""";

    private static final String ALL_NAMES = """
            MATCH (x) WHERE (x:Area OR x:Resident OR x:Person OR x:Organization OR x:ProviderNetwork
                             OR x:NeighborhoodAssociation) AND x.id IS NOT NULL
            """ + NAME_FACTS;

    private static final String NAMES_BY_ID = """
            UNWIND $ids AS id
            CALL (id) {
              MATCH (x:Resident {id: id}) RETURN x
              UNION MATCH (x:Person {id: id}) RETURN x
              UNION MATCH (x:Organization {id: id}) RETURN x
              UNION MATCH (x:ProviderNetwork {id: id}) RETURN x
              UNION MATCH (x:NeighborhoodAssociation {id: id}) RETURN x
              UNION MATCH (x:Area {id: id}) RETURN x
            }
            """ + NAME_FACTS;

    private static final String ALL_HELPERS = """
            MATCH (h) WHERE (h:Person OR h:Organization)
              AND (EXISTS { (h)-[:SUPPORTS]->(:Resident) } OR EXISTS { (h)-[:MEMBER_OF]->(:IndividualNetwork) })
            """ + HELPER_FACTS;

    private static final String HELPERS_BY_ID = "MATCH (h) WHERE h.id IN $ids AND (h:Person OR h:Organization) "
            + HELPER_FACTS;

    private static final String PROVIDER_FACTS = """
            RETURN o.id AS id, o.name AS name, o.type AS type, coalesce(o.active, true) AS active,
                   COLLECT { MATCH (o)-[:OFFERS]->(k:ServiceKind) RETURN DISTINCT k.code } AS offers,
                   COLLECT { MATCH (o)-[:SERVES]->(a:Area) RETURN DISTINCT a.id } AS serves""";

    private static final String ALL_PROVIDERS = "MATCH (o:Organization) " + PROVIDER_FACTS;

    private static final String PROVIDERS_BY_ID = "MATCH (o:Organization) WHERE o.id IN $ids " + PROVIDER_FACTS;

    private final Driver driver;

    SupportNetworkLoader(Driver driver) {
        this.driver = driver;
    }

    private <T> T read(org.neo4j.driver.TransactionCallback<T> work) {
        try (var session = driver.session()) {
            return session.executeRead(work);
        }
    }

    /** The whole network, read in one transaction. */
    SupportNetwork load() {
        return read(tx -> {
            Map<String, String> parentOf = new HashMap<>();
            Map<String, String> levelOf = new HashMap<>();
            Map<String, String> areaNames = new HashMap<>(); // for the start page's counts (AreaCountsFromProjection)
            stream(tx, "MATCH (a:Area) OPTIONAL MATCH (a)-[:PART_OF]->(p:Area) RETURN a.id AS id, a.level AS level, p.id AS parent, a.name AS name",
                    Map.of(), r -> {
                        levelOf.put(r.get("id").asString(), r.get("level").asString(null));
                        areaNames.put(r.get("id").asString(), r.get("name").asString(null));
                        if (!r.get("parent").isNull()) {
                            parentOf.put(r.get("id").asString(), r.get("parent").asString());
                        }
                    });
            Areas areas = new Areas(parentOf, levelOf);

            Map<String, SupportNetwork.Resident> residents = new HashMap<>();
            Map<String, List<SupportNetwork.Support>> supports = new HashMap<>();
            Map<String, String> networkOf = new HashMap<>();
            Map<String, Set<String>> members = new HashMap<>();
            stream(tx, ALL_RESIDENTS, Map.of(), r -> {
                ResidentFacts facts = residentFacts(r, areas);
                residents.put(facts.id(), facts.resident());
                if (!facts.supports().isEmpty()) {
                    supports.put(facts.id(), facts.supports());
                }
                if (facts.network() != null) {
                    networkOf.put(facts.id(), facts.network());
                    members.put(facts.network(), facts.members());
                }
            });

            Map<String, SupportNetwork.Helper> helpers = new HashMap<>();
            stream(tx, ALL_HELPERS, Map.of(), r -> helpers.put(r.get("id").asString(), helper(r)));
            Map<String, SupportNetwork.Provider> providers = new HashMap<>();
            stream(tx, ALL_PROVIDERS, Map.of(), r -> providers.put(r.get("id").asString(), provider(r)));
            Map<String, List<String>> layer2 = new HashMap<>();
            stream(tx, "MATCH (c:Coordinator {layer: 2})-[:ASSIGNED_TO]->(a:Area) RETURN c.id AS id, a.id AS area ORDER BY id",
                    Map.of(), r -> layer2.computeIfAbsent(r.get("area").asString(), k -> new ArrayList<>())
                            .add(r.get("id").asString()));
            ProviderFacts pf = providerFacts(tx);
            Map<String, SupportNetwork.DisplayName> names = new HashMap<>();
            stream(tx, ALL_NAMES, Map.of(), r -> names.put(r.get("id").asString(), displayName(r)));

            SupportNetwork network = new SupportNetwork(residents, helpers, supports, networkOf, members, providers,
                    pf.sameKind(), parentOf, layer2,
                    SupportNetwork.graph(residents, helpers, supports, networkOf, members), levelOf, pf.networks(),
                    pf.associations());
            network.putNames(names);
            network.putAreaNames(areaNames);
            return network;
        });
    }

    /** One resident's facts; {@code resident} is null when they are gone. */
    record ResidentFacts(String id, SupportNetwork.Resident resident, List<SupportNetwork.Support> supports,
                         String network, Set<String> members) {
    }

    /** The facts of these residents as they are now (a resident missing from the answer no longer exists). */
    Map<String, ResidentFacts> residents(Collection<String> ids, SupportNetwork network) {
        Areas areas = new Areas(network.parentOf(), network.levelOf());
        Map<String, ResidentFacts> facts = new LinkedHashMap<>();
        read(tx -> {
            stream(tx, RESIDENTS_BY_ID, Map.of("ids", List.copyOf(ids)), r -> {
                ResidentFacts f = residentFacts(r, areas);
                facts.put(f.id(), f);
            });
            return null;
        });
        return facts;
    }

    /** People and organizations by id, with their provider facts for organizations. */
    record HelperFacts(Map<String, SupportNetwork.Helper> helpers, Map<String, SupportNetwork.Provider> providers) {
    }

    HelperFacts helpers(Collection<String> ids) {
        Map<String, SupportNetwork.Helper> helpers = new HashMap<>();
        Map<String, SupportNetwork.Provider> providers = new HashMap<>();
        read(tx -> {
            stream(tx, HELPERS_BY_ID, Map.of("ids", List.copyOf(ids)), r -> helpers.put(r.get("id").asString(), helper(r)));
            stream(tx, PROVIDERS_BY_ID, Map.of("ids", List.copyOf(ids)),
                    r -> providers.put(r.get("id").asString(), provider(r)));
            return null;
        });
        return new HelperFacts(helpers, providers);
    }

    /** The display names of these nodes as they are now. */
    Map<String, SupportNetwork.DisplayName> names(Collection<String> ids) {
        Map<String, SupportNetwork.DisplayName> names = new HashMap<>();
        read(tx -> {
            stream(tx, NAMES_BY_ID, Map.of("ids", List.copyOf(ids)), r -> names.put(r.get("id").asString(), displayName(r)));
            return null;
        });
        return names;
    }

    /** See {@link #WORKS_FOR_NEIGHBOURS}. */
    Set<String> worksForNeighbours(String id) {
        Set<String> ids = new HashSet<>();
        read(tx -> {
            stream(tx, WORKS_FOR_NEIGHBOURS, Map.of("id", id), r -> ids.add(r.get("id").asString()));
            return null;
        });
        return ids;
    }

    private static SupportNetwork.DisplayName displayName(Record r) {
        return new SupportNetwork.DisplayName(r.get("name").asString(null), r.get("pseudonym").asString(null),
                r.get("consent").asBoolean(false));
    }

    /** Provider networks, same-kind memberships and neighbourhood associations (hundreds in a city). */
    record ProviderFacts(Map<String, SupportNetwork.ProviderNetwork> networks, Map<String, Set<String>> sameKind,
                         Map<String, SupportNetwork.Association> associations) {
    }

    ProviderFacts providerFacts() {
        return read(SupportNetworkLoader::providerFacts);
    }

    /** The resident an individual network is for (null if there is none). */
    String residentOfIndividualNetwork(String networkId) {
        return read(tx -> {
            Result result = tx.run("MATCH (:IndividualNetwork {id: $id})-[:FOR]->(r:Resident) RETURN r.id AS id",
                    Map.of("id", networkId));
            return result.hasNext() ? result.next().get("id").asString() : null;
        });
    }

    private static ProviderFacts providerFacts(TransactionContext tx) {
        Map<String, Set<String>> sameKind = new HashMap<>();
        stream(tx, """
                MATCH (o:Organization)-[:MEMBER_OF]->(:ProviderNetwork)-[:MEMBER_OF*0..]->(n:ProviderNetwork {scope: 'SAME_KIND'})
                RETURN DISTINCT o.id AS org, n.service AS service""",
                Map.of(), r -> sameKind.computeIfAbsent(r.get("service").asString(null), k -> new HashSet<>())
                        .add(r.get("org").asString()));
        Map<String, SupportNetwork.ProviderNetwork> networks = new HashMap<>();
        stream(tx, """
                MATCH (n:ProviderNetwork)
                RETURN n.id AS id, n.name AS name, n.scope = 'SAME_KIND' AS sameKind, n.service AS service,
                       COLLECT { MATCH (n)-[:COVERS]->(a:Area) RETURN DISTINCT a.id } AS covers,
                       COLLECT { MATCH (o:Organization)-[:MEMBER_OF]->(n) RETURN DISTINCT o.id } AS orgs,
                       COLLECT { MATCH (m:ProviderNetwork)-[:MEMBER_OF]->(n) RETURN DISTINCT m.id } AS networks""",
                Map.of(), r -> networks.put(r.get("id").asString(), new SupportNetwork.ProviderNetwork(
                        r.get("id").asString(), r.get("name").asString(null), r.get("sameKind").asBoolean(false),
                        r.get("service").asString(null), strings(r.get("covers")), strings(r.get("orgs")),
                        strings(r.get("networks")))));
        Map<String, SupportNetwork.Association> associations = new HashMap<>();
        stream(tx, """
                MATCH (a:NeighborhoodAssociation)
                RETURN a.id AS id, a.name AS name,
                       head(COLLECT { MATCH (a)-[:SERVES]->(area:Area) RETURN area.id ORDER BY area.id }) AS area,
                       COLLECT { MATCH (a)-[:REFERS_TO]->(n:NPO) RETURN DISTINCT n.id } AS npos,
                       COLLECT { MATCH (a)-[:REPORTS_NEED]->(k:ServiceKind) RETURN DISTINCT k.code } AS needs""",
                Map.of(), r -> associations.put(r.get("id").asString(), new SupportNetwork.Association(
                        r.get("id").asString(), r.get("name").asString(null), r.get("area").asString(null),
                        strings(r.get("npos")), strings(r.get("needs")))));
        return new ProviderFacts(networks, sameKind, associations);
    }

    /** The area tree, to place residents in their daily-life area. */
    private record Areas(Map<String, String> parentOf, Map<String, String> levelOf) {

        String dailyLifeArea(String areaId) {
            for (String a = areaId; a != null; a = parentOf.get(a)) {
                if ("DAILY_LIFE_AREA".equals(levelOf.get(a))) {
                    return a;
                }
            }
            return areaId;
        }
    }

    private static ResidentFacts residentFacts(Record r, Areas areas) {
        String id = r.get("id").asString();
        String area = r.get("area").asString();
        SupportNetwork.Resident resident = new SupportNetwork.Resident(id, area, areas.dailyLifeArea(area),
                r.get("careLevel").asString(null), strings(r.get("needs")));
        List<SupportNetwork.Support> supports = new ArrayList<>();
        for (Value pair : r.get("supports").values()) {
            supports.add(new SupportNetwork.Support(pair.get(0).asString(), pair.get(1).asString(null)));
        }
        List<Object> networks = r.get("networks").asList();
        String network = networks.isEmpty() ? null : (String) networks.getFirst();
        return new ResidentFacts(id, resident, supports, network, network == null ? Set.of() : strings(r.get("members")));
    }

    private static SupportNetwork.Helper helper(Record r) {
        return new SupportNetwork.Helper(r.get("id").asString(), r.get("organization").asBoolean(),
                r.get("kind").asString(null), r.get("name").asString(null), r.get("active").asBoolean(true),
                r.get("routeHolder").asBoolean(false));
    }

    private static SupportNetwork.Provider provider(Record r) {
        return new SupportNetwork.Provider(r.get("id").asString(), r.get("name").asString(null),
                r.get("type").asString(null), r.get("active").asBoolean(true), strings(r.get("offers")),
                strings(r.get("serves")));
    }

    private static void stream(TransactionContext tx, String cypher, Map<String, Object> parameters, Consumer<Record> each) {
        Result result = tx.run(cypher, parameters);
        while (result.hasNext()) {
            each.accept(result.next());
        }
    }

    private static Set<String> strings(Value value) {
        if (value.isNull() || value.isEmpty()) {
            return Set.of();
        }
        Set<String> all = new HashSet<>(value.size() * 2);
        value.values().forEach(v -> all.add(v.asString()));
        return Set.copyOf(all);
    }
}
