package jp.tsunagari.console;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.stereotype.Component;

/**
 * Runs one console query in a read-access-mode transaction with a timeout — the database refuses any write in it and
 * terminates it at the timeout — reading at most the row cap, and converts the driver's values to
 * {@link ConsoleResult} cells. The transaction is rolled back, never committed.
 */
@Component
class ReadOnlyRunner {

    /** Columns and rows as read, before privacy rules. */
    record RawResult(List<String> columns, List<List<Object>> rows, boolean truncated) {
    }

    private final Driver driver;

    ReadOnlyRunner(Driver driver) {
        this.driver = driver;
    }

    /** A session whose transactions the database runs in read access mode. */
    Session readSession() {
        return driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
    }

    RawResult run(String cypher, Map<String, Object> params, ConsoleProperties.Limits limits) {
        TransactionConfig config = TransactionConfig.builder().withTimeout(limits.timeout())
                .withMetadata(Map.of("app", "tsunagari-console")).build();
        try (Session session = readSession(); Transaction tx = session.beginTransaction(config)) {
            Result result = tx.run(cypher, params);
            List<String> columns = result.keys();
            List<List<Object>> rows = new ArrayList<>();
            boolean truncated = false;
            while (result.hasNext()) {
                if (rows.size() == limits.maxRows()) {
                    truncated = true; // the rollback below stops the rest
                    break;
                }
                var record = result.next();
                List<Object> row = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    row.add(convert(record.get(i)));
                }
                rows.add(row);
            }
            tx.rollback();
            return new RawResult(columns, rows, truncated);
        } catch (Neo4jException e) {
            throw refusal(e, limits);
        }
    }

    /** The refusal a database error means for the analyst. */
    static ConsoleRefusal refusal(Neo4jException e, ConsoleProperties.Limits limits) {
        String code = String.valueOf(e.code());
        String message = firstLine(e.getMessage());
        if (code.equals("Neo.ClientError.Statement.AccessMode") || code.contains("ForbiddenOnReadOnlyDatabase")) {
            return new ConsoleRefusal(ConsoleRefusal.Reason.WRITE);
        }
        if (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated")
                || code.contains("TransactionMarkedAsFailed") && message.contains("timed out")) {
            return new ConsoleRefusal(ConsoleRefusal.Reason.TIMEOUT, limits.timeout().toMillis() / 1000.0);
        }
        if (code.startsWith("Neo.ClientError.Statement.")) {
            return new ConsoleRefusal(ConsoleRefusal.Reason.SYNTAX, message);
        }
        return new ConsoleRefusal(ConsoleRefusal.Reason.FAILED, message);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static Object convert(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        var type = value.type();
        TypeSystem types = TypeSystem.getDefault();
        if (type.equals(types.NODE())) {
            return node(value.asNode());
        }
        if (type.equals(types.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        }
        if (type.equals(types.PATH())) {
            Path path = value.asPath();
            List<ResultNode> nodes = new ArrayList<>();
            path.nodes().forEach(n -> nodes.add(node(n)));
            List<ResultRelationship> rels = new ArrayList<>();
            path.relationships().forEach(r -> rels.add(relationship(r)));
            return new ResultPath(nodes, rels);
        }
        if (type.equals(types.LIST())) {
            List<Object> list = new ArrayList<>();
            value.values().forEach(v -> list.add(convert(v)));
            return list;
        }
        if (type.equals(types.MAP())) {
            return map(value);
        }
        if (type.equals(types.BOOLEAN())) {
            return value.asBoolean();
        }
        if (type.equals(types.INTEGER())) {
            return value.asLong();
        }
        if (type.equals(types.FLOAT())) {
            return value.asDouble();
        }
        if (type.equals(types.STRING())) {
            return value.asString();
        }
        if (type.equals(types.BYTES())) {
            return Base64.getEncoder().encodeToString(value.asByteArray());
        }
        if (type.equals(types.POINT())) {
            var p = value.asPoint();
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("srid", p.srid());
            point.put("x", p.x());
            point.put("y", p.y());
            if (!Double.isNaN(p.z())) {
                point.put("z", p.z());
            }
            return point;
        }
        // Dates, times, datetimes and durations: their ISO-8601 form, as Neo4j Browser shows them.
        return value.asObject().toString();
    }

    private static Map<String, Object> map(Value value) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key : value.keys()) {
            map.put(key, convert(value.get(key)));
        }
        return map;
    }

    private static ResultNode node(Node n) {
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        Map<String, Object> properties = new LinkedHashMap<>();
        n.keys().forEach(k -> properties.put(k, convert(n.get(k))));
        return new ResultNode(n.elementId(), labels, properties);
    }

    private static ResultRelationship relationship(Relationship r) {
        Map<String, Object> properties = new LinkedHashMap<>();
        r.keys().forEach(k -> properties.put(k, convert(r.get(k))));
        return new ResultRelationship(r.elementId(), r.type(), r.startNodeElementId(), r.endNodeElementId(), properties);
    }
}
