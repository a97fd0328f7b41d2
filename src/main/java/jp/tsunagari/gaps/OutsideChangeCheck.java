package jp.tsunagari.gaps;

import java.util.List;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/**
 * A cheap fingerprint of the support network — counts Neo4j keeps ready (relationships by type, nodes by label) and
 * the number of suspended organizations and people — so that writes made outside this instance (another instance
 * on the same cluster, an analyst over Bolt, a bulk import) are noticed within seconds. A change that keeps every
 * count equal within one interval goes unnoticed until the next event or refresh.
 */
@Component
class OutsideChangeCheck {

    private static final String FINGERPRINT = """
            CALL () { MATCH ()-[r:SUPPORTS]->() RETURN count(r) AS supports }
            CALL () { MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS memberships }
            CALL () { MATCH ()-[r:NEEDS]->() RETURN count(r) AS needs }
            CALL () { MATCH ()-[r:OFFERS]->() RETURN count(r) AS offers }
            CALL () { MATCH ()-[r:SERVES]->() RETURN count(r) AS serves }
            CALL () { MATCH ()-[r:REFERS_TO]->() RETURN count(r) AS referrals }
            CALL () { MATCH ()-[r:LIVES_IN]->() RETURN count(r) AS residents }
            CALL () { MATCH ()-[r:COVERS]->() RETURN count(r) AS covers }
            CALL () { MATCH (o:Organization) WHERE o.active = false RETURN count(o) AS suspended }
            CALL () { MATCH (p:Person) WHERE p.active = false RETURN count(p) AS absent }
            RETURN [supports, memberships, needs, offers, serves, referrals, residents, covers, suspended, absent] AS f""";

    private final Driver driver;

    OutsideChangeCheck(Driver driver) {
        this.driver = driver;
    }

    /**
     * The counts now, read in a session of its own (as the loader reads): it is also taken right after a change
     * was applied here, on the committing thread, where the committed transaction can run no more queries.
     */
    List<Long> fingerprint() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(FINGERPRINT).single().get("f").asList(v -> v.asLong()));
        }
    }
}
