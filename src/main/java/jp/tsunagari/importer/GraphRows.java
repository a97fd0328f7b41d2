package jp.tsunagari.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.security.AreaScope;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The graph read back as rows of the import layouts: what export writes, and what an import compares each row with
 * to tell created, updated and unchanged apart. Residents' names come back as stored; whoever exports applies the
 * naming policy.
 */
@Component
class GraphRows {

    /** A selection of rows: all, those with these keys, or (resident kinds) those living in the scope's areas. */
    record Selection(List<Map<String, Object>> keys, AreaScope scope) {
        static Selection all() {
            return new Selection(null, AreaScope.ALL);
        }

        static Selection keys(List<Map<String, Object>> keys) {
            return new Selection(keys, AreaScope.ALL);
        }

        static Selection within(AreaScope scope) {
            return new Selection(null, scope);
        }
    }

    /** {@code %s} is the MATCH of the kind's rows; its variable names are fixed per kind. */
    private record Query(String all, String byKeys, String returns) {
    }

    private static final String IN_SCOPE = " WHERE $all OR EXISTS { MATCH (r)-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(s:Area)"
            + " WHERE s.id IN $areas }";

    private static final Map<ImportKind, Query> QUERIES = new HashMap<>();

    static {
        QUERIES.put(ImportKind.AREAS, new Query("MATCH (n:Area)", "UNWIND $keys AS k MATCH (n:Area {id: k.id})", """
                RETURN n.id AS id, n.name AS name, n.level AS level,
                       reduce(m = null, x IN COLLECT { MATCH (n)-[:PART_OF]->(p:Area) RETURN p.id } | CASE WHEN m IS NULL OR x < m THEN x ELSE m END) AS parentId,
                       n.municipalityCode AS municipalityCode"""));
        QUERIES.put(ImportKind.ORGANIZATIONS, new Query("MATCH (n:Organization)",
                "UNWIND $keys AS k MATCH (n:Organization {id: k.id})", """
                RETURN n.id AS id, n.name AS name, n.type AS type, n.active AS active,
                       COLLECT { MATCH (n)-[:OFFERS]->(s:ServiceKind) RETURN s.code } AS offers,
                       COLLECT { MATCH (n)-[:SERVES]->(a:Area) RETURN a.id } AS serves,
                       n.address AS address, n.phone AS phone, n.officeNumber AS officeNumber,
                       n.corporateNumber AS corporateNumber, n.latitude AS latitude, n.longitude AS longitude"""));
        QUERIES.put(ImportKind.PEOPLE, new Query("MATCH (n:Person)", "UNWIND $keys AS k MATCH (n:Person {id: k.id})", """
                RETURN n.id AS id, n.name AS name, n.role AS role,
                       COLLECT { MATCH (n)-[:WORKS_FOR]->(o:Organization) RETURN o.id } AS organizationIds,
                       CASE WHEN n:Coordinator THEN n.layer END AS coordinatorLayer,
                       COLLECT { MATCH (n)-[:ASSIGNED_TO]->(a:Area) RETURN a.id } AS areaIds"""));
        QUERIES.put(ImportKind.RESIDENTS, new Query("MATCH (r:Resident)" + IN_SCOPE,
                "UNWIND $keys AS k MATCH (r:Resident {id: k.id})", """
                RETURN r.id AS id, r.name AS name,
                       reduce(m = null, x IN COLLECT { MATCH (r)-[:LIVES_IN]->(a:Area) RETURN a.id } | CASE WHEN m IS NULL OR x < m THEN x ELSE m END) AS areaId,
                       r.careLevel AS careLevel, r.livesAlone AS livesAlone, r.consentToShare AS consentToShare,
                       COLLECT { MATCH (r)-[:NEEDS]->(s:ServiceKind) RETURN s.code } AS needs,
                       r.pseudonym AS pseudonym"""));
        QUERIES.put(ImportKind.SUPPORTS, new Query("MATCH (s)-[t:SUPPORTS]->(r:Resident)" + IN_SCOPE, """
                UNWIND $keys AS k MATCH (r:Resident {id: k.residentId})<-[t:SUPPORTS {service: k.service}]-(s)
                WHERE s.id = k.supporterId""", """
                RETURN s.id AS supporterId, r.id AS residentId, t.service AS service, t.since AS since,
                       r.pseudonym AS pseudonym"""));
        QUERIES.put(ImportKind.INDIVIDUAL_NETWORKS, new Query("MATCH (n:IndividualNetwork)-[:FOR]->(r:Resident)" + IN_SCOPE,
                "UNWIND $keys AS k MATCH (n:IndividualNetwork {id: k.id})-[:FOR]->(r:Resident)", """
                RETURN n.id AS id, r.id AS residentId,
                       reduce(m = null, x IN COLLECT { MATCH (n)-[:CONVENED_BY]->(c) RETURN c.id } | CASE WHEN m IS NULL OR x < m THEN x ELSE m END) AS convenerId,
                       n.contact AS contact, n.formedOn AS formedOn"""));
        QUERIES.put(ImportKind.INDIVIDUAL_NETWORK_MEMBERS, new Query(
                "MATCH (m)-[t:MEMBER_OF]->(n:IndividualNetwork)-[:FOR]->(r:Resident)" + IN_SCOPE, """
                UNWIND $keys AS k MATCH (n:IndividualNetwork {id: k.networkId})<-[t:MEMBER_OF]-(m)
                WHERE m.id = k.memberId""", """
                RETURN m.id AS memberId, n.id AS networkId, t.since AS since"""));
        QUERIES.put(ImportKind.PROVIDER_NETWORKS, new Query("MATCH (n:ProviderNetwork)",
                "UNWIND $keys AS k MATCH (n:ProviderNetwork {id: k.id})", """
                RETURN n.id AS id, n.name AS name, n.scope AS scope, n.form AS form, n.service AS service,
                       COLLECT { MATCH (n)-[:COVERS]->(a:Area) RETURN a.id } AS areaIds,
                       reduce(m = null, x IN COLLECT { MATCH (n)-[:CONVENED_BY]->(c) RETURN c.id } | CASE WHEN m IS NULL OR x < m THEN x ELSE m END) AS convenerId"""));
        QUERIES.put(ImportKind.PROVIDER_NETWORK_MEMBERS, new Query("MATCH (m)-[t:MEMBER_OF]->(n:ProviderNetwork)", """
                UNWIND $keys AS k MATCH (n:ProviderNetwork {id: k.networkId})<-[t:MEMBER_OF]-(m)
                WHERE m.id = k.memberId""", """
                RETURN m.id AS memberId, n.id AS networkId, t.since AS since"""));
        QUERIES.put(ImportKind.REFERRALS, new Query("MATCH (a:Organization)-[t:REFERS_TO]->(b:Organization)", """
                UNWIND $keys AS k MATCH (a:Organization {id: k.associationId})-[t:REFERS_TO]->(b:Organization)
                WHERE b.id = k.npoId""", """
                RETURN a.id AS associationId, b.id AS npoId, t.since AS since"""));
        QUERIES.put(ImportKind.COUNCILS, new Query("MATCH (n:Council)", "UNWIND $keys AS k MATCH (n:Council {id: k.id})", """
                RETURN n.id AS id, n.name AS name, n.layer AS layer,
                       COLLECT { MATCH (n)-[:COVERS]->(a:Area) RETURN a.id } AS areaIds"""));
        QUERIES.put(ImportKind.COUNCIL_MEMBERS, new Query("MATCH (m)-[t:SITS_ON]->(n:Council)", """
                UNWIND $keys AS k MATCH (n:Council {id: k.councilId})<-[t:SITS_ON]-(m)
                WHERE m.id = k.memberId""", """
                RETURN m.id AS memberId, n.id AS councilId, t.since AS since"""));
    }

    private final Neo4jClient client;

    GraphRows(Neo4jClient client) {
        this.client = client;
    }

    /** The rows of a kind, each a map from column key to the stored value (lists, booleans, dates, numbers). */
    List<Map<String, Object>> read(ImportKind kind, Selection selection) {
        Query query = QUERIES.get(kind);
        Map<String, Object> params = new HashMap<>();
        String match;
        if (selection.keys() != null) {
            if (selection.keys().isEmpty()) {
                return List.of();
            }
            match = query.byKeys();
            params.put("keys", selection.keys());
        } else {
            match = query.all();
            params.put("all", selection.scope().all());
            params.put("areas", List.copyOf(selection.scope().areaIds()));
        }
        List<Map<String, Object>> rows = new ArrayList<>(client.query(match + "\n" + query.returns()).bindAll(params)
                .fetch().all());
        // Sorted here, not in Cypher: Neo4j 2026.08's planner fails on ORDER BY over some of these projections.
        rows.sort(java.util.Comparator.comparing((Map<String, Object> r) -> kind == ImportKind.AREAS
                ? switch (String.valueOf(r.get("level"))) {
                    case "MUNICIPALITY" -> "0";
                    case "DAILY_LIFE_AREA" -> "1";
                    default -> "2";
                } : "").thenComparing(r -> key(kind, r)));
        return rows;
    }

    /** The key of a row (the values of the kind's key columns), as one string. */
    static String key(ImportKind kind, Map<String, ?> row) {
        StringBuilder key = new StringBuilder();
        for (String column : kind.keyColumns) {
            key.append(row.get(column)).append('\u0000');
        }
        return key.toString();
    }

    static Map<String, Object> keyMap(ImportKind kind, Map<String, ?> row) {
        Map<String, Object> key = new HashMap<>();
        kind.keyColumns.forEach(c -> key.put(c, row.get(c)));
        return key;
    }

    static <T> List<T> chunk(List<T> all, int from, int size) {
        return all.subList(from, Math.min(all.size(), from + size));
    }

    static boolean empty(Collection<?> c) {
        return c == null || c.isEmpty();
    }
}
