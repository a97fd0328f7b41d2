package jp.tsunagari.network;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations (what they offer, where they serve, whether active), the people who help (and coordinators among
 * them), and the referral ties of neighbourhood associations to NPOs (地縁組織とNPO, 002 §4-5).
 */
@Service
public class OrganizationService {

    public record NewOrganization(String id, String name, OrganizationType type, boolean active, Set<String> offers,
                                  Set<String> serves) {
    }

    /** A person who helps; {@code organizationId} (optional) is where they work. */
    public record NewPerson(String id, String name, PersonRole role, String organizationId) {
    }

    /**
     * A life-support coordinator (生活支援コーディネーター) of layer 1 (municipality), 2 (daily-life area) or 3 (inside an
     * organization or a neighbourhood), assigned to areas.
     */
    public record NewCoordinator(String id, String name, int layer, PersonRole role, Set<String> areaIds,
                                 String organizationId) {
    }

    private final Neo4jClient client;
    private final GraphLookup lookup;
    private final ApplicationEventPublisher events;
    private final CurrentUser user;

    OrganizationService(Neo4jClient client, GraphLookup lookup, ApplicationEventPublisher events, CurrentUser user) {
        this.client = client;
        this.lookup = lookup;
        this.events = events;
        this.user = user;
    }

    @Transactional
    public NetworkChanged.OrganizationCreated createOrganization(NewOrganization org) {
        user.requireEditorOf(org.serves() == null ? Set.of() : org.serves());
        Checks checks = new Checks();
        lookup.requireNewId(checks, "id", org.id());
        checks.name("name", org.name());
        checks.required("type", org.type());
        Set<String> offers = org.offers() == null ? Set.of() : org.offers();
        Set<String> serves = org.serves() == null ? Set.of() : org.serves();
        lookup.requireServiceKinds(checks, "offers", offers);
        serves.stream().sorted().forEach(areaId -> lookup.require(checks, "serves", areaId, "Area"));
        checks.throwIfAny();
        Map<String, Object> params = new HashMap<>();
        params.put("id", org.id());
        params.put("name", org.name());
        params.put("type", org.type().name());
        params.put("active", org.active());
        params.put("offers", List.copyOf(offers));
        params.put("serves", List.copyOf(serves));
        params.put("extraLabels", org.type().extraLabel() == null ? List.of() : List.of(org.type().extraLabel()));
        client.query("""
                CREATE (o:Organization {id: $id, name: $name, type: $type, active: $active})
                SET o:$($extraLabels)
                WITH o
                CALL (o) { UNWIND $offers AS code MATCH (s:ServiceKind {code: code}) CREATE (o)-[:OFFERS]->(s) }
                CALL (o) { UNWIND $serves AS areaId MATCH (a:Area {id: areaId}) CREATE (o)-[:SERVES]->(a) }""")
                .bindAll(params).run();
        return Changes.publish(events, new NetworkChanged.OrganizationCreated(org.id()));
    }

    /**
     * Marks an organization active or suspended; a suspended one counts as absent everywhere (e.g. salons stopped
     * during COVID, seed 000).
     */
    @Transactional
    public NetworkChanged.OrganizationActivityChanged setActive(String organizationId, boolean active) {
        user.requireEditorOf(lookup.areasOf(organizationId));
        Checks checks = new Checks();
        lookup.require(checks, "organizationId", organizationId, "Organization");
        checks.throwIfAny();
        client.query("MATCH (o:Organization {id: $id}) SET o.active = $active")
                .bindAll(Map.of("id", organizationId, "active", active)).run();
        return Changes.publish(events, new NetworkChanged.OrganizationActivityChanged(organizationId, active));
    }

    @Transactional
    public NetworkChanged.PersonCreated createPerson(NewPerson person) {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR);
        Checks checks = new Checks();
        lookup.requireNewId(checks, "id", person.id());
        checks.name("name", person.name());
        checks.required("role", person.role());
        if (person.organizationId() != null) {
            lookup.require(checks, "organizationId", person.organizationId(), "Organization");
        }
        checks.throwIfAny();
        writePerson(person.id(), person.name(), person.role(), person.organizationId(), null, Set.of());
        return Changes.publish(events, new NetworkChanged.PersonCreated(person.id()));
    }

    @Transactional
    public NetworkChanged.CoordinatorCreated createCoordinator(NewCoordinator coordinator) {
        user.requireRole(Role.LAYER1_COORDINATOR);
        Checks checks = new Checks();
        lookup.requireNewId(checks, "id", coordinator.id());
        checks.name("name", coordinator.name());
        if (coordinator.layer() < 1 || coordinator.layer() > 3) {
            checks.add("layer", "validation.coordinator.layer", coordinator.layer());
        }
        Set<String> areaIds = coordinator.areaIds() == null ? Set.of() : coordinator.areaIds();
        if (checks.required("areaIds", areaIds)) {
            for (String areaId : areaIds.stream().sorted().toList()) {
                if (lookup.require(checks, "areaIds", areaId, "Area").contains("Area")) {
                    AreaLevel level = lookup.areaLevel(areaId);
                    AreaLevel expected = switch (coordinator.layer()) {
                        case 1 -> AreaLevel.MUNICIPALITY;
                        case 2 -> AreaLevel.DAILY_LIFE_AREA;
                        default -> null;
                    };
                    if (expected != null && level != expected) {
                        checks.add("areaIds", "validation.coordinator.areaLevel", coordinator.layer(), areaId, expected);
                    }
                }
            }
        }
        if (coordinator.organizationId() != null) {
            lookup.require(checks, "organizationId", coordinator.organizationId(), "Organization");
        }
        checks.throwIfAny();
        writePerson(coordinator.id(), coordinator.name(),
                coordinator.role() == null ? PersonRole.STAFF : coordinator.role(),
                coordinator.organizationId(), coordinator.layer(), areaIds);
        return Changes.publish(events, new NetworkChanged.CoordinatorCreated(coordinator.id()));
    }

    private void writePerson(String id, String name, PersonRole role, String organizationId, Integer layer,
                             Set<String> areaIds) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("name", name);
        params.put("role", role.name());
        params.put("organizationId", organizationId);
        params.put("layer", layer);
        params.put("labels", layer == null ? List.of() : List.of("Coordinator"));
        params.put("areaIds", List.copyOf(areaIds));
        client.query("""
                CREATE (p:Person {id: $id, name: $name, role: $role}) SET p:$($labels), p.layer = $layer
                WITH p
                CALL (p) { MATCH (o:Organization {id: $organizationId}) CREATE (p)-[:WORKS_FOR]->(o) }
                CALL (p) { UNWIND $areaIds AS areaId MATCH (a:Area {id: areaId}) CREATE (p)-[:ASSIGNED_TO]->(a) }""")
                .bindAll(params).run();
    }

    /** A neighbourhood association's referral link to an NPO that can meet needs it cannot (002 §4-5). */
    @Transactional
    public NetworkChanged.ReferralAdded addReferral(String associationId, String npoId, LocalDate since) {
        user.requireEditorOf(lookup.areasOf(associationId));
        Checks checks = new Checks();
        lookup.require(checks, "associationId", associationId, "NeighborhoodAssociation");
        lookup.require(checks, "npoId", npoId, "NPO");
        checks.throwIfAny();
        client.query("""
                MATCH (a:NeighborhoodAssociation {id: $associationId}), (n:NPO {id: $npoId})
                MERGE (a)-[r:REFERS_TO]->(n) ON CREATE SET r.since = $since""")
                .bindAll(Map.of("associationId", associationId, "npoId", npoId,
                        "since", since == null ? LocalDate.now() : since)).run();
        return Changes.publish(events, new NetworkChanged.ReferralAdded(associationId, npoId));
    }

    /** A need a neighbourhood association has found in its area. */
    @Transactional
    public NetworkChanged.NeedReported reportNeed(String associationId, String service) {
        user.requireEditorOf(lookup.areasOf(associationId));
        Checks checks = new Checks();
        lookup.require(checks, "associationId", associationId, "NeighborhoodAssociation");
        if (checks.required("service", service)) {
            lookup.requireServiceKinds(checks, "service", Set.of(service));
        }
        checks.throwIfAny();
        client.query("MATCH (a:NeighborhoodAssociation {id: $id}), (s:ServiceKind {code: $code}) MERGE (a)-[:REPORTS_NEED]->(s)")
                .bindAll(Map.of("id", associationId, "code", service)).run();
        return Changes.publish(events, new NetworkChanged.NeedReported(associationId, service));
    }
}
