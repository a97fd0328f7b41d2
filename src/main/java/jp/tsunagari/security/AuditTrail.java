package jp.tsunagari.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit trail. Appends are serialized on the chain's head node (a write lock in the same
 * transaction), so entries form one unbroken hash chain even with several application instances on one database.
 */
@Service
public class AuditTrail {

    private final Neo4jClient client;
    private final Authentications authentications;

    AuditTrail(Neo4jClient client, Authentications authentications) {
        this.client = client;
        this.authentications = authentications;
    }

    /** Records an action of the current user (or "system"), joining the caller's transaction if there is one. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, List<String> targetIds) {
        record(currentUsername(), action, targetIds, null);
    }

    /** Records a refusal in its own transaction, so it stays even though the refused operation rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenial(List<String> targetIds, String detail) {
        record(currentUsername(), AuditAction.ACCESS_DENIED, targetIds, detail);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, List<String> targetIds, String detail) {
        record(currentUsername(), action, targetIds, detail);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String username, AuditAction action, List<String> targetIds, String detail) {
        var head = client.query("""
                MERGE (h:AuditHead {name: 'audit'}) ON CREATE SET h.seq = 0, h.hash = ''
                SET h.locked = true
                RETURN h.seq AS seq, h.hash AS hash""").fetch().one().orElseThrow();
        long seq = ((Number) head.get("seq")).longValue() + 1;
        String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        AuditEntry entry = new AuditEntry(seq, at, username, action, List.copyOf(targetIds), detail, remoteAddress(),
                (String) head.get("hash"), null);
        String hash = entry.expectedHash();
        Map<String, Object> params = new HashMap<>();
        params.put("seq", seq);
        params.put("at", at);
        params.put("username", username);
        params.put("action", action.name());
        params.put("targetIds", entry.targetIds());
        params.put("detail", detail);
        params.put("remoteAddress", entry.remoteAddress());
        params.put("previousHash", entry.previousHash());
        params.put("hash", hash);
        client.query("""
                MATCH (h:AuditHead {name: 'audit'})
                CREATE (:AuditEntry {seq: $seq, at: $at, username: $username, action: $action, targetIds: $targetIds,
                                     detail: $detail, remoteAddress: $remoteAddress, previousHash: $previousHash,
                                     hash: $hash})
                SET h.seq = $seq, h.hash = $hash REMOVE h.locked""").bindAll(params).run();
    }

    /** Entries matching the filters (any may be null), newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(String username, AuditAction action, String targetId, LocalDate from, LocalDate to,
                                   int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("username", username == null || username.isBlank() ? null : username.strip());
        params.put("action", action == null ? null : action.name());
        params.put("targetId", targetId == null || targetId.isBlank() ? null : targetId.strip());
        params.put("from", from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        params.put("to", to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        params.put("limit", limit);
        return List.copyOf(client.query("""
                MATCH (e:AuditEntry)
                WHERE ($username IS NULL OR e.username = $username) AND ($action IS NULL OR e.action = $action)
                  AND ($targetId IS NULL OR $targetId IN e.targetIds)
                  AND ($from IS NULL OR e.at >= $from) AND ($to IS NULL OR e.at < $to)
                RETURN e ORDER BY e.seq DESC LIMIT $limit""").bindAll(params)
                .fetchAs(AuditEntry.class).mappedBy((types, r) -> toEntry(r.get("e"))).all());
    }

    /** Checks the whole chain; returns the first entry whose hash or link is wrong, or empty when intact. */
    @Transactional(readOnly = true)
    public Optional<Long> firstBrokenEntry() {
        String previous = "";
        long expectedSeq = 1;
        for (AuditEntry e : client.query("MATCH (e:AuditEntry) RETURN e ORDER BY e.seq")
                .fetchAs(AuditEntry.class).mappedBy((types, r) -> toEntry(r.get("e"))).all()) {
            if (e.seq() != expectedSeq || !e.previousHash().equals(previous) || !e.hash().equals(e.expectedHash())) {
                return Optional.of(expectedSeq);
            }
            previous = e.hash();
            expectedSeq++;
        }
        long headSeq = client.query("MATCH (h:AuditHead {name: 'audit'}) RETURN h.seq").fetchAs(Long.class).one().orElse(0L);
        return headSeq == expectedSeq - 1 ? Optional.empty() : Optional.of(expectedSeq);
    }

    /** Exports entries as CSV for the current user, recording the export itself in the trail first. */
    @Transactional
    public void exportCsv(List<AuditEntry> entries, Writer out) {
        record(AuditAction.EXPORT, List.of("audit-log"), entries.size() + " entries");
        writeCsv(entries, out);
    }

    /** Writes entries as CSV (UTF-8, RFC 4180 quoting). */
    static void writeCsv(List<AuditEntry> entries, Writer out) {
        try {
            out.write("seq,at,username,action,targetIds,detail,remoteAddress,hash\r\n");
            for (AuditEntry e : entries) {
                out.write(String.join(",", Long.toString(e.seq()), csv(e.at()), csv(e.username()), e.action().name(),
                        csv(String.join(" ", e.targetIds())), csv(e.detail()), csv(e.remoteAddress()), e.hash()));
                out.write("\r\n");
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String csv(String value) {
        String v = value == null ? "" : value;
        // A leading = + - @ would be run as a formula by spreadsheet programs.
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static AuditEntry toEntry(Value node) {
        return new AuditEntry(node.get("seq").asLong(), node.get("at").asString(), node.get("username").asString(),
                AuditAction.valueOf(node.get("action").asString()), node.get("targetIds").asList(Value::asString),
                node.get("detail").isNull() ? null : node.get("detail").asString(),
                node.get("remoteAddress").asString(), node.get("previousHash").asString(), node.get("hash").asString());
    }

    private String currentUsername() {
        return authentications.username();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin != null ? vaadin.getRemoteAddr() : "local";
    }
}
