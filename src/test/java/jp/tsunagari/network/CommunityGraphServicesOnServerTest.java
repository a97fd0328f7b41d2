package jp.tsunagari.network;

import jp.tsunagari.Neo4jServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link CommunityGraphServicesTest} against a Neo4j server in a container (skipped without Docker). */
@Testcontainers(disabledWithoutDocker = true)
class CommunityGraphServicesOnServerTest extends CommunityGraphServicesTest {

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        Neo4jServer.register(registry);
    }
}
