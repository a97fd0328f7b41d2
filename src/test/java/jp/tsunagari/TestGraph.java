package jp.tsunagari;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Test helper over the application's driver: empties the graph (keeping reference data) and counts what is in it. */
public record TestGraph(Driver driver) {

    /**
     * Removes the community-care graph and the gap trend counted on it; keeps reference data, migration history,
     * users and the append-only audit trail (whose chain must stay whole).
     */
    public void clear() {
        run("""
                MATCH (n) WHERE n:Area OR n:Resident OR n:Person OR n:Organization OR n:IndividualNetwork
                                OR n:ProviderNetwork OR n:Council OR n:GapCount
                DETACH DELETE n""");
    }

    /** Node and relationship counts, to show that a rejected write changed nothing. */
    public String fingerprint() {
        Record r = single("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
                RETURN nodes + ' nodes, ' + rels + ' relationships' AS fingerprint""", Map.of());
        return r.get("fingerprint").asString();
    }

    /** Counts of the community-care graph only (the audit trail grows with every action, refused ones too). */
    public String fingerprintOfNetwork() {
        Record r = single("""
                CALL () { MATCH (n) WHERE NOT n:AuditEntry AND NOT n:AuditHead RETURN count(n) AS nodes }
                CALL () { MATCH (a)-[r]->() WHERE NOT a:AuditEntry RETURN count(r) AS rels }
                RETURN nodes + ' nodes, ' + rels + ' relationships' AS fingerprint""", Map.of());
        return r.get("fingerprint").asString();
    }

    /** An enabled, unlocked account with one role, for tests that log in (browser tests); replaced if it exists. */
    public void user(String username, String passwordHash, String role) {
        run("""
                MERGE (u:User {username: $username})
                SET u.enabled = true, u.failedLogins = 0, u.lockedUntil = null, u.createdAt = datetime(),
                    u.roles = [$role], u.demo = false, u.passwordHash = $hash""",
                "username", username, "hash", passwordHash, "role", role);
    }

    public void run(String cypher, Object... keyValues) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, params(keyValues)).consume());
        }
    }

    public long count(String cypher, Object... keyValues) {
        return single(cypher, params(keyValues)).get(0).asLong();
    }

    public Record single(String cypher, Map<String, Object> params) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, params).single());
        }
    }

    private static Map<String, Object> params(Object... keyValues) {
        var map = new java.util.HashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
