package jp.tsunagari.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import jp.tsunagari.TsunagariApplication;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * With {@code NEO4J_URI} set, the application uses that server and starts no database of its own. The "external
 * server" here is the test context's own embedded Neo4j, reached over Bolt like any other server.
 */
@TsunagariTest
class ExternalNeo4jTest {

    @Autowired EmbeddedNeo4jConfiguration.EmbeddedNeo4j server;

    @Test
    void externalServerIsUsedAndNoEmbeddedDatabaseStarts(@TempDir Path dataDir) {
        try (var context = new SpringApplicationBuilder(TsunagariApplication.class)
                .run("--tsunagari.data-dir=" + dataDir, "--tsunagari.demo.enabled=false", "--server.port=0",
                        "--NEO4J_URI=" + server.boltUri(), "--NEO4J_USERNAME=neo4j", "--NEO4J_PASSWORD=" + server.password())) {
            assertThat(context.getBeansOfType(EmbeddedNeo4jConfiguration.EmbeddedNeo4j.class)).isEmpty();
            assertThat(Files.exists(dataDir.resolve("neo4j"))).as("no embedded store created").isFalse();
            long kinds = context.getBean(Driver.class).executableQuery("MATCH (s:ServiceKind) RETURN count(s) AS n")
                    .execute().records().getFirst().get("n").asLong();
            assertThat(kinds).isGreaterThanOrEqualTo(18);
        }
    }
}
