package jp.tsunagari.console;

import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.springframework.stereotype.Component;

/**
 * What the editor completes: the model's labels, relationship types and property keys as the database knows them
 * ({@code db.labels()}, …), without the application's internal ones.
 */
@Component
class ConsoleSchema {

    private final Driver driver;

    ConsoleSchema(Driver driver) {
        this.driver = driver;
    }

    CypherEditor.Schema read() {
        return new CypherEditor.Schema(
                names("CALL db.labels() YIELD label RETURN label AS name ORDER BY name").stream()
                        .filter(ResultPrivacy.MODEL_LABELS::contains).toList(),
                names("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS name ORDER BY name")
                        .stream().filter(t -> !QueryCheck.INTERNAL_LABELS.contains(t)).toList(),
                names("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey AS name ORDER BY name").stream()
                        .filter(k -> !QueryCheck.INTERNAL_KEYS.contains(k)).toList(),
                List.of());
    }

    private List<String> names(String cypher) {
        return driver.executableQuery(cypher).withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
                .execute().records().stream().map(r -> r.get("name").asString()).toList();
    }
}
