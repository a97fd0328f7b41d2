package jp.tsunagari.security;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores users, their roles and area assignments, and their login state. */
@Service
class UserAccounts {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");
    private final Neo4jClient client;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    UserAccounts(Neo4jClient client, PasswordEncoder passwords, AuditTrail audit) {
        this.client = client;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Optional<UserAccount> find(String username) {
        return client.query("""
                MATCH (u:User {username: $username})
                OPTIONAL MATCH (u)-[:SCOPED_TO]->(a:Area)
                RETURN u, collect(a.id) AS areaIds""").bindAll(Map.of("username", username))
                .fetchAs(UserAccount.class).mappedBy((types, r) -> toAccount(r.get("u"), r.get("areaIds"))).one();
    }

    @Transactional(readOnly = true)
    List<UserAccount> all() {
        return List.copyOf(client.query("""
                MATCH (u:User) OPTIONAL MATCH (u)-[:SCOPED_TO]->(a:Area)
                RETURN u, collect(a.id) AS areaIds ORDER BY u.username""")
                .fetchAs(UserAccount.class).mappedBy((types, r) -> toAccount(r.get("u"), r.get("areaIds"))).all());
    }

    /**
     * Creates or replaces a user. Problems are returned as message keys of {@code messages*.properties} (empty list:
     * saved); a layer-2 coordinator must be assigned to at least one daily-life area.
     */
    @Transactional
    List<String> save(String username, String rawPassword, Collection<Role> roles, Collection<String> areaIds,
                      boolean demo) {
        List<String> problems = new java.util.ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add("users.error.username");
        }
        boolean exists = username != null && find(username).isPresent();
        boolean passwordGiven = rawPassword != null && !rawPassword.isEmpty();
        // Demo accounts use the documented password "demo"; real ones need a long passphrase.
        if (!exists && !passwordGiven || passwordGiven && rawPassword.length() < (demo ? 4 : 12)) {
            problems.add("users.error.password");
        }
        if (roles == null || roles.isEmpty()) {
            problems.add("users.error.roles");
        }
        Set<String> areas = areaIds == null ? Set.of() : Set.copyOf(areaIds);
        if (roles != null && roles.contains(Role.LAYER2_COORDINATOR)) {
            long dailyLifeAreas = areas.isEmpty() ? 0 : client.query("""
                    MATCH (a:Area {level: 'DAILY_LIFE_AREA'}) WHERE a.id IN $ids RETURN count(a)""")
                    .bindAll(Map.of("ids", List.copyOf(areas))).fetchAs(Long.class).one().orElse(0L);
            if (dailyLifeAreas == 0 || dailyLifeAreas != areas.size()) {
                problems.add("users.error.areas");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("username", username);
        params.put("hash", rawPassword == null || rawPassword.isEmpty() ? null : passwords.encode(rawPassword));
        params.put("roles", roles.stream().map(Enum::name).sorted().toList());
        params.put("areaIds", List.copyOf(areas));
        params.put("demo", demo);
        client.query("""
                MERGE (u:User {username: $username})
                ON CREATE SET u.enabled = true, u.failedLogins = 0, u.createdAt = datetime()
                SET u.roles = $roles, u.demo = $demo, u.passwordHash = coalesce($hash, u.passwordHash)
                WITH u
                OPTIONAL MATCH (u)-[old:SCOPED_TO]->() DELETE old
                WITH DISTINCT u
                UNWIND $areaIds AS areaId
                MATCH (a:Area {id: areaId}) CREATE (u)-[:SCOPED_TO]->(a)""").bindAll(params).run();
        audit.record(AuditAction.USER_ADMIN, List.of("user:" + username));
        return List.of();
    }

    /** Daily-life areas a layer-2 coordinator can be assigned to, id → name, in id order. */
    @Transactional(readOnly = true)
    Map<String, String> dailyLifeAreas() {
        Map<String, String> areas = new java.util.LinkedHashMap<>();
        client.query("MATCH (a:Area {level: 'DAILY_LIFE_AREA'}) RETURN a.id AS id, a.name AS name ORDER BY a.id")
                .fetch().all().forEach(row -> areas.put((String) row.get("id"), (String) row.get("name")));
        return areas;
    }

    @Transactional
    void setEnabled(String username, boolean enabled) {
        client.query("MATCH (u:User {username: $username}) SET u.enabled = $enabled")
                .bindAll(Map.of("username", username, "enabled", enabled)).run();
        audit.record(AuditAction.USER_ADMIN, List.of("user:" + username));
    }

    @Transactional
    void unlock(String username) {
        client.query("MATCH (u:User {username: $username}) SET u.failedLogins = 0, u.lockedUntil = null")
                .bindAll(Map.of("username", username)).run();
        audit.record(AuditAction.USER_ADMIN, List.of("user:" + username));
    }

    @Transactional
    void delete(String username) {
        client.query("MATCH (u:User {username: $username}) DETACH DELETE u").bindAll(Map.of("username", username)).run();
        audit.record(AuditAction.USER_ADMIN, List.of("user:" + username));
    }

    /** Counts a failed login; returns true when this failure locked the account. */
    @Transactional
    boolean failedLogin(String username, int maxFailures, Instant lockUntil) {
        return client.query("""
                MATCH (u:User {username: $username})
                SET u.failedLogins = coalesce(u.failedLogins, 0) + 1
                WITH u, u.failedLogins >= $max AS lock
                SET u.lockedUntil = CASE WHEN lock THEN $until ELSE u.lockedUntil END
                RETURN lock""").bindAll(Map.of("username", username, "max", maxFailures, "until", lockUntil.toString()))
                .fetchAs(Boolean.class).one().orElse(false);
    }

    @Transactional
    void successfulLogin(String username) {
        client.query("MATCH (u:User {username: $username}) SET u.failedLogins = 0, u.lockedUntil = null, u.lastLogin = datetime()")
                .bindAll(Map.of("username", username)).run();
    }

    @Transactional(readOnly = true)
    boolean anyAdmin() {
        return client.query("MATCH (u:User) WHERE 'ADMIN' IN u.roles AND u.demo <> true RETURN count(u) > 0")
                .fetchAs(Boolean.class).one().orElse(false);
    }

    @Transactional
    void deleteDemoUsers() {
        client.query("MATCH (u:User {demo: true}) DETACH DELETE u").run();
    }

    private static UserAccount toAccount(Value u, Value areaIds) {
        Set<Role> roles = u.get("roles").asList(Value::asString).stream().map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new UserAccount(u.get("username").asString(),
                u.get("passwordHash").isNull() ? null : u.get("passwordHash").asString(), roles,
                Set.copyOf(areaIds.asList(Value::asString)), u.get("enabled").asBoolean(true),
                u.get("failedLogins").asInt(0),
                u.get("lockedUntil").isNull() ? null : Instant.parse(u.get("lockedUntil").asString()),
                u.get("demo").asBoolean(false));
    }
}
