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
 * Individual networks (個別ネットワーク, seed 002 §4-3): the people and organizations who help one resident, formed
 * by a convener (形成者) and kept in touch by a contact method (連絡帳, e-mail…). Members come and go as needs change.
 */
@Service
public class IndividualNetworkService {

    public record NewIndividualNetwork(String id, String residentId, String convenerId, ContactMethod contact,
                                       LocalDate formedOn, Set<String> memberIds) {
    }

    private final Neo4jClient client;
    private final GraphLookup lookup;
    private final ApplicationEventPublisher events;
    private final CurrentUser user;

    IndividualNetworkService(Neo4jClient client, GraphLookup lookup, ApplicationEventPublisher events, CurrentUser user) {
        this.client = client;
        this.lookup = lookup;
        this.events = events;
        this.user = user;
    }

    /** Forms a resident's individual network; a resident has at most one. */
    @Transactional
    public NetworkChanged.IndividualNetworkConvened convene(NewIndividualNetwork network) {
        user.requireResidentEditor(network.residentId());
        Checks checks = new Checks();
        lookup.requireNewId(checks, "id", network.id());
        if (lookup.require(checks, "residentId", network.residentId(), "Resident").contains("Resident")
                && client.query("RETURN EXISTS { (:IndividualNetwork)-[:FOR]->(:Resident {id: $id}) } AS formed")
                .bindAll(Map.of("id", network.residentId())).fetchAs(Boolean.class).one().orElse(false)) {
            checks.add("residentId", "validation.individualNetwork.exists", network.residentId());
        }
        lookup.require(checks, "convenerId", network.convenerId(), "Person", "Organization");
        checks.required("contact", network.contact());
        Set<String> members = network.memberIds() == null ? Set.of() : network.memberIds();
        members.stream().sorted().forEach(id -> lookup.require(checks, "memberIds", id, "Person", "Organization"));
        checks.throwIfAny();
        Map<String, Object> params = new HashMap<>();
        params.put("id", network.id());
        params.put("residentId", network.residentId());
        params.put("convenerId", network.convenerId());
        params.put("contact", network.contact().name());
        LocalDate formedOn = network.formedOn() == null ? LocalDate.now() : network.formedOn();
        params.put("formedOn", formedOn);
        params.put("members", List.copyOf(members));
        client.query("""
                MATCH (r:Resident {id: $residentId}), (c:Person|Organization {id: $convenerId})
                CREATE (n:IndividualNetwork {id: $id, name: r.name + ' 個別ネットワーク', formedOn: $formedOn,
                                             contact: $contact})-[:FOR]->(r),
                       (n)-[:CONVENED_BY]->(c)
                WITH n
                UNWIND $members AS memberId
                MATCH (m:Person|Organization {id: memberId})
                CREATE (m)-[:MEMBER_OF {since: $formedOn}]->(n)""").bindAll(params).run();
        return Changes.publish(events, new NetworkChanged.IndividualNetworkConvened(network.id(), network.residentId()));
    }

    @Transactional
    public NetworkChanged.IndividualNetworkMemberAdded addMember(String networkId, String memberId, LocalDate since) {
        String residentId = lookup.residentOf(networkId);
        user.requireResidentEditor(residentId);
        Checks checks = new Checks();
        lookup.require(checks, "networkId", networkId, "IndividualNetwork");
        lookup.require(checks, "memberId", memberId, "Person", "Organization");
        checks.throwIfAny();
        client.query("""
                MATCH (n:IndividualNetwork {id: $networkId}), (m:Person|Organization {id: $memberId})
                MERGE (m)-[t:MEMBER_OF]->(n) ON CREATE SET t.since = $since""")
                .bindAll(Map.of("networkId", networkId, "memberId", memberId,
                        "since", since == null ? LocalDate.now() : since)).run();
        return Changes.publish(events, new NetworkChanged.IndividualNetworkMemberAdded(memberId, networkId, residentId));
    }

    @Transactional
    public NetworkChanged.IndividualNetworkMemberRemoved removeMember(String networkId, String memberId) {
        String residentId = lookup.residentOf(networkId);
        user.requireResidentEditor(residentId);
        Checks checks = new Checks();
        boolean member = client.query("""
                RETURN EXISTS { (:Person|Organization {id: $memberId})-[:MEMBER_OF]->(:IndividualNetwork {id: $networkId}) }""")
                .bindAll(Map.of("networkId", String.valueOf(networkId), "memberId", String.valueOf(memberId)))
                .fetchAs(Boolean.class).one().orElse(false);
        if (!member) {
            checks.add("memberId", "validation.member.missing", memberId, networkId);
        }
        checks.throwIfAny();
        client.query("""
                MATCH (:Person|Organization {id: $memberId})-[t:MEMBER_OF]->(:IndividualNetwork {id: $networkId}) DELETE t""")
                .bindAll(Map.of("networkId", networkId, "memberId", memberId)).run();
        return Changes.publish(events, new NetworkChanged.IndividualNetworkMemberRemoved(memberId, networkId, residentId));
    }

    /**
     * Removes an individual network convened by mistake, with its ties to the resident, the convener and the members.
     * Refused once it has a history of its own — a member who joined after the day it was formed — since that record
     * would be lost; such a network stays, and members leave it one by one ({@link #removeMember}).
     */
    @Transactional
    public NetworkChanged.IndividualNetworkDissolved dissolve(String networkId) {
        String residentId = lookup.residentOf(networkId);
        user.requireResidentEditor(residentId);
        Checks checks = new Checks();
        if (lookup.require(checks, "networkId", networkId, "IndividualNetwork").contains("IndividualNetwork")
                && client.query("""
                        MATCH (n:IndividualNetwork {id: $id})
                        RETURN EXISTS { MATCH (:Person|Organization)-[t:MEMBER_OF]->(n)
                                        WHERE t.since IS NULL OR n.formedOn IS NULL OR t.since > n.formedOn }""")
                .bindAll(Map.of("id", networkId)).fetchAs(Boolean.class).one().orElse(false)) {
            checks.add("networkId", "validation.individualNetwork.hasHistory", networkId);
        }
        checks.throwIfAny();
        client.query("MATCH (n:IndividualNetwork {id: $id}) DETACH DELETE n").bindAll(Map.of("id", networkId)).run();
        return Changes.publish(events, new NetworkChanged.IndividualNetworkDissolved(networkId, residentId));
    }
}
