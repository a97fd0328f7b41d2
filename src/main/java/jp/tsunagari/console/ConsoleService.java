package jp.tsunagari.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import org.neo4j.driver.summary.Plan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs analysts' Cypher safely: role check, at most {@code max-concurrent-per-user} at once, {@link QueryCheck}
 * (EXPLAIN), {@link ReadOnlyRunner} (read-mode transaction, timeout, row cap), {@link ResultPrivacy}; every query —
 * refused ones too — is in the audit trail with its hash, its parameter names and how it ended (never its text or
 * values, which may hold names).
 */
@Service
public class ConsoleService {

    private static final Logger log = LoggerFactory.getLogger(ConsoleService.class);
    private static final Pattern EXPLAIN = Pattern.compile("(?is)^\\s*EXPLAIN\\s+(.*)$");
    private static final Pattern PROFILE = Pattern.compile("(?is)^\\s*PROFILE\\s.*$");

    private final CurrentUser user;
    private final AuditTrail audit;
    private final QueryCheck check;
    private final ReadOnlyRunner runner;
    private final ResultPrivacy privacy;
    private final ConsoleProperties properties;
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

    ConsoleService(CurrentUser user, AuditTrail audit, QueryCheck check, ReadOnlyRunner runner, ResultPrivacy privacy,
                   ConsoleProperties properties) {
        this.user = user;
        this.audit = audit;
        this.check = check;
        this.runner = runner;
        this.privacy = privacy;
        this.properties = properties;
    }

    /** Runs an ad-hoc query under the configured limits. */
    public ConsoleResult run(String cypher, Map<String, Object> params) {
        return run(cypher, params, List.of(), properties.limits());
    }

    /** Runs a library query; its declared count columns are suppressed as well as those the plan shows. */
    public ConsoleResult run(LibraryQuery query, Map<String, Object> params) {
        return run(query.cypher(), params, query.suppress(), properties.limits());
    }

    ConsoleResult run(String cypher, Map<String, Object> params, Collection<String> declaredCounts,
                      ConsoleProperties.Limits limits) {
        user.requireConsole();
        Map<String, Object> parameters = params == null ? Map.of() : params;
        String username = user.username();
        long start = System.nanoTime();
        String outcome = "ok";
        int rows = 0;
        AtomicInteger mine = running.computeIfAbsent(username, k -> new AtomicInteger());
        if (mine.incrementAndGet() > properties.maxConcurrentPerUser()) {
            mine.decrementAndGet();
            auditQuery(cypher, parameters, "BUSY", 0, start);
            throw new ConsoleRefusal(ConsoleRefusal.Reason.BUSY, properties.maxConcurrentPerUser());
        }
        try {
            if (cypher == null || cypher.isBlank()) {
                throw new ConsoleRefusal(ConsoleRefusal.Reason.EMPTY);
            }
            if (PROFILE.matcher(cypher).matches()) {
                throw new ConsoleRefusal(ConsoleRefusal.Reason.PROFILE);
            }
            var explain = EXPLAIN.matcher(cypher);
            boolean explainOnly = explain.matches();
            String query = explainOnly ? explain.group(1) : cypher;
            QueryCheck.Verdict verdict = check.check(query, parameters);
            ReadOnlyRunner.RawResult raw = explainOnly ? plan(verdict.plan()) : runner.run(query, parameters, limits);
            Set<String> counts = new HashSet<>(verdict.countColumns());
            counts.addAll(declaredCounts);
            ResultPrivacy.Policy policy = new ResultPrivacy.Policy(!user.consoleIdentifiesResidents(),
                    user.consoleIdentifiesResidents() ? 0 : user.minimumCellSize());
            ConsoleResult result = privacy.apply(raw, counts, policy, (System.nanoTime() - start) / 1_000_000);
            rows = result.rows().size();
            if (result.truncated()) {
                outcome = "truncated";
            }
            return result;
        } catch (ConsoleRefusal refusal) {
            outcome = refusal.reason().name();
            throw refusal;
        } catch (RuntimeException e) {
            outcome = "FAILED";
            log.warn("Console query by {} failed: {}", username, e.toString());
            throw new ConsoleRefusal(ConsoleRefusal.Reason.FAILED, ReadOnlyRunner.firstLine(e.getMessage()));
        } finally {
            mine.decrementAndGet();
            auditQuery(cypher, parameters, outcome, rows, start);
        }
    }

    /** The audit entry: hash of the text, parameter names, outcome, rows and time. */
    private void auditQuery(String cypher, Map<String, Object> params, String outcome, int rows, long start) {
        String detail = "sha256=" + hash(cypher) + " params=" + String.join(",", new TreeSet<>(params.keySet()))
                + " outcome=" + outcome + " rows=" + rows + " ms=" + (System.nanoTime() - start) / 1_000_000;
        audit.record(AuditAction.CONSOLE_QUERY, List.of(), detail);
    }

    static String hash(String cypher) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(cypher).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** EXPLAIN's answer as rows, one per operator, indented by depth as Neo4j Browser's plan view nests them. */
    private static ReadOnlyRunner.RawResult plan(Plan plan) {
        List<List<Object>> rows = new ArrayList<>();
        if (plan != null) {
            planRows(plan, 0, rows);
        }
        return new ReadOnlyRunner.RawResult(List.of("operator", "details", "estimatedRows", "identifiers"), rows, false);
    }

    private static void planRows(Plan plan, int depth, List<List<Object>> rows) {
        var estimated = plan.arguments().get("EstimatedRows");
        rows.add(new ArrayList<>(java.util.Arrays.asList("  ".repeat(depth) + QueryCheck.operatorType(plan),
                QueryCheck.details(plan), estimated == null ? null : Math.round(estimated.asDouble()),
                String.join(", ", plan.identifiers()))));
        plan.children().forEach(child -> planRows(child, depth + 1, rows));
    }
}
