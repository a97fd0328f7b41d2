package jp.tsunagari.console;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.tsunagari.security.CurrentUser;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's console history (the last {@code history-size} queries run) and saved queries, as
 * {@code (:ConsoleQuery)} nodes without relationships (migration V010): nobody else's, never part of the network.
 * Parameters are kept as JSON text.
 */
@Service
public class SavedQueries {

    /** A kept query. {@code kind}: HISTORY or SAVED. */
    public record Entry(String id, String kind, String name, String cypher, String paramsJson, Instant at) {
    }

    private final Neo4jClient client;
    private final CurrentUser user;
    private final ConsoleProperties properties;

    SavedQueries(Neo4jClient client, CurrentUser user, ConsoleProperties properties) {
        this.client = client;
        this.user = user;
        this.properties = properties;
    }

    /** Records a query just run, dropping the oldest beyond the history size; the same text again moves to the top. */
    @Transactional
    public void remember(String cypher, String paramsJson) {
        user.requireConsole();
        client.query("""
                MATCH (q:ConsoleQuery {user: $user, kind: 'HISTORY', cypher: $cypher}) DELETE q""")
                .bindAll(Map.of("user", user.username(), "cypher", cypher)).run();
        create("HISTORY", null, cypher, paramsJson);
        client.query("""
                MATCH (q:ConsoleQuery {user: $user, kind: 'HISTORY'})
                WITH q ORDER BY q.at DESC SKIP $keep DELETE q""")
                .bindAll(Map.of("user", user.username(), "keep", properties.historySize())).run();
    }

    /** Saves a query under a name; the same name again replaces it. */
    @Transactional
    public void save(String name, String cypher, String paramsJson) {
        user.requireConsole();
        client.query("MATCH (q:ConsoleQuery {user: $user, kind: 'SAVED', name: $name}) DELETE q")
                .bindAll(Map.of("user", user.username(), "name", name)).run();
        create("SAVED", name, cypher, paramsJson);
    }

    @Transactional
    public void delete(String id) {
        user.requireConsole();
        client.query("MATCH (q:ConsoleQuery {id: $id, user: $user}) DELETE q")
                .bindAll(Map.of("id", id, "user", user.username())).run();
    }

    @Transactional(readOnly = true)
    public List<Entry> history() {
        return list("HISTORY");
    }

    @Transactional(readOnly = true)
    public List<Entry> saved() {
        return list("SAVED");
    }

    private void create(String kind, String name, String cypher, String paramsJson) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", UUID.randomUUID().toString());
        params.put("user", user.username());
        params.put("kind", kind);
        params.put("name", name);
        params.put("cypher", cypher);
        params.put("params", paramsJson == null ? "{}" : paramsJson);
        params.put("at", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        client.query("""
                CREATE (:ConsoleQuery {id: $id, user: $user, kind: $kind, name: $name, cypher: $cypher, params: $params,
                                       at: $at})""").bindAll(params).run();
    }

    private List<Entry> list(String kind) {
        user.requireConsole();
        return List.copyOf(client.query("""
                MATCH (q:ConsoleQuery {user: $user, kind: $kind})
                RETURN q.id AS id, q.kind AS kind, q.name AS name, q.cypher AS cypher, q.params AS params, q.at AS at
                ORDER BY CASE WHEN $kind = 'SAVED' THEN q.name END, q.at DESC""")
                .bindAll(Map.of("user", user.username(), "kind", kind))
                .fetchAs(Entry.class).mappedBy((types, r) -> new Entry(r.get("id").asString(), r.get("kind").asString(),
                        r.get("name").asString(null), r.get("cypher").asString(), r.get("params").asString("{}"),
                        Instant.parse(r.get("at").asString()))).all());
    }
}
