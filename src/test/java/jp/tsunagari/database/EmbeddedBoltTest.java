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

/** The embedded database opens Bolt to Neo4j tools: loopback only, password-protected, no file access from Cypher. */
@TsunagariTest
class EmbeddedBoltTest {

    @Autowired Driver driver;
    @Autowired DatabaseProperties properties;
    @Autowired EmbeddedNeo4jConfiguration.EmbeddedNeo4j embedded;
    @org.springframework.boot.test.web.server.LocalServerPort int port;
    TestGraph graph;

    @BeforeEach
    void empty() {
        graph = new TestGraph(driver);
        graph.clear();
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
    void loadCsvCannotFetchUrls() {
        assertThatThrownBy(() -> graph.run("LOAD CSV FROM 'http://127.0.0.1:" + port + "/login' AS line RETURN line"))
                .isInstanceOf(ClientException.class);
    }

    @Test
    void loadCsvCannotReadLocalFiles() {
        assertThatThrownBy(() -> graph.run("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"))
                .isInstanceOf(ClientException.class);
    }
}
