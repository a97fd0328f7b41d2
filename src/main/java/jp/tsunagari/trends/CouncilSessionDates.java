package jp.tsunagari.trends;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council sessions to mark on a trend: {@code (:CouncilSession {id, date, title})-[:OF]->(:Council)}, the
 * council {@code COVERS} an area. For one daily-life area, the sessions of the councils covering it or an area it
 * lies in (its own 第2層協議体 and the city's 第1層協議体); for the whole city, every session. {@code date} may be a
 * date, a datetime or an ISO text ({@code 2026-05-12}); {@code title} may be missing (the council's name is shown).
 * Session dates and titles are no one's personal data.
 */
@Component
class CouncilSessionDates {

    /** One session: when, and what to write at its marker. */
    record Session(String id, LocalDate date, String title, String council) {
    }

    private final Neo4jClient client;

    CouncilSessionDates(Neo4jClient client) {
        this.client = client;
    }

    /** Sessions between the days (inclusive; null: open), for the area (null: all), ordered by date. */
    @Transactional(readOnly = true)
    List<Session> between(String areaId, LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("area", areaId);
        parameters.put("from", from);
        parameters.put("to", to);
        return List.copyOf(client.query("""
                        MATCH (s:CouncilSession)-[:OF]->(c:Council)
                        WHERE s.date IS NOT NULL
                          AND ($area IS NULL OR EXISTS {
                                MATCH (c)-[:COVERS]->(covered:Area), (a:Area {id: $area})
                                WHERE (a)-[:PART_OF*0..]->(covered) })
                        WITH s, c, date(CASE WHEN s.date IS :: STRING THEN left(s.date, 10) ELSE s.date END) AS day
                        WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
                        RETURN DISTINCT s.id AS id, day, coalesce(s.title, c.name) AS title, c.name AS council
                        ORDER BY day, id""")
                .bindAll(parameters)
                .fetchAs(Session.class).mappedBy((types, r) -> new Session(r.get("id").asString(null),
                        r.get("day").asLocalDate(), r.get("title").asString(null), r.get("council").asString(null)))
                .all());
    }
}
