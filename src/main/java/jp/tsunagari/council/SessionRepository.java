package jp.tsunagari.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tsunagari.gaps.GapType;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Councils, their sessions and the sessions' changes and minutes in Neo4j:
 * {@code (:CouncilSession)-[:OF]->(:Council)}, {@code (:SessionChange)-[:IN]->(:CouncilSession)} (migration V009).
 * Every query is a constant with parameters.
 */
@Repository
class SessionRepository {

    /** The daily-life areas a council covers: its own, those inside them, or the one a neighbourhood lies in. */
    static final String COUNCILS = """
            MATCH (c:Council) WHERE $id IS NULL OR c.id = $id
            RETURN c.id AS id, c.name AS name, c.layer AS layer,
                   COLLECT { MATCH (c)-[:COVERS]->(a:Area)
                             MATCH (d:Area {level: 'DAILY_LIFE_AREA'})
                             WHERE d = a OR EXISTS { (d)-[:PART_OF*1..]->(a) } OR EXISTS { (a)-[:PART_OF*1..]->(d) }
                             RETURN DISTINCT d.id ORDER BY d.id } AS areaIds,
                   COLLECT { MATCH (m:Person|Organization)-[:SITS_ON]->(c) RETURN m {.id, .name} ORDER BY m.id } AS members
            ORDER BY c.layer, c.id""";

    static final String CREATE = """
            MATCH (c:Council {id: $councilId})
            CREATE (s:CouncilSession {id: $id, title: $title, date: $date, agenda: $agenda, attendees: $attendees,
                                      state: 'OPEN', openedAt: $at, openedBy: $username, before: $before})-[:OF]->(c)""";

    static final String SESSION = """
            MATCH (s:CouncilSession {id: $id})-[:OF]->(c:Council)
            RETURN s {.*, snapshot: null} AS session, c.id AS councilId, c.name AS councilName, c.layer AS layer,
                   s.snapshot IS NOT NULL AS hasSnapshot""";

    static final String SESSIONS_OF = """
            MATCH (s:CouncilSession)-[:OF]->(:Council {id: $councilId})
            RETURN s.id AS id ORDER BY s.date DESC, s.openedAt DESC""";

    static final String OPEN_SESSIONS = "MATCH (s:CouncilSession {state: 'OPEN'}) RETURN s.id AS id";

    static final String ATTENDEES = "MATCH (s:CouncilSession {id: $id, state: 'OPEN'}) SET s.attendees = $attendees";

    static final String CLOSE = """
            MATCH (s:CouncilSession {id: $id, state: 'OPEN'})
            SET s.state = 'CLOSED', s.closedAt = $at, s.closedBy = $username, s.after = $after, s.snapshot = $snapshot
            RETURN s.id""";

    static final String ADD_CHANGE = """
            MATCH (s:CouncilSession {id: $sessionId, state: 'OPEN'})
            CREATE (:SessionChange {sessionId: $sessionId, seq: $seq, at: $at, username: $username,
                                    change: $change, element: $element, ids: $ids, opened: $opened,
                                    closed: $closed})-[:IN]->(s)
            RETURN $seq AS seq""";

    static final String CHANGES = """
            MATCH (c:SessionChange)-[:IN]->(:CouncilSession {id: $id})
            RETURN c {.*} AS change ORDER BY c.seq""";

    static final String SNAPSHOT = "MATCH (s:CouncilSession {id: $id}) RETURN s.snapshot AS snapshot";

    private final Neo4jClient client;

    SessionRepository(Neo4jClient client) {
        this.client = client;
    }

    List<Council> councils() {
        return councils(null);
    }

    Optional<Council> council(String id) {
        return councils(id).stream().findFirst();
    }

    private List<Council> councils(String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return client.query(COUNCILS).bindAll(params).fetch().all().stream().map(row -> new Council(
                (String) row.get("id"), (String) row.get("name"), ((Number) row.get("layer")).intValue(),
                strings(row.get("areaIds")), maps(row.get("members")).stream()
                        .map(m -> new Council.Member((String) m.get("id"), (String) m.get("name"))).toList()))
                .toList();
    }

    void create(String id, String councilId, String title, LocalDate date, String agenda, List<String> attendees,
                String at, String username, Map<GapType, Integer> before) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("councilId", councilId);
        params.put("title", title);
        params.put("date", date);
        params.put("agenda", agenda == null ? "" : agenda);
        params.put("attendees", attendees);
        params.put("at", at);
        params.put("username", username);
        params.put("before", countsToList(before));
        client.query(CREATE).bindAll(params).run();
    }

    Optional<CouncilSession> session(String id, List<String> areaIds) {
        return client.query(SESSION).bindAll(Map.of("id", id)).fetch().one().map(row -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) row.get("session");
            return new CouncilSession((String) s.get("id"), (String) row.get("councilId"),
                    (String) row.get("councilName"), ((Number) row.get("layer")).intValue(), (String) s.get("title"),
                    (LocalDate) s.get("date"), (String) s.get("agenda"), strings(s.get("attendees")),
                    CouncilSession.State.valueOf((String) s.get("state")), (String) s.get("openedAt"),
                    (String) s.get("openedBy"), (String) s.get("closedAt"), (String) s.get("closedBy"), areaIds,
                    countsFromList(s.get("before")), countsFromList(s.get("after")));
        });
    }

    /** The council of a session, without reading the session. */
    Optional<String> councilOf(String sessionId) {
        return client.query("MATCH (:CouncilSession {id: $id})-[:OF]->(c:Council) RETURN c.id")
                .bindAll(Map.of("id", sessionId)).fetchAs(String.class).one();
    }

    List<String> sessionsOf(String councilId) {
        return List.copyOf(client.query(SESSIONS_OF).bindAll(Map.of("councilId", councilId)).fetchAs(String.class)
                .all());
    }

    List<String> openSessions() {
        return List.copyOf(client.query(OPEN_SESSIONS).fetchAs(String.class).all());
    }

    void attendees(String id, List<String> attendees) {
        client.query(ATTENDEES).bindAll(Map.of("id", id, "attendees", attendees)).run();
    }

    boolean close(String id, String at, String username, Map<GapType, Integer> after, byte[] snapshot) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("at", at);
        params.put("username", username);
        params.put("after", countsToList(after));
        params.put("snapshot", snapshot);
        return client.query(CLOSE).bindAll(params).fetch().one().isPresent();
    }

    /** Appends a change to an open session; empty when the session is not open (any more). */
    Optional<Integer> addChange(String sessionId, SessionChange change) {
        Map<String, Object> params = new HashMap<>();
        params.put("sessionId", sessionId);
        params.put("seq", change.seq());
        params.put("at", change.at());
        params.put("username", change.username());
        params.put("change", change.change());
        params.put("element", change.element());
        params.put("ids", change.ids());
        params.put("opened", change.opened().stream().map(SessionChange.Gap::key).toList());
        params.put("closed", change.closed().stream().map(SessionChange.Gap::key).toList());
        return client.query(ADD_CHANGE).bindAll(params).fetchAs(Long.class).one().map(Long::intValue);
    }

    List<SessionChange> changes(String sessionId) {
        List<SessionChange> out = new ArrayList<>();
        for (Map<String, Object> row : client.query(CHANGES).bindAll(Map.of("id", sessionId)).fetch().all()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) row.get("change");
            out.add(new SessionChange(((Number) c.get("seq")).intValue(), (String) c.get("at"),
                    (String) c.get("username"), (String) c.get("change"), (String) c.get("element"),
                    strings(c.get("ids")), strings(c.get("opened")).stream().map(SessionChange.Gap::of).toList(),
                    strings(c.get("closed")).stream().map(SessionChange.Gap::of).toList()));
        }
        return out;
    }

    Optional<byte[]> snapshot(String sessionId) {
        return client.query(SNAPSHOT).bindAll(Map.of("id", sessionId)).fetch().one()
                .map(row -> (byte[]) row.get("snapshot"));
    }

    static List<String> countsToList(Map<GapType, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + "=" + e.getValue()).toList();
    }

    static Map<GapType, Integer> countsFromList(Object value) {
        Map<GapType, Integer> out = new EnumMap<>(GapType.class);
        for (String entry : strings(value)) {
            int eq = entry.indexOf('=');
            out.put(GapType.valueOf(entry.substring(0, eq)), Integer.parseInt(entry.substring(eq + 1)));
        }
        return out;
    }

    static List<String> strings(Object value) {
        return value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
