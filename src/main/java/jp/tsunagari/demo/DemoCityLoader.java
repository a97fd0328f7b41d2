package jp.tsunagari.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.network.NetworkChanged;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the demo city into an empty database at start-up, in batched {@code UNWIND} transactions, before the web
 * server opens (so nobody logs in to half a city). A load that fails half way is removed again, so the next start
 * tries afresh instead of finding half a city.
 */
@Component
class DemoCityLoader implements SmartLifecycle {

    /** Before the users are set up (they need the city's areas) and long before the web server starts. */
    static final int PHASE = -200;

    private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);
    static final int BATCH = 10_000;

    /** One statement per table of {@link DemoCity}, in load order. Labels are constants, values are parameters. */
    private static final Map<String, String> STATEMENTS = new LinkedHashMap<>();

    static {
        STATEMENTS.put("areas", """
                UNWIND $rows AS row
                CREATE (a:Area {id: row.id, name: row.name, level: row.level})
                SET a.boundary = row.boundary
                WITH a, row MATCH (p:Area {id: row.parentId}) CREATE (a)-[:PART_OF]->(p)""");
        STATEMENTS.put("organizations", """
                UNWIND $rows AS row
                CREATE (o:Organization {id: row.id, name: row.name, type: row.type, active: row.active})
                SET o:$(row.labels), o.latitude = row.latitude, o.longitude = row.longitude
                WITH o, row
                CALL (o, row) { UNWIND row.offers AS code MATCH (s:ServiceKind {code: code}) CREATE (o)-[:OFFERS]->(s) }
                CALL (o, row) { UNWIND row.serves AS areaId MATCH (a:Area {id: areaId}) CREATE (o)-[:SERVES]->(a) }""");
        STATEMENTS.put("persons", """
                UNWIND $rows AS row
                CREATE (p:Person {id: row.id, name: row.name, role: row.role})
                SET p:$(row.labels), p.layer = row.layer
                WITH p, row
                CALL (p, row) { MATCH (o:Organization {id: row.organizationId}) CREATE (p)-[:WORKS_FOR]->(o) }
                CALL (p, row) { UNWIND row.areaIds AS areaId MATCH (a:Area {id: areaId}) CREATE (p)-[:ASSIGNED_TO]->(a) }""");
        STATEMENTS.put("residents", """
                UNWIND $rows AS row
                MATCH (a:Area {id: row.areaId})
                CREATE (r:Resident {id: row.id, name: row.name, pseudonym: row.pseudonym, livesAlone: row.livesAlone,
                                    careLevel: row.careLevel, consentToShare: row.consentToShare})-[:LIVES_IN]->(a)
                WITH r, row
                CALL (r, row) { UNWIND row.needs AS code MATCH (s:ServiceKind {code: code}) CREATE (r)-[:NEEDS]->(s) }""");
        STATEMENTS.put("counters", """
                UNWIND $rows AS row
                MERGE (c:Counter {name: row.name}) SET c.value = row.value""");
        for (String label : List.of("Person", "Organization")) {
            STATEMENTS.put("supportsBy" + label, """
                    UNWIND $rows AS row
                    MATCH (s:%s {id: row.from}), (r:Resident {id: row.to})
                    CREATE (s)-[:SUPPORTS {service: row.service, since: row.since}]->(r)""".formatted(label));
        }
        STATEMENTS.put("individualNetworks", """
                UNWIND $rows AS row
                MATCH (r:Resident {id: row.residentId})
                CREATE (n:IndividualNetwork {id: row.id, name: r.name + ' 個別ネットワーク', formedOn: row.formedOn,
                                             contact: row.contact})-[:FOR]->(r)
                WITH n, row
                CALL (n, row) { MATCH (c:Person {id: row.convenerId}) CREATE (n)-[:CONVENED_BY]->(c) }
                CALL (n, row) { MATCH (c:Organization {id: row.convenerId}) CREATE (n)-[:CONVENED_BY]->(c) }""");
        for (String label : List.of("Person", "Organization")) {
            STATEMENTS.put("individualMembers" + label, """
                    UNWIND $rows AS row
                    MATCH (m:%s {id: row.from}), (n:IndividualNetwork {id: row.to})
                    CREATE (m)-[:MEMBER_OF {since: row.since}]->(n)""".formatted(label));
        }
        STATEMENTS.put("providerNetworks", """
                UNWIND $rows AS row
                CREATE (n:ProviderNetwork {id: row.id, name: row.name, scope: row.scope, form: row.form})
                SET n.service = row.service
                WITH n, row
                CALL (n, row) { UNWIND row.areaIds AS areaId MATCH (a:Area {id: areaId}) CREATE (n)-[:COVERS]->(a) }
                CALL (n, row) { MATCH (c:Person {id: row.convenerId}) CREATE (n)-[:CONVENED_BY]->(c) }""");
        for (String label : List.of("Organization", "ProviderNetwork")) {
            STATEMENTS.put("providerMembers" + (label.equals("Organization") ? "Organization" : "Network"), """
                    UNWIND $rows AS row
                    MATCH (m:%s {id: row.from}), (n:ProviderNetwork {id: row.to})
                    CREATE (m)-[:MEMBER_OF {since: row.since}]->(n)""".formatted(label));
        }
        STATEMENTS.put("referrals", """
                UNWIND $rows AS row
                MATCH (a:Organization {id: row.from}), (n:Organization {id: row.to})
                CREATE (a)-[:REFERS_TO {since: row.since}]->(n)""");
        STATEMENTS.put("reportedNeeds", """
                UNWIND $rows AS row
                MATCH (a:Organization {id: row.from}), (s:ServiceKind {code: row.code})
                CREATE (a)-[:REPORTS_NEED]->(s)""");
        STATEMENTS.put("councils", """
                UNWIND $rows AS row
                CREATE (c:Council {id: row.id, name: row.name, layer: row.layer})
                WITH c, row UNWIND row.areaIds AS areaId MATCH (a:Area {id: areaId}) CREATE (c)-[:COVERS]->(a)""");
        for (String label : List.of("Person", "Organization")) {
            STATEMENTS.put("seats" + label, """
                    UNWIND $rows AS row
                    MATCH (m:%s {id: row.from}), (c:Council {id: row.to})
                    CREATE (m)-[:SITS_ON {since: row.since}]->(c)""".formatted(label));
        }
    }

    private final Driver driver;
    private final DemoProperties properties;
    private final ApplicationEventPublisher events;

    DemoCityLoader(Driver driver, DemoProperties properties, ApplicationEventPublisher events) {
        this.driver = driver;
        this.properties = properties;
        this.events = events;
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
        if (!properties.enabled()) {
            return;
        }
        if (!isEmpty()) {
            log.info("Database already holds a municipality: demo city not loaded");
            return;
        }
        long start = System.nanoTime();
        DemoCity city = DemoCityGenerator.generate(properties.seed(), properties.scale());
        log.info("Demo city {} generated in {} ms", city.name(), (System.nanoTime() - start) / 1_000_000);
        load(city);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    boolean isEmpty() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run("RETURN NOT EXISTS { (:Area) } AND NOT EXISTS { (:Resident) } AS empty")
                    .single().get("empty").asBoolean());
        }
    }

    /** Writes the city and reports how long it took; removes everything written if any batch fails. */
    LoadReport load(DemoCity city) {
        long start = System.nanoTime();
        log.info("Loading demo city {} ({}, seed {})…", city.name(), properties.scale().name().toLowerCase(),
                properties.seed());
        long rows = 0;
        try (Session session = driver.session()) {
            for (var statement : STATEMENTS.entrySet()) {
                List<Map<String, Object>> table = city.rows(statement.getKey());
                for (int from = 0; from < table.size(); from += BATCH) {
                    List<Map<String, Object>> batch = table.subList(from, Math.min(table.size(), from + BATCH));
                    session.executeWriteWithoutResult(tx -> tx.run(statement.getValue(), Map.of("rows", batch)).consume());
                }
                rows += table.size();
                log.debug("{}: {} rows written after {} ms", statement.getKey(), table.size(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuntimeException e) {
            log.error("Loading the demo city failed; removing what was written", e);
            removeAll();
            throw e;
        }
        LoadReport report = counts((System.nanoTime() - start) / 1_000_000);
        log.info("Demo city {} loaded: {} rows as {} nodes, {} relationships in {} ms", city.name(), rows, report.nodes(),
                report.relationships(), report.millis());
        events.publishEvent(new NetworkChanged.BulkLoaded("demo city " + DemoCityGenerator.MUNICIPALITY_ID));
        return report;
    }

    record LoadReport(long nodes, long relationships, long millis) {
    }

    private LoadReport counts(long millis) {
        try (Session session = driver.session()) {
            var record = session.executeRead(tx -> tx.run("""
                    CALL () { MATCH (n) RETURN count(n) AS nodes }
                    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                    RETURN nodes, relationships""").single());
            return new LoadReport(record.get("nodes").asLong(), record.get("relationships").asLong(), millis);
        }
    }

    private void removeAll() {
        try (Session session = driver.session()) {
            session.run("""
                    MATCH (n) WHERE n:Area OR n:Resident OR n:Person OR n:Organization OR n:IndividualNetwork
                                    OR n:ProviderNetwork OR n:Council
                    CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""").consume();
        }
    }
}
