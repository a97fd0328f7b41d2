package jp.tsunagari.console;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.stereotype.Component;

/**
 * Asks the database how it would run a console query ({@code EXPLAIN}, in a read transaction: nothing runs) and
 * refuses what the console does not allow — anything but a read-only query, {@code LOAD CSV},
 * {@code CALL {…} IN TRANSACTIONS}, administration commands, procedures outside the allow-list, and the
 * application's own internal data (users, audit trail, saved console queries). The plan also tells which result
 * columns are counts ({@code count(…)}), for small-count suppression. This is the first line; the read-mode
 * transaction the query then runs in is the guarantee.
 */
@Component
class QueryCheck {

    /** Labels, relationship types and property keys of the application's own data, never for the console. */
    static final Set<String> INTERNAL_LABELS = Set.of("User", "AuditEntry", "AuditHead", "Counter", "ConsoleQuery",
            "SavedLayout", "__Neo4jMigration", "__Neo4jMigrationsLock", "SCOPED_TO");
    static final Set<String> INTERNAL_KEYS = Set.of("passwordHash", "previousHash", "remoteAddress", "failedLogins",
            "lockedUntil");
    private static final Pattern INTERNAL_LABEL = Pattern.compile(
            "[:|&!]\\s*`?(" + String.join("|", INTERNAL_LABELS) + ")`?(?![\\w`])");
    private static final Pattern INTERNAL_KEY = Pattern.compile(
            "\\.`?(" + String.join("|", INTERNAL_KEYS) + ")`?(?![\\w`])");
    private static final Pattern COUNT_ALIAS = Pattern.compile(
            "count\\(.*?\\)(?: ASC| DESC)? AS (`[^`]+`|\\w+)");
    private static final Pattern RENAME = Pattern.compile("(`[^`]+`|\\w+) AS (`[^`]+`|\\w+)");

    /** What EXPLAIN showed about an allowed query: its columns that hold counts. */
    record Verdict(Set<String> countColumns, Plan plan) {
    }

    private final ReadOnlyRunner runner;
    private final ConsoleProperties properties;

    QueryCheck(ReadOnlyRunner runner, ConsoleProperties properties) {
        this.runner = runner;
        this.properties = properties;
    }

    Verdict check(String cypher, Map<String, Object> params) {
        ResultSummary summary;
        try (Session session = runner.readSession()) {
            summary = session.executeRead(tx -> tx.run("EXPLAIN " + cypher, params).consume());
        } catch (Neo4jException e) {
            String code = String.valueOf(e.code());
            if (code.contains("UnsupportedAdministrationCommand") || code.contains("AdministrationCommand")) {
                throw new ConsoleRefusal(ConsoleRefusal.Reason.ADMINISTRATION);
            }
            throw ReadOnlyRunner.refusal(e, properties.limits());
        }
        List<Plan> operators = new ArrayList<>();
        if (summary.hasPlan()) {
            flatten(summary.plan(), operators);
        }
        for (Plan operator : operators) {
            String type = operatorType(operator);
            String details = details(operator);
            if (operator.operatorType().endsWith("@system") || type.startsWith("Administration")
                    || type.startsWith("Show") && type.contains("Users")) {
                throw new ConsoleRefusal(ConsoleRefusal.Reason.ADMINISTRATION);
            }
            if (type.equals("LoadCSV")) {
                throw new ConsoleRefusal(ConsoleRefusal.Reason.LOAD_CSV);
            }
            if (type.startsWith("Transaction")) { // TransactionForeach, TransactionApply: CALL {…} IN TRANSACTIONS
                throw new ConsoleRefusal(ConsoleRefusal.Reason.IN_TRANSACTIONS);
            }
            if (type.contains("ProcedureCall")) {
                String name = procedureName(details);
                if (!properties.procedures().contains(name)) {
                    throw new ConsoleRefusal(ConsoleRefusal.Reason.PROCEDURE, name,
                            String.join(", ", properties.procedures()));
                }
            }
            Matcher label = INTERNAL_LABEL.matcher(details);
            Matcher key = INTERNAL_KEY.matcher(details);
            if (label.find()) {
                throw new ConsoleRefusal(ConsoleRefusal.Reason.INTERNAL_DATA, label.group(1));
            }
            if (key.find()) {
                throw new ConsoleRefusal(ConsoleRefusal.Reason.INTERNAL_DATA, key.group(1));
            }
        }
        if (summary.queryType() != QueryType.READ_ONLY) {
            throw new ConsoleRefusal(ConsoleRefusal.Reason.WRITE);
        }
        return new Verdict(countColumns(operators), summary.hasPlan() ? summary.plan() : null);
    }

    /**
     * Result columns computed by {@code count(…)} — directly, or renamed by a later projection
     * ({@code WITH count(r) AS c RETURN c AS residents}).
     */
    static Set<String> countColumns(List<Plan> operators) {
        Set<String> counts = new HashSet<>();
        for (Plan operator : operators) {
            Matcher m = COUNT_ALIAS.matcher(details(operator));
            while (m.find()) {
                counts.add(unquote(m.group(1)));
            }
        }
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Plan operator : operators) {
                if (operatorType(operator).equals("Projection")) {
                    Matcher m = RENAME.matcher(details(operator));
                    while (m.find()) {
                        if (counts.contains(unquote(m.group(1))) && counts.add(unquote(m.group(2)))) {
                            grown = true;
                        }
                    }
                }
            }
        }
        return new LinkedHashSet<>(counts);
    }

    static void flatten(Plan plan, List<Plan> out) {
        out.add(plan);
        plan.children().forEach(child -> flatten(child, out));
    }

    /** {@code EagerAggregation@neo4j} → {@code EagerAggregation}. */
    static String operatorType(Plan plan) {
        String type = plan.operatorType();
        int at = type.indexOf('@');
        return at < 0 ? type : type.substring(0, at);
    }

    static String details(Plan plan) {
        var details = plan.arguments().get("Details");
        return details == null || details.isNull() ? "" : details.asString();
    }

    /** {@code db.labels() :: (label :: STRING)} → {@code db.labels}. */
    static String procedureName(String details) {
        int paren = details.indexOf('(');
        return (paren < 0 ? details : details.substring(0, paren)).strip();
    }

    private static String unquote(String name) {
        return name.startsWith("`") && name.endsWith("`") ? name.substring(1, name.length() - 1) : name;
    }
}
