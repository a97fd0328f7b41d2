package jp.tsunagari.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class Neo4jEnvironmentAliasesTest {

    private final Neo4jEnvironmentAliases aliases = new Neo4jEnvironmentAliases();

    @Test
    void neo4jVariablesConfigureTheExternalServer() {
        var env = new MockEnvironment().withProperty("NEO4J_URI", "neo4j+s://abc.databases.neo4j.io")
                .withProperty("NEO4J_USERNAME", "analyst").withProperty("NEO4J_PASSWORD", "secret");
        aliases.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.neo4j.uri")).isEqualTo("neo4j+s://abc.databases.neo4j.io");
        assertThat(env.getProperty("spring.neo4j.authentication.username")).isEqualTo("analyst");
        assertThat(env.getProperty("spring.neo4j.authentication.password")).isEqualTo("secret");
    }

    @Test
    void springPropertiesWinOverNeo4jVariables() {
        var env = new MockEnvironment().withProperty("NEO4J_URI", "bolt://a:7687")
                .withProperty("spring.neo4j.uri", "bolt://b:7687");
        aliases.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.neo4j.uri")).isEqualTo("bolt://b:7687");
    }

    @Test
    void withoutVariablesNothingIsConfigured() {
        var env = new MockEnvironment();
        aliases.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.containsProperty("spring.neo4j.uri")).isFalse();
    }
}
