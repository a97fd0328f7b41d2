package jp.tsunagari.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The console runs only reads: every kind of write is refused — by the EXPLAIN check, and by the database itself in
 * the read-mode transaction — with the database unchanged; refused clauses and procedures, the timeout, the row
 * cap, internal data, pseudonyms and small-count suppression, and the audit trail.
 */
@TsunagariTest
class ConsoleSafetyTest {

    @Autowired ConsoleService console;
    @Autowired ReadOnlyRunner runner;
    @Autowired AuditTrail audit;
    @Autowired Driver driver;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> strategies;
    TestGraph graph;
    ConsoleUsers users;

    @BeforeEach
    void smallTown() {
        graph = new TestGraph(driver);
        users = new ConsoleUsers(strategies);
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 'c-city', name: '東雲市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 'c-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (n1:Area {id: 'c-n1', name: '桜ヶ丘地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d1),
                       (r1:Resident {id: 'c-r1', name: '山田 花子', pseudonym: '住民-9001', careLevel: 'CARE_2',
                                     livesAlone: true})-[:LIVES_IN]->(n1),
                       (r2:Resident {id: 'c-r2', name: '川口 正夫', pseudonym: '住民-9002', careLevel: 'CARE_4',
                                     livesAlone: false})-[:LIVES_IN]->(n1),
                       (p:Person {id: 'c-p1', name: '山田 一郎', role: 'FAMILY'})-[:SUPPORTS {service: 'WATCHING'}]->(r1),
                       (k:Person:Coordinator {id: 'c-k1', name: '佐藤 調整', role: 'STAFF', layer: 3}),
                       (n:IndividualNetwork {id: 'c-inw1', name: '山田 花子 個別ネットワーク'})-[:FOR]->(r1),
                       (p)-[:MEMBER_OF]->(n), (k)-[:MEMBER_OF]->(n)""");
    }

    private ConsoleResult analyst(String cypher) {
        return users.as("t-console-analyst", "ANALYST", () -> console.run(cypher, Map.of()));
    }

    private ConsoleResult layer1(String cypher) {
        return users.as("t-console-layer1", "LAYER1_COORDINATOR", () -> console.run(cypher, Map.of()));
    }

    private ConsoleRefusal.Reason refusalOf(String cypher) {
        try {
            analyst(cypher);
        } catch (ConsoleRefusal refusal) {
            return refusal.reason();
        }
        throw new AssertionError("not refused: " + cypher);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '§', value = {
            "CREATE (x:Resident {id: 'evil'}) RETURN x                         § WRITE",
            "MERGE (x:Area {id: 'evil'})                                         § WRITE",
            "MATCH (r:Resident) SET r.name = 'x'                                 § WRITE",
            "MATCH (r:Resident) SET r:Evil                                       § WRITE",
            "MATCH (r:Resident) DETACH DELETE r                                  § WRITE",
            "MATCH ()-[s:SUPPORTS]->() DELETE s                                  § WRITE",
            "MATCH (r:Resident) REMOVE r.careLevel                               § WRITE",
            "MATCH (r:Resident) FOREACH (x IN [1] | SET r.flag = x)              § WRITE",
            "MATCH (r:Resident) CALL (r) { SET r.flag = 1 } RETURN r              § WRITE",
            "CREATE INDEX evil FOR (n:Resident) ON (n.flag)                      § WRITE",
            "CREATE CONSTRAINT evil FOR (n:Resident) REQUIRE n.flag IS UNIQUE    § WRITE",
            "DROP INDEX area_level                                               § WRITE",
            "CREATE USER evil SET PASSWORD 'evil-password-1'                     § ADMINISTRATION",
            "ALTER USER neo4j SET PASSWORD 'evil-password-1'                     § ADMINISTRATION",
            "SHOW USERS                                                          § ADMINISTRATION",
            "CREATE DATABASE evil                                                § ADMINISTRATION",
            "CALL db.createLabel('Evil')                                         § PROCEDURE",
            "CALL dbms.components()                                              § PROCEDURE",
            "CALL db.clearQueryCaches()                                          § PROCEDURE",
            "CALL { CREATE (:Evil) } IN TRANSACTIONS                             § IN_TRANSACTIONS",
            "LOAD CSV FROM 'https://example.org/x.csv' AS row RETURN row          § LOAD_CSV",
            "LOAD CSV WITH HEADERS FROM 'file:///etc/passwd' AS row RETURN row   § LOAD_CSV",
            "MATCH (u:User) RETURN u                                             § INTERNAL_DATA",
            "MATCH (n) RETURN n.passwordHash                                     § INTERNAL_DATA",
            "MATCH (e:AuditEntry) RETURN e.detail                                § INTERNAL_DATA",
            "PROFILE MATCH (r:Resident) RETURN r                                 § PROFILE",
            "MATCH (r:Resident RETURN r                                          § SYNTAX",
            "                                                                     § EMPTY",
    })
    void everyKindOfWriteAndRefusedClauseChangesNothing(String cypher, ConsoleRefusal.Reason reason) {
        String before = graph.fingerprintOfNetwork();

        assertThat(refusalOf(cypher == null ? "" : cypher)).isEqualTo(reason);

        assertThat(graph.fingerprintOfNetwork()).isEqualTo(before);
        assertThat(graph.count("SHOW INDEXES YIELD name WHERE name = 'evil' RETURN count(*)")).isZero();
        assertThat(graph.count("SHOW USERS YIELD user WHERE user = 'evil' RETURN count(*)")).isZero();
    }

    @ParameterizedTest(name = "the database itself refuses: {0}")
    @CsvSource(delimiter = '§', value = {
            "CREATE (x:Resident {id: 'evil'}) RETURN x",
            "MATCH (r:Resident) SET r.name = 'x'",
            "MATCH (r:Resident) DETACH DELETE r",
            "MATCH (r:Resident) REMOVE r.careLevel",
            "MERGE (x:Area {id: 'evil'})",
            "CREATE INDEX evil FOR (n:Resident) ON (n.flag)",
            "CREATE USER evil SET PASSWORD 'evil-password-1'",
            "CALL db.createLabel('Evil')",
    })
    void aWriteInTheReadModeTransactionFailsEvenWithoutTheExplainCheck(String cypher) {
        String before = graph.fingerprintOfNetwork();

        assertThatThrownBy(() -> runner.run(cypher, Map.of(), new ConsoleProperties.Limits(Duration.ofSeconds(10), 100)))
                .isInstanceOfSatisfying(ConsoleRefusal.class,
                        r -> assertThat(r.reason()).isEqualTo(ConsoleRefusal.Reason.WRITE));

        assertThat(graph.fingerprintOfNetwork()).isEqualTo(before);
        assertThat(graph.count("SHOW USERS YIELD user WHERE user = 'evil' RETURN count(*)")).isZero();
    }

    @Test
    void allowListedProceduresRun() {
        ConsoleResult labels = analyst("CALL db.labels() YIELD label RETURN label ORDER BY label");
        assertThat(labels.rows()).extracting(r -> r.get(0)).contains("Resident", "Area");
    }

    @Test
    void aRunawayCartesianProductIsStoppedAtTheTimeout() {
        String runaway = """
                MATCH (a:ServiceKind), (b:ServiceKind), (c:ServiceKind), (d:ServiceKind), (e:ServiceKind), (f:ServiceKind),
                      (g:ServiceKind), (h:ServiceKind)
                WHERE a.code + b.code + c.code + d.code + e.code + f.code + g.code + h.code = 'none'
                RETURN count(*)""";
        assertThatThrownBy(() -> users.as("t-console-analyst", "ANALYST", () -> console.run(runaway, Map.of(), List.of(),
                new ConsoleProperties.Limits(Duration.ofSeconds(1), 100))))
                .isInstanceOfSatisfying(ConsoleRefusal.class,
                        r -> assertThat(r.reason()).isEqualTo(ConsoleRefusal.Reason.TIMEOUT));
        assertThat(graph.count("""
                SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.app = 'tsunagari-console' RETURN count(*)"""))
                .as("no console transaction left running").isZero();
    }

    @Test
    void rowsBeyondTheCapAreCutAndMarkedTruncated() {
        ConsoleResult capped = users.as("t-console-analyst", "ANALYST", () -> console.run(
                "UNWIND range(1, 20) AS x RETURN x", Map.of(), List.of(), new ConsoleProperties.Limits(Duration.ofSeconds(10), 5)));
        assertThat(capped.truncated()).isTrue();
        assertThat(capped.rows()).extracting(r -> r.get(0)).containsExactly(1L, 2L, 3L, 4L, 5L);

        ConsoleResult exactly = users.as("t-console-analyst", "ANALYST", () -> console.run(
                "UNWIND range(1, 5) AS x RETURN x", Map.of(), List.of(), new ConsoleProperties.Limits(Duration.ofSeconds(10), 5)));
        assertThat(exactly.truncated()).isFalse();
        assertThat(exactly.rows()).hasSize(5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void analystsSeePseudonymsWhereverAResidentsNameWouldBe() {
        ConsoleResult result = analyst("""
                MATCH p = (s:Person)-[:SUPPORTS]->(r:Resident {id: 'c-r1'}), (n:IndividualNetwork)-[:FOR]->(r)
                RETURN r, r.name AS name, {who: r.name, area: 'x'} AS map, p, n.name AS network, s.name AS supporter,
                       'Dear ' + r.name AS greeting""");
        List<Object> row = result.rows().getFirst();
        ResultNode node = (ResultNode) row.get(0);
        assertThat(node.properties().get("name")).isEqualTo("住民-9001");
        assertThat(row.get(1)).isEqualTo("住民-9001");
        assertThat(row.get(2)).isEqualTo(Map.of("who", "住民-9001", "area", "x"));
        ResultPath path = (ResultPath) row.get(3);
        assertThat(path.nodes()).extracting(n -> n.properties().get("name")).containsExactly("c-p1", "住民-9001");
        assertThat(row.get(4)).isEqualTo("住民-9001 個別ネットワーク");
        assertThat(row.get(5)).as("a family member's name names the resident").isEqualTo("c-p1");
        assertThat(row.get(6)).isEqualTo("Dear 住民-9001");
        assertThat(result.toString()).doesNotContain("山田").doesNotContain("川口");

        ConsoleResult collected = analyst("MATCH (r:Resident) RETURN collect(r.name) AS names");
        assertThat((List<Object>) collected.rows().getFirst().getFirst()).containsExactlyInAnyOrder("住民-9001", "住民-9002");
        assertThat(analyst("MATCH (k:Coordinator) RETURN k.name").rows().getFirst().getFirst())
                .as("coordinators are named").isEqualTo("佐藤 調整");
    }

    @Test
    void aResidentCreatedFromOutsideTheAppIsPseudonymisedInTheVeryNextQuery() {
        assertThat(analyst("MATCH (r:Resident) RETURN r.name AS name").rows()).hasSize(2); // the names are read
        graph.run("""
                MATCH (n1:Area {id: 'c-n1'})
                CREATE (:Resident {id: 'c-r3', name: '森 三郎', pseudonym: '住民-9003'})-[:LIVES_IN]->(n1)""");
        ConsoleResult result = analyst("MATCH (r:Resident {id: 'c-r3'}) RETURN r.name AS name, 'Dear ' + r.name AS greeting");
        assertThat(result.rows().getFirst()).containsExactly("住民-9003", "Dear 住民-9003");
    }

    @Test
    void layer2CoordinatorsSeePseudonymsAndLayer1CoordinatorsNames() {
        assertThat(layer1("MATCH (r:Resident {id: 'c-r1'}) RETURN r.name").rows().getFirst().getFirst()).isEqualTo("山田 花子");
        assertThat(users.as("t-console-layer2", "LAYER2_COORDINATOR",
                () -> console.run("MATCH (r:Resident {id: 'c-r1'}) RETURN r.name", Map.of())).rows().getFirst().getFirst())
                .isEqualTo("住民-9001");
    }

    @Test
    void smallCountsPerAreaAreSuppressedForAnalystsOnly() {
        String perArea = """
                MATCH (r:Resident)-[:LIVES_IN]->(a:Area) RETURN a.id AS area, count(r) AS residents, 5 AS notACount""";
        ConsoleResult suppressed = analyst(perArea);
        assertThat(suppressed.rows().getFirst()).containsExactly("c-n1", null, 5L);
        assertThat(suppressed.suppressedBelow()).isEqualTo(10);
        assertThat(suppressed.suppressedColumns()).containsExactly("residents");

        assertThat(analyst("MATCH (r:Resident) WITH count(r) AS c RETURN c AS total").rows().getFirst().getFirst())
                .as("a renamed count").isNull();
        assertThat(layer1(perArea).rows().getFirst()).containsExactly("c-n1", 2L, 5L);
        assertThat(layer1(perArea).suppressedBelow()).isNull();
    }

    @Test
    void internalDataNeverLeavesEvenThroughLabelFreeQueries() {
        String everything = analyst("MATCH (n) RETURN n, properties(n) AS p, [k IN keys(n) | n[k]] AS values").toString();
        assertThat(everything).doesNotContain("{bcrypt}").doesNotContain("passwordHash").doesNotContain("previousHash");
        assertThat(analyst("MATCH (n) WHERE n.username IS NOT NULL RETURN n").rows())
                .allSatisfy(row -> assertThat(row.getFirst()).isNull());
    }

    @Test
    void explainShowsThePlanWithoutRunning() {
        ConsoleResult plan = analyst("EXPLAIN MATCH (r:Resident) RETURN count(r)");
        assertThat(plan.columns()).containsExactly("operator", "details", "estimatedRows", "identifiers");
        assertThat(plan.rows()).extracting(r -> String.valueOf(r.get(0)).strip()).contains("ProduceResults");
    }

    @Test
    void everyQueryIsAuditedWithItsHashAndParameterNamesOnly() {
        String cypher = "MATCH (r:Resident {id: $id}) WHERE r.careLevel = $level RETURN r.id";
        users.as("t-console-audited", "ANALYST", () -> console.run(cypher, Map.of("id", "c-r1", "level", "CARE_2")));
        try {
            users.as("t-console-audited", "ANALYST", () -> console.run("CREATE (x:Evil)", Map.of()));
        } catch (ConsoleRefusal expected) {
            // audited too
        }

        var entries = audit.search("t-console-audited", AuditAction.CONSOLE_QUERY, null, null, null, 10);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).detail()).contains("sha256=" + ConsoleService.hash(cypher)).contains("params=id,level")
                .contains("outcome=ok").doesNotContain("c-r1").doesNotContain("CARE_2");
        assertThat(entries.get(0).detail()).contains("outcome=WRITE");
    }

    @Test
    void councilViewersAndAdministratorsHaveNoConsole() {
        assertThatThrownBy(() -> users.as("t-console-council", "COUNCIL_VIEWER", () -> console.run("RETURN 1", Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("t-console-admin", "ADMIN", () -> console.run("RETURN 1", Map.of())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
