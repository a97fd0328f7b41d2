package jp.tsunagari.trends;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.security.AreaScope;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The daily-life areas a user may follow the trend of (the trend is kept per daily-life area), id → name. */
@Component
class TrendAreas {

    private final Neo4jClient client;

    TrendAreas(Neo4jClient client) {
        this.client = client;
    }

    @Transactional(readOnly = true)
    Map<String, String> within(AreaScope scope) {
        Map<String, String> names = new LinkedHashMap<>();
        if (scope.none()) {
            return names;
        }
        client.query("""
                        MATCH (a:Area {level: 'DAILY_LIFE_AREA'}) WHERE $all OR a.id IN $areas
                        RETURN a.id AS id, a.name AS name ORDER BY id""")
                .bindAll(Map.of("all", scope.all(), "areas", List.copyOf(scope.areaIds())))
                .fetch().all().forEach(r -> names.put((String) r.get("id"), (String) r.get("name")));
        return names;
    }
}
