package jp.tsunagari.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's roles, area scope and naming policy — the one place every read of resident data asks
 * "may this user see this?". Denials are logged (ids only) and audited.
 */
@Component
public class CurrentUser {

    private static final Logger log = LoggerFactory.getLogger(CurrentUser.class);
    private final UserAccounts accounts;
    private final Neo4jClient client;
    private final AuditTrail audit;
    private final SecurityProperties properties;
    private final Authentications authentications;

    CurrentUser(UserAccounts accounts, Neo4jClient client, AuditTrail audit, SecurityProperties properties,
                Authentications authentications) {
        this.accounts = accounts;
        this.client = client;
        this.audit = audit;
        this.properties = properties;
        this.authentications = authentications;
    }

    public String username() {
        return authentications.username();
    }

    public Set<Role> roles() {
        Authentication auth = authentications.current();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (auth != null) {
            for (GrantedAuthority authority : auth.getAuthorities()) {
                String name = authority.getAuthority();
                if (name != null && name.startsWith("ROLE_")) {
                    try {
                        roles.add(Role.valueOf(name.substring(5)));
                    } catch (IllegalArgumentException notOurs) {
                        // authorities from elsewhere (e.g. OIDC scopes) are not roles
                    }
                }
            }
        }
        return roles;
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    /** Areas whose residents this user may see individually (coordinators only). */
    public AreaScope residentScope() {
        Set<Role> roles = roles();
        if (roles.contains(Role.LAYER1_COORDINATOR)) {
            return AreaScope.ALL;
        }
        if (roles.contains(Role.LAYER2_COORDINATOR)) {
            return accounts.find(username()).map(a -> new AreaScope(false, withAreasInside(a.areaIds())))
                    .orElse(AreaScope.NONE);
        }
        return AreaScope.NONE;
    }

    /** The areas and every area inside them, at any depth (a daily-life area's neighbourhoods). */
    private Set<String> withAreasInside(Set<String> areaIds) {
        if (areaIds.isEmpty()) {
            return Set.of();
        }
        Set<String> all = new java.util.HashSet<>(areaIds);
        all.addAll(client.query("""
                MATCH (inner:Area)-[:PART_OF*1..]->(a:Area) WHERE a.id IN $areas RETURN DISTINCT inner.id""")
                .bindAll(Map.of("areas", List.copyOf(areaIds))).fetchAs(String.class).all());
        return all;
    }

    /** Areas whose aggregate counts this user may see (councils and analysts see the whole city, suppressed). */
    public AreaScope aggregateScope() {
        Set<Role> roles = roles();
        if (roles.contains(Role.LAYER1_COORDINATOR) || roles.contains(Role.COUNCIL_VIEWER)
                || roles.contains(Role.ANALYST)) {
            return AreaScope.ALL;
        }
        return residentScope();
    }

    /** Whether small counts must be shown as 「10未満」: for everyone who is not a coordinator of the area. */
    public boolean suppressesSmallCounts() {
        return !has(Role.LAYER1_COORDINATOR) && !has(Role.LAYER2_COORDINATOR);
    }

    public int minimumCellSize() {
        return properties.minimumCellSize();
    }

    /**
     * Refuses, logs and audits access to one resident outside the user's scope. Pseudonymised read-only access for
     * analysts is allowed city-wide.
     */
    public void requireResident(String residentId) {
        boolean allowed = has(Role.ANALYST) || residentInScope(residentScope(), residentId);
        if (!allowed) {
            deny(List.of(String.valueOf(residentId)), "resident outside scope");
        }
    }

    /**
     * Refuses (logged, audited) an area outside the areas whose residents the user may see — for a layer-2
     * coordinator, their daily-life areas and what lies inside them.
     */
    public void requireArea(String areaId) {
        if (!residentScope().contains(areaId)) {
            deny(List.of(String.valueOf(areaId)), "area outside scope");
        }
    }

    /**
     * Whether the user may change this resident's support (to offer the actions or not). A question, not an attempt:
     * nothing is logged or audited.
     */
    public boolean mayEditResident(String residentId) {
        return has(Role.LAYER1_COORDINATOR)
                || has(Role.LAYER2_COORDINATOR) && residentInScope(residentScope(), residentId);
    }

    /** Refuses (logged, audited) unless the user has one of the roles. */
    public void requireRole(Role... allowed) {
        Set<Role> roles = roles();
        for (Role role : allowed) {
            if (roles.contains(role)) {
                return;
            }
        }
        deny(List.of(), "role");
    }

    /**
     * Refuses (logged, audited) a change unless the user edits everywhere (layer 1) or all the given areas lie in
     * their assigned areas (layer 2). Others never change the network.
     */
    public void requireEditorOf(java.util.Collection<String> areaIds) {
        if (has(Role.LAYER1_COORDINATOR)) {
            return;
        }
        AreaScope scope = has(Role.LAYER2_COORDINATOR) ? residentScope() : AreaScope.NONE;
        if (scope.none() || areaIds.isEmpty() || !areaIds.stream().allMatch(id -> scope.contains(id))) {
            deny(List.copyOf(areaIds), "change outside scope");
        }
    }

    /** Refuses (logged, audited) a change to a resident's support unless the resident is in the user's scope. */
    public void requireResidentEditor(String residentId) {
        if (!mayEditResident(residentId)) {
            deny(List.of(String.valueOf(residentId)), "change outside scope");
        }
    }

    private void deny(List<String> ids, String reason) {
        log.warn("Access denied: user {} ({}) to {}", username(), reason, ids);
        audit.recordDenial(ids, reason);
        throw new AccessDeniedException(reason);
    }

    /**
     * The name a resident is shown under to this user: the real name for coordinators, the stable pseudonym for
     * analysts and councils (real name only with consent and when councils are allowed to identify).
     */
    public String residentName(String name, String pseudonym, boolean consentToShare) {
        Set<Role> roles = roles();
        if (roles.contains(Role.LAYER1_COORDINATOR) || roles.contains(Role.LAYER2_COORDINATOR)) {
            return name;
        }
        if (roles.contains(Role.COUNCIL_VIEWER) && consentToShare && properties.councilIdentifiesConsentingResidents()) {
            return name;
        }
        return pseudonym;
    }

    // ---- analyst console (issue 15) ------------------------------------------------------------------------

    /** Who may use the analyst console ({@code /console}, {@code POST /api/query}): analysts and coordinators. */
    public void requireConsole() {
        requireRole(Role.ANALYST, Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR);
    }

    /**
     * Whether console results may name residents: layer-1 coordinators only. A console query reads the whole city,
     * not one area, so a layer-2 coordinator's results are pseudonymised and small counts suppressed, as an analyst's.
     */
    public boolean consoleIdentifiesResidents() {
        return has(Role.LAYER1_COORDINATOR);
    }

    // ---- end analyst console --------------------------------------------------------------------------------

    /** Whether care levels may be shown (not in council projections). */
    public boolean seesCareLevels() {
        return has(Role.LAYER1_COORDINATOR) || has(Role.LAYER2_COORDINATOR) || has(Role.ANALYST);
    }

    private boolean residentInScope(AreaScope scope, String residentId) {
        if (scope.all()) {
            return true;
        }
        String areaId = residentId == null ? null : client.query("MATCH (:Resident {id: $id})-[:LIVES_IN]->(a:Area) RETURN a.id")
                .bindAll(Map.of("id", residentId)).fetchAs(String.class).one().orElse(null);
        return scope.contains(areaId);
    }
}
