package jp.tsunagari.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Existence and kind checks by id, shared by the services of this module. */
@Component
class GraphLookup {

    /** The labels whose {@code id} is unique (one constraint each, see V001). */
    static final List<String> ID_LABELS = List.of("Area", "Resident", "Person", "Organization", "ServiceKind",
            "IndividualNetwork", "ProviderNetwork", "Council");

    // One indexed lookup per label, so finding an id never scans the graph. Built from the constants above only.
    private static final String LABELS_OF_ID = "CALL () { "
            + ID_LABELS.stream().map(l -> "MATCH (n:" + l + " {id: $id}) RETURN n").collect(Collectors.joining(" UNION "))
            + " } RETURN labels(n) AS labels LIMIT 1";

    private final Neo4jClient client;

    GraphLookup(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Plans the lookups every change runs, once at start on a thread of its own, for an id no node has (ids written
     * by the app start with a letter or digit): cold, Neo4j's planning of them slowed the first edit after a start.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("lookup-warm-up").start(() -> {
            try {
                labelsOf("#warm-up");
                areasOf("#warm-up");
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(GraphLookup.class).debug("Warming up the lookups failed", e);
            }
        });
    }

    /** The labels of the node with this id, or an empty set when there is none. */
    Set<String> labelsOf(String id) {
        return client.query(LABELS_OF_ID).bind(id).to("id")
                .fetchAs(Set.class)
                .mappedBy((types, record) -> Set.copyOf(record.get("labels").asList(Value::asString)))
                .one()
                .map(labels -> (Set<String>) labels)
                .orElse(Set.of());
    }

    /** Records a violation unless the id is well formed and not used by any node yet. */
    void requireNewId(Checks checks, String field, String id) {
        if (checks.id(field, id) && !labelsOf(id).isEmpty()) {
            checks.add(field, "validation.id.taken", id);
        }
    }

    /**
     * Records a violation unless {@code id} names a node carrying one of {@code labels}; returns its labels
     * (empty when missing or of the wrong kind).
     */
    Set<String> require(Checks checks, String field, String id, String... labels) {
        if (!checks.required(field, id)) {
            return Set.of();
        }
        Set<String> found = labelsOf(id);
        String expected = String.join("/", labels);
        if (found.isEmpty()) {
            checks.add(field, "validation.notFound", expected, id);
            return Set.of();
        }
        if (Set.of(labels).stream().noneMatch(found::contains)) {
            checks.add(field, "validation.wrongKind", id, expected, String.join("/", found));
            return Set.of();
        }
        return found;
    }

    /** Records a violation for each code that is not a known {@code (:ServiceKind)}. */
    void requireServiceKinds(Checks checks, String field, Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return;
        }
        Set<String> known = knownServiceKinds();
        codes.stream().filter(code -> code == null || !known.contains(code)).sorted()
                .forEach(code -> checks.add(field, "validation.serviceKind.unknown", String.valueOf(code)));
    }

    Set<String> knownServiceKinds() {
        return Set.copyOf(client.query("MATCH (s:ServiceKind) RETURN s.code AS code").fetchAs(String.class).all());
    }

    /** Areas an organization serves, or a provider network or council covers (for edit permissions). */
    List<String> areasOf(String id) {
        return List.copyOf(client.query("""
                CALL () {
                  MATCH (:Organization {id: $id})-[:SERVES]->(a:Area) RETURN a
                  UNION MATCH (:ProviderNetwork {id: $id})-[:COVERS]->(a:Area) RETURN a
                }
                RETURN a.id""").bindAll(Map.of("id", String.valueOf(id))).fetchAs(String.class).all());
    }

    /** The resident an individual network is for, or null. */
    String residentOf(String networkId) {
        return client.query("MATCH (:IndividualNetwork {id: $id})-[:FOR]->(r:Resident) RETURN r.id")
                .bindAll(Map.of("id", String.valueOf(networkId))).fetchAs(String.class).one().orElse(null);
    }

    /** The level of an area, or null when the id is not an area. */
    AreaLevel areaLevel(String id) {
        return client.query("MATCH (a:Area {id: $id}) RETURN a.level AS level").bindAll(Map.of("id", id))
                .fetchAs(String.class).one().map(AreaLevel::valueOf).orElse(null);
    }
}
