package jp.tsunagari.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One entry of the audit trail: who, when (UTC, ISO-8601), what (action, ids — never names), from where, chained to
 * the previous entry by hash so that any later edit or deletion shows.
 */
public record AuditEntry(long seq, String at, String username, AuditAction action, List<String> targetIds,
                         String detail, String remoteAddress, String previousHash, String hash) {

    /** The hash this entry must carry, computed from its content and the previous entry's hash. */
    String expectedHash() {
        return sha256(String.join("\u001f", Long.toString(seq), at, username, action.name(),
                String.join(",", targetIds), detail == null ? "" : detail, remoteAddress, previousHash));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
