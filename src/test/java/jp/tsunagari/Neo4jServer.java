package jp.tsunagari;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * A Neo4j server in a container, shared by the "…OnServerTest" classes, which rerun integration tests against it
 * where Docker is available (they are skipped where it is not, as on the build machines of this project).
 */
public final class Neo4jServer {

    private static final Neo4jContainer CONTAINER = new Neo4jContainer("neo4j:2026.08.1")
            .withAdminPassword("tsunagari-test");

    private Neo4jServer() {
    }

    /** Starts the container once and points the application at it instead of an embedded database. */
    public static void register(DynamicPropertyRegistry registry) {
        CONTAINER.start();
        registry.add("spring.neo4j.uri", CONTAINER::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", CONTAINER::getAdminPassword);
    }
}
