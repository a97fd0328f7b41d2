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
 * Provider networks (事業者間ネットワーク, seed 002 §4-4): same-kind networks of the providers of one service kind and
 * cross-kind networks across kinds, covering a daily-life area (layer-2 coordinator) or the municipality (layer 1).
 */
@Service
public class ProviderNetworkService {

    /** {@code service} names the service kind of a same-kind network and must be empty for a cross-kind one. */
    public record NewProviderNetwork(String id, String name, NetworkScope scope, NetworkForm form, String service,
                                     Set<String> areaIds, String convenerId) {
    }

    private final Neo4jClient client;
    private final GraphLookup lookup;
    private final ApplicationEventPublisher events;
    private final CurrentUser user;

    ProviderNetworkService(Neo4jClient client, GraphLookup lookup, ApplicationEventPublisher events, CurrentUser user) {
        this.client = client;
        this.lookup = lookup;
        this.events = events;
        this.user = user;
    }

    @Transactional
    public NetworkChanged.ProviderNetworkCreated create(NewProviderNetwork network) {
        user.requireEditorOf(network.areaIds() == null ? Set.of() : network.areaIds());
        Checks checks = new Checks();
        lookup.requireNewId(checks, "id", network.id());
        checks.name("name", network.name());
        checks.required("form", network.form());
        if (checks.required("scope", network.scope())) {
            boolean hasService = network.service() != null && !network.service().isBlank();
            if (network.scope() == NetworkScope.SAME_KIND) {
                if (hasService) {
                    lookup.requireServiceKinds(checks, "service", Set.of(network.service()));
                } else {
                    checks.add("service", "validation.providerNetwork.sameKindNeedsService");
                }
            } else if (hasService) {
                checks.add("service", "validation.providerNetwork.crossKindHasNoService", network.service());
            }
        }
        Set<String> areaIds = network.areaIds() == null ? Set.of() : network.areaIds();
        if (checks.required("areaIds", areaIds)) {
            areaIds.stream().sorted().forEach(id -> lookup.require(checks, "areaIds", id, "Area"));
        }
        if (network.convenerId() != null) {
            lookup.require(checks, "convenerId", network.convenerId(), "Coordinator");
        }
        checks.throwIfAny();
        Map<String, Object> params = new HashMap<>();
        params.put("id", network.id());
        params.put("name", network.name());
        params.put("scope", network.scope().name());
        params.put("form", network.form().name());
        params.put("service", network.scope() == NetworkScope.SAME_KIND ? network.service() : null);
        params.put("areaIds", List.copyOf(areaIds));
        params.put("convenerId", network.convenerId());
        client.query("""
                CREATE (n:ProviderNetwork {id: $id, name: $name, scope: $scope, form: $form})
                SET n.service = $service
                WITH n
                CALL (n) { UNWIND $areaIds AS areaId MATCH (a:Area {id: areaId}) CREATE (n)-[:COVERS]->(a) }
                CALL (n) { MATCH (c:Coordinator {id: $convenerId}) CREATE (n)-[:CONVENED_BY]->(c) }""")
                .bindAll(params).run();
        return Changes.publish(events, new NetworkChanged.ProviderNetworkCreated(network.id()));
    }

    /**
     * Adds an organization (which, for a same-kind network, must offer its service) or another provider network
     * (e.g. a same-kind network joining a cross-kind one).
     */
    @Transactional
    public NetworkChanged.ProviderNetworkMemberAdded addMember(String networkId, String memberId, LocalDate since) {
        user.requireEditorOf(lookup.areasOf(networkId));
        Checks checks = new Checks();
        lookup.require(checks, "networkId", networkId, "ProviderNetwork");
        Set<String> labels = lookup.require(checks, "memberId", memberId, "Organization", "ProviderNetwork");
        if (checks.ok() && networkId.equals(memberId)) {
            checks.add("memberId", "validation.providerNetwork.selfMember", memberId);
        }
        if (checks.ok() && labels.contains("Organization")) {
            boolean offers = client.query("""
                    MATCH (n:ProviderNetwork {id: $networkId}), (o:Organization {id: $memberId})
                    RETURN n.scope <> 'SAME_KIND' OR EXISTS { (o)-[:OFFERS]->(:ServiceKind {code: n.service}) }""")
                    .bindAll(Map.of("networkId", networkId, "memberId", memberId)).fetchAs(Boolean.class).one().orElse(true);
            if (!offers) {
                checks.add("memberId", "validation.providerNetwork.memberMustOffer", memberId, networkId);
            }
        }
        checks.throwIfAny();
        client.query("""
                MATCH (n:ProviderNetwork {id: $networkId}), (m:Organization|ProviderNetwork {id: $memberId})
                MERGE (m)-[t:MEMBER_OF]->(n) ON CREATE SET t.since = $since""")
                .bindAll(Map.of("networkId", networkId, "memberId", memberId,
                        "since", since == null ? LocalDate.now() : since)).run();
        return Changes.publish(events, new NetworkChanged.ProviderNetworkMemberAdded(memberId, networkId));
    }

    /**
     * Takes an organization or a provider network out of a provider network (it left, or was added by mistake). The
     * date it joined goes with the tie; the audit trail keeps the change.
     */
    @Transactional
    public NetworkChanged.ProviderNetworkMemberRemoved removeMember(String networkId, String memberId) {
        user.requireEditorOf(lookup.areasOf(networkId));
        Checks checks = new Checks();
        if (lookup.require(checks, "networkId", networkId, "ProviderNetwork").contains("ProviderNetwork")
                && !client.query("""
                        RETURN EXISTS { (:Organization|ProviderNetwork {id: $memberId})-[:MEMBER_OF]->
                                        (:ProviderNetwork {id: $networkId}) }""")
                .bindAll(Map.of("networkId", networkId, "memberId", String.valueOf(memberId)))
                .fetchAs(Boolean.class).one().orElse(false)) {
            checks.add("memberId", "validation.member.missing", memberId, networkId);
        }
        checks.throwIfAny();
        client.query("""
                MATCH (:Organization|ProviderNetwork {id: $memberId})-[t:MEMBER_OF]->(:ProviderNetwork {id: $networkId})
                DELETE t""")
                .bindAll(Map.of("networkId", networkId, "memberId", memberId)).run();
        return Changes.publish(events, new NetworkChanged.ProviderNetworkMemberRemoved(memberId, networkId));
    }
}
