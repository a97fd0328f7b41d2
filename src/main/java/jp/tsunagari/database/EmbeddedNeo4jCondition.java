package jp.tsunagari.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Embedded Neo4j is started only when {@code spring.neo4j.uri} (or {@code NEO4J_URI}) is not set. */
class EmbeddedNeo4jCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String uri = context.getEnvironment().getProperty("spring.neo4j.uri");
        return StringUtils.hasText(uri)
                ? ConditionOutcome.noMatch("external Neo4j configured at spring.neo4j.uri")
                : ConditionOutcome.match("no spring.neo4j.uri: embedded Neo4j");
    }
}
