package jp.tsunagari.database;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Accepts the variables Neo4j's own tools and images use ({@code NEO4J_URI}, {@code NEO4J_USERNAME},
 * {@code NEO4J_PASSWORD}) as aliases of {@code spring.neo4j.*}; an explicit {@code spring.neo4j.*} wins.
 */
class Neo4jEnvironmentAliases implements EnvironmentPostProcessor {

    private static final Map<String, String> ALIASES = Map.of(
            "NEO4J_URI", "spring.neo4j.uri",
            "NEO4J_USERNAME", "spring.neo4j.authentication.username",
            "NEO4J_PASSWORD", "spring.neo4j.authentication.password");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> aliased = new LinkedHashMap<>();
        ALIASES.forEach((variable, property) -> {
            String value = environment.getProperty(variable);
            if (StringUtils.hasText(value) && !environment.containsProperty(property)) {
                aliased.put(property, value);
            }
        });
        if (!aliased.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("neo4jEnvironmentAliases", aliased));
        }
    }
}
