package jp.tsunagari.resident;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads resident records through the user's scope and naming policy, and audits each view. */
@Service
public class ResidentRecords {

    private static final String QUERY = """
            MATCH (r:Resident {id: $id})-[:LIVES_IN]->(a:Area)
            OPTIONAL MATCH (n:IndividualNetwork)-[:FOR]->(r)
            CALL (r) {
              OPTIONAL MATCH (r)-[:NEEDS]->(k:ServiceKind)
              WITH k WHERE k IS NOT NULL
              RETURN collect({code: k.code, nameJa: k.nameJa, nameEn: k.nameEn,
                              covered: EXISTS { MATCH (s)-[:SUPPORTS {service: k.code}]->(r) WHERE coalesce(s.active, true) }})
                     AS needs
            }
            CALL (r, n) {
              OPTIONAL MATCH (s)-[t:SUPPORTS]->(r)
              WITH s, collect(t.service) AS services WHERE s IS NOT NULL
              RETURN collect({id: s.id, name: s.name, kind: coalesce(s.role, s.type), services: services,
                              active: coalesce(s.active, true), member: n IS NOT NULL AND EXISTS { (s)-[:MEMBER_OF]->(n) }})
                     AS supporters
            }
            RETURN r, a, n, needs, supporters""";

    private final Neo4jClient client;
    private final CurrentUser user;
    private final AuditTrail audit;

    ResidentRecords(Neo4jClient client, CurrentUser user, AuditTrail audit) {
        this.client = client;
        this.user = user;
        this.audit = audit;
    }

    /**
     * The record of one resident, or empty when there is none. Throws
     * {@link org.springframework.security.access.AccessDeniedException} outside the user's scope.
     */
    @Transactional
    public Optional<ResidentRecord> find(String residentId) {
        user.requireResident(residentId);
        Optional<ResidentRecord> record = client.query(QUERY).bindAll(Map.of("id", residentId))
                .fetchAs(ResidentRecord.class).mappedBy((types, row) -> toRecord(row.get("r"), row.get("a"), row.get("n"),
                        row.get("needs"), row.get("supporters"))).one();
        record.ifPresent(r -> audit.record(AuditAction.VIEW_RESIDENT, List.of(residentId)));
        return record;
    }

    private ResidentRecord toRecord(Value r, Value a, Value n, Value needs, Value supporters) {
        boolean coordinator = user.has(Role.LAYER1_COORDINATOR) || user.has(Role.LAYER2_COORDINATOR);
        return new ResidentRecord(r.get("id").asString(),
                user.residentName(r.get("name").asString(), r.get("pseudonym").asString(r.get("id").asString()),
                        r.get("consentToShare").asBoolean(false)),
                a.get("id").asString(), a.get("name").asString(),
                user.seesCareLevels() ? r.get("careLevel").asString(null) : null,
                coordinator ? r.get("livesAlone").asBoolean(false) : null,
                needs.asList(v -> new ResidentRecord.Need(v.get("code").asString(), v.get("nameJa").asString(),
                        v.get("nameEn").asString(), v.get("covered").asBoolean())),
                supporters.asList(v -> new ResidentRecord.Supporter(v.get("id").asString(),
                        // Supporters' names (often family) identify the resident: coordinators only.
                        coordinator ? v.get("name").asString() : null, v.get("kind").asString(""),
                        v.get("services").asList(Value::asString), v.get("active").asBoolean(),
                        v.get("member").asBoolean())),
                n.isNull() ? null : n.get("id").asString(), n.isNull() ? null : n.get("contact").asString(null));
    }
}
