package jp.tsunagari.importer;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** What validation needs to know about the database, read in a few set-based queries per file (not per row). */
@Component
class GraphState {

    /** The labels whose {@code id} is unique (V001). */
    static final List<String> ID_LABELS = List.of("Area", "Resident", "Person", "Organization", "ServiceKind",
            "IndividualNetwork", "ProviderNetwork", "Council");

    record AreaInfo(String level, String parentId, String name, String municipalityCode) {
    }

    record ProviderNetworkInfo(String scope, String service) {
    }

    private final Neo4jClient client;

    GraphState(Neo4jClient client) {
        this.client = client;
    }

    /** The labels of the nodes with these ids (absent ids are not in the map). */
    Map<String, Set<String>> labelsOf(Collection<String> ids) {
        Map<String, Set<String>> labels = new HashMap<>();
        if (ids.isEmpty()) {
            return labels;
        }
        List<String> list = List.copyOf(new HashSet<>(ids));
        for (String label : ID_LABELS) {
            // One index seek per label; the label is one of the constants above.
            client.query("MATCH (n:" + label + ") WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels")
                    .bindAll(Map.of("ids", list)).fetch().all()
                    .forEach(r -> labels.computeIfAbsent((String) r.get("id"), k -> new HashSet<>())
                            .addAll(strings(r.get("labels"))));
        }
        return labels;
    }

    Map<String, AreaInfo> areas() {
        Map<String, AreaInfo> areas = new HashMap<>();
        client.query("""
                MATCH (a:Area)
                RETURN a.id AS id, a.level AS level, a.name AS name, a.municipalityCode AS code,
                       COLLECT { MATCH (a)-[:PART_OF]->(p:Area) RETURN p.id ORDER BY p.id }[0] AS parentId""")
                .fetch().all().forEach(r -> areas.put((String) r.get("id"), new AreaInfo((String) r.get("level"),
                        (String) r.get("parentId"), (String) r.get("name"), (String) r.get("code"))));
        return areas;
    }

    Map<String, Set<String>> offers(Collection<String> organizationIds) {
        Map<String, Set<String>> offers = new HashMap<>();
        client.query("""
                MATCH (o:Organization) WHERE o.id IN $ids
                RETURN o.id AS id, COLLECT { MATCH (o)-[:OFFERS]->(s:ServiceKind) RETURN s.code } AS codes""")
                .bindAll(Map.of("ids", List.copyOf(organizationIds))).fetch().all()
                .forEach(r -> offers.put((String) r.get("id"), Set.copyOf(strings(r.get("codes")))));
        return offers;
    }

    Map<String, ProviderNetworkInfo> providerNetworks(Collection<String> ids) {
        Map<String, ProviderNetworkInfo> networks = new HashMap<>();
        client.query("MATCH (n:ProviderNetwork) WHERE n.id IN $ids RETURN n.id AS id, n.scope AS scope, n.service AS service")
                .bindAll(Map.of("ids", List.copyOf(ids))).fetch().all()
                .forEach(r -> networks.put((String) r.get("id"),
                        new ProviderNetworkInfo((String) r.get("scope"), (String) r.get("service"))));
        return networks;
    }

    /** For each of these residents that has one, the id of their individual network. */
    Map<String, String> networkOfResident(Collection<String> residentIds) {
        Map<String, String> networks = new HashMap<>();
        client.query("""
                MATCH (n:IndividualNetwork)-[:FOR]->(r:Resident) WHERE r.id IN $ids RETURN r.id AS resident, n.id AS network""")
                .bindAll(Map.of("ids", List.copyOf(residentIds))).fetch().all()
                .forEach(r -> networks.put((String) r.get("resident"), (String) r.get("network")));
        return networks;
    }

    Cells.ServiceKinds serviceKinds() {
        Map<String, String> byName = new HashMap<>();
        Set<String> codes = new HashSet<>();
        client.query("MATCH (s:ServiceKind) RETURN s.code AS code, s.nameJa AS ja, s.nameEn AS en").fetch().all()
                .forEach(r -> {
                    String code = (String) r.get("code");
                    codes.add(code);
                    if (r.get("ja") != null) {
                        byName.put(((String) r.get("ja")).toLowerCase(Locale.ROOT), code);
                    }
                    if (r.get("en") != null) {
                        byName.put(((String) r.get("en")).toLowerCase(Locale.ROOT), code);
                    }
                });
        return new Cells.ServiceKinds(byName, codes);
    }

    private static List<String> strings(Object list) {
        return list == null ? List.of() : ((List<?>) list).stream().map(String::valueOf).toList();
    }
}
