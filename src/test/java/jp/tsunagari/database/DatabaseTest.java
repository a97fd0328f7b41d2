package jp.tsunagari.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded database: migrated to the latest version, constraints enforced, Bolt open to Neo4j tools with a password. */
@TsunagariTest
class DatabaseTest {

    @Autowired Driver driver;
    @Autowired DatabaseProperties properties;
    @Autowired EmbeddedNeo4jConfiguration.EmbeddedNeo4j embedded;
    TestGraph graph;

    @BeforeEach
    void empty() {
        graph = new TestGraph(driver);
        graph.clear();
    }

    @Test
    void migrationsReachTheLatestVersionInCypherMigrations() throws IOException {
        String latest;
        try (Stream<Path> files = Files.list(Path.of("cypher/migrations"))) {
            latest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.cypher"))
                    .map(n -> n.substring(1, n.indexOf("__"))).max(String::compareTo).orElseThrow();
        }
        var applied = graph.single("""
                MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE'
                RETURN m.version AS version ORDER BY m.version DESC LIMIT 1""", java.util.Map.of());
        assertThat(applied.get("version").asString()).isEqualTo(latest);
    }

    @Test
    void serviceKindReferenceDataIsThereInBothLanguages() {
        List<String> codes = graph.single("MATCH (s:ServiceKind) WHERE s.nameJa IS NOT NULL AND s.nameEn IS NOT NULL "
                + "RETURN collect(s.code) AS codes", java.util.Map.of()).get("codes").asList(Value::asString);
        assertThat(codes).contains("WATCHING", "SHOPPING", "MEALS", "TRANSPORT", "HOUSEWORK", "GARBAGE", "YARD_WORK",
                "SALON", "COMPANIONSHIP", "MEDICATION", "MEDICAL_CARE", "HOME_NURSING", "HOME_CARE", "DAY_CARE",
                "CONSULTATION", "MONEY_MANAGEMENT", "CARER_SUPPORT", "DEMENTIA_SUPPORT");
    }

    @Test
    void databaseRejectsADuplicateIdEvenWhenWrittenAroundTheServices() {
        graph.run("CREATE (:Resident {id: 'res-1', name: 'A'})");
        assertThatThrownBy(() -> graph.run("CREATE (:Resident {id: 'res-1', name: 'B'})"))
                .isInstanceOf(ClientException.class).hasMessageContaining("res-1");
        assertThat(graph.count("MATCH (r:Resident) RETURN count(r)")).isEqualTo(1);
    }

    @Test
    void neo4jToolsConnectOverBoltWithTheGeneratedPassword() throws IOException {
        Path secret = properties.dataDir().resolve("bolt-password");
        String password = Files.readString(secret).strip();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        graph.run("CREATE (:Area {id: 'city', name: '東雲市', level: 'MUNICIPALITY'})");

        try (Driver analyst = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", password))) {
            var name = analyst.executableQuery("MATCH (a:Area {level: 'MUNICIPALITY'}) RETURN a.name AS name").execute()
                    .records().getFirst().get("name").asString();
            assertThat(name).isEqualTo("東雲市");
        }
    }

    @Test
    void boltRefusesAWrongPassword() {
        try (Driver intruder = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", "not-the-password"))) {
            assertThatThrownBy(intruder::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void boltListensOnLoopbackOnly() {
        assertThat(embedded.boltUri()).startsWith("bolt://127.0.0.1:");
    }

    @Test
    void loadCsvCannotReadLocalFiles() {
        assertThatThrownBy(() -> graph.run("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"))
                .isInstanceOf(ClientException.class);
    }
}
