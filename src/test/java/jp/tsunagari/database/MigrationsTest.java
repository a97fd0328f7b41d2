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

/** The database is migrated to the latest version at start-up, holds the reference data and enforces unique ids. */
@TsunagariTest
class MigrationsTest {

    @Autowired Driver driver;
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
}
