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

/** Residents, their needs, and who supports them ({@code SUPPORTS} ties). */
@Service
public class ResidentService {

    /** A resident known to the coordinators, living in an area, with the service kinds they need. */
    public record NewResident(String id, String name, String areaId, boolean livesAlone, CareLevel careLevel,
                              boolean consentToShare, Set<String> needs) {
    }

    /** A person or organization helping a resident with one kind of service, from {@code since} (today if null). */
    public record NewSupport(String supporterId, String residentId, String service, LocalDate since) {
    }

    private final Neo4jClient client;
    private final GraphLookup lookup;
    private final ApplicationEventPublisher events;
    private final CurrentUser user;

    ResidentService(Neo4jClient client, GraphLookup lookup, ApplicationEventPublisher events, CurrentUser user) {
        this.client = client;
        this.lookup = lookup;
        this.events = events;
        this.user = user;
    }

    @Transactional
    public NetworkChanged.ResidentCreated create(NewResident resident) {
        user.requireEditorOf(java.util.Collections.singletonList(resident.areaId()));
        Checks checks = new Checks();
        lookup.requireNewId(checks, "id", resident.id());
        checks.name("name", resident.name());
        lookup.require(checks, "areaId", resident.areaId(), "Area");
        checks.required("careLevel", resident.careLevel());
        Set<String> needs = resident.needs() == null ? Set.of() : resident.needs();
        lookup.requireServiceKinds(checks, "needs", needs);
        checks.throwIfAny();
        long number = client.query("""
                MERGE (c:Counter {name: $counter}) ON CREATE SET c.value = 0
                SET c.value = c.value + 1 RETURN c.value""")
                .bindAll(Map.of("counter", ResidentPseudonym.COUNTER)).fetchAs(Long.class).one().orElseThrow();
        Map<String, Object> params = new HashMap<>();
        params.put("id", resident.id());
        params.put("name", resident.name());
        params.put("pseudonym", ResidentPseudonym.format(number));
        params.put("areaId", resident.areaId());
        params.put("livesAlone", resident.livesAlone());
        params.put("careLevel", resident.careLevel().name());
        params.put("consent", resident.consentToShare());
        params.put("needs", List.copyOf(needs));
        client.query("""
                MATCH (a:Area {id: $areaId})
                CREATE (r:Resident {id: $id, name: $name, pseudonym: $pseudonym, livesAlone: $livesAlone,
                                    careLevel: $careLevel, consentToShare: $consent})-[:LIVES_IN]->(a)
                WITH r UNWIND $needs AS code
                MATCH (s:ServiceKind {code: code}) CREATE (r)-[:NEEDS]->(s)""").bindAll(params).run();
        return Changes.publish(events, new NetworkChanged.ResidentCreated(resident.id()));
    }

    /** Records that a resident needs a kind of service (no-op if already recorded). */
    @Transactional
    public NetworkChanged.NeedAdded addNeed(String residentId, String service) {
        user.requireResidentEditor(residentId);
        Checks checks = new Checks();
        lookup.require(checks, "residentId", residentId, "Resident");
        if (checks.required("service", service)) {
            lookup.requireServiceKinds(checks, "service", Set.of(service));
        }
        checks.throwIfAny();
        client.query("MATCH (r:Resident {id: $id}), (s:ServiceKind {code: $code}) MERGE (r)-[:NEEDS]->(s)")
                .bindAll(Map.of("id", residentId, "code", service)).run();
        return Changes.publish(events, new NetworkChanged.NeedAdded(residentId, service));
    }

    /** Adds a SUPPORTS tie; it must start at a Person or Organization and end at a Resident. */
    @Transactional
    public NetworkChanged.SupportAdded addSupport(NewSupport support) {
        user.requireResidentEditor(support.residentId());
        Checks checks = new Checks();
        lookup.require(checks, "supporterId", support.supporterId(), "Person", "Organization");
        lookup.require(checks, "residentId", support.residentId(), "Resident");
        if (checks.required("service", support.service())) {
            lookup.requireServiceKinds(checks, "service", Set.of(support.service()));
        }
        if (checks.ok() && supportExists(support.supporterId(), support.residentId(), support.service())) {
            checks.add("service", "validation.support.duplicate", support.supporterId(), support.residentId(),
                    support.service());
        }
        checks.throwIfAny();
        client.query("""
                MATCH (s:Person|Organization {id: $supporterId})
                MATCH (r:Resident {id: $residentId})
                CREATE (s)-[:SUPPORTS {service: $service, since: $since}]->(r)""")
                .bindAll(Map.of("supporterId", support.supporterId(), "residentId", support.residentId(),
                        "service", support.service(), "since", support.since() == null ? LocalDate.now() : support.since()))
                .run();
        return Changes.publish(events,
                new NetworkChanged.SupportAdded(support.supporterId(), support.residentId(), support.service()));
    }

    /** Ends a SUPPORTS tie for one service kind. */
    @Transactional
    public NetworkChanged.SupportRemoved removeSupport(String supporterId, String residentId, String service) {
        user.requireResidentEditor(residentId);
        Checks checks = new Checks();
        if (!supportExists(supporterId, residentId, service)) {
            checks.add("service", "validation.support.missing", supporterId, residentId, service);
        }
        checks.throwIfAny();
        client.query("""
                MATCH (s:Person|Organization {id: $supporterId})-[t:SUPPORTS {service: $service}]->(r:Resident {id: $residentId})
                DELETE t""")
                .bindAll(Map.of("supporterId", supporterId, "residentId", residentId, "service", service)).run();
        return Changes.publish(events, new NetworkChanged.SupportRemoved(supporterId, residentId, service));
    }

    private boolean supportExists(String supporterId, String residentId, String service) {
        Map<String, Object> params = new HashMap<>();
        params.put("supporterId", supporterId);
        params.put("residentId", residentId);
        params.put("service", service);
        return client.query("""
                RETURN EXISTS { MATCH (:Person|Organization {id: $supporterId})-[:SUPPORTS {service: $service}]->
                                      (:Resident {id: $residentId}) } AS present""")
                .bindAll(params).fetchAs(Boolean.class).one().orElse(false);
    }
}
