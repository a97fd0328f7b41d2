package jp.tsunagari.demo;

import jp.tsunagari.Neo4jServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link DemoCityGapsTest} against a Neo4j server in a container (skipped without Docker). */
@Testcontainers(disabledWithoutDocker = true)
class DemoCityGapsOnServerTest extends DemoCityGapsTest {

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        Neo4jServer.register(registry);
    }
}
