package jp.tsunagari.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user of the application (stored as {@code (:User)}); {@code areaIds} are the daily-life areas a layer-2
 * coordinator is assigned to ({@code SCOPED_TO}).
 */
record UserAccount(String username, String passwordHash, Set<Role> roles, Set<String> areaIds, boolean enabled,
                   int failedLogins, Instant lockedUntil, boolean demo) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
