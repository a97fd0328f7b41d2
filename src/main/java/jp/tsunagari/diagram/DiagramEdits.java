package jp.tsunagari.diagram;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jp.tsunagari.network.ContactMethod;
import jp.tsunagari.network.IndividualNetworkService;
import jp.tsunagari.network.InvalidInputException;
import jp.tsunagari.network.OrganizationService;
import jp.tsunagari.network.ProviderNetworkService;
import jp.tsunagari.network.ResidentService;
import jp.tsunagari.network.Violation;
import jp.tsunagari.security.CurrentUser;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes made from a diagram, each through the domain services (which validate it, check the user's role and areas,
 * audit it and announce it), with the last one remembered so that 「元に戻す」 can take it back — through the services
 * too, so an undo is checked, audited and announced like any change. One instance per view (prototype scope).
 * <p>
 * Each inverse restores what the change removed as it was (a support tie's service and start date, a member's date of
 * joining, an organization's previous state). A convened network is taken back by dissolving it, which the service
 * refuses once the network has a history of its own. A failed change or undo changes nothing and keeps the last one.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class DiagramEdits {

    static final String TIES = """
            MATCH (s:Person|Organization {id: $supporterId})-[t:SUPPORTS]->(:Resident {id: $residentId})
            RETURN t.service AS service, t.since AS since ORDER BY t.service""";

    static final String INDIVIDUAL_MEMBERSHIP = """
            MATCH (:Person|Organization {id: $memberId})-[t:MEMBER_OF]->(:IndividualNetwork {id: $networkId})
            RETURN t.since AS since""";

    static final String PROVIDER_MEMBERSHIP = """
            RETURN EXISTS { (:Organization|ProviderNetwork {id: $memberId})-[:MEMBER_OF]->
                            (:ProviderNetwork {id: $networkId}) } AS member""";

    static final String MEMBERS = """
            MATCH (m:Person|Organization)-[:MEMBER_OF]->(:IndividualNetwork {id: $networkId}) RETURN m.id AS id""";

    static final String RESIDENT_OF_NETWORK = """
            MATCH (:IndividualNetwork {id: $networkId})-[:FOR]->(r:Resident) RETURN r.id AS id""";

    static final String ACTIVE = "MATCH (o:Organization {id: $id}) RETURN coalesce(o.active, true) AS active";

    /** What a change did; {@code ids} name the nodes it was about, for the views' messages and refresh. */
    public enum Kind {
        SUPPORT_ADDED, TIE_REMOVED, MEMBER_ADDED, MEMBER_REMOVED, NETWORK_CONVENED, ORGANIZATION_SUSPENDED,
        ORGANIZATION_RESUMED, PROVIDER_MEMBER_ADDED
    }

    /** A change made from a diagram; {@code ids}: its subject first (helper, organization), then the others. */
    public record Edit(Kind kind, List<String> ids) {
        public Edit {
            ids = List.copyOf(ids);
        }
    }

    private interface Inverse {
        void run();
    }

    private final ResidentService residents;
    private final IndividualNetworkService individualNetworks;
    private final ProviderNetworkService providerNetworks;
    private final OrganizationService organizations;
    private final Neo4jClient client;
    private final CurrentUser user;

    private Edit last;
    private Inverse inverse;

    DiagramEdits(ResidentService residents, IndividualNetworkService individualNetworks,
                 ProviderNetworkService providerNetworks, OrganizationService organizations, Neo4jClient client,
                 CurrentUser user) {
        this.residents = residents;
        this.individualNetworks = individualNetworks;
        this.providerNetworks = providerNetworks;
        this.organizations = organizations;
        this.client = client;
        this.user = user;
    }

    /** The last change, while it can still be undone. */
    public Optional<Edit> last() {
        return Optional.ofNullable(last);
    }

    /** Adds a supporter for one kind of service; undone by ending that tie. */
    @Transactional
    public Edit addSupport(String supporterId, String residentId, String service) {
        residents.addSupport(new ResidentService.NewSupport(supporterId, residentId, service, null));
        return done(new Edit(Kind.SUPPORT_ADDED, List.of(supporterId, residentId)),
                () -> residents.removeSupport(supporterId, residentId, service));
    }

    /** Ends every support tie from a helper to a resident (one per service); undone by restoring each as it was. */
    @Transactional
    public Edit removeTie(String supporterId, String residentId) {
        user.requireResidentEditor(residentId); // before reading the ties: a refusal must not tell whether there are any
        List<Map<String, Object>> ties = List.copyOf(client.query(TIES)
                .bindAll(Map.of("supporterId", String.valueOf(supporterId), "residentId", String.valueOf(residentId)))
                .fetch().all());
        if (ties.isEmpty()) {
            throw invalid("supporterId", "diagram.edit.noTie", supporterId, residentId);
        }
        for (Map<String, Object> tie : ties) {
            residents.removeSupport(supporterId, residentId, (String) tie.get("service"));
        }
        return done(new Edit(Kind.TIE_REMOVED, List.of(supporterId, residentId)), () -> {
            for (Map<String, Object> tie : ties) {
                residents.addSupport(new ResidentService.NewSupport(supporterId, residentId,
                        (String) tie.get("service"), (LocalDate) tie.get("since")));
            }
        });
    }

    /** Adds a person or organization to an individual network; undone by taking them out again. */
    @Transactional
    public Edit addToIndividualNetwork(String networkId, String memberId) {
        requireNetworkEditor(networkId);
        if (individualMembership(networkId, memberId).isPresent()) {
            throw invalid("memberId", "diagram.edit.alreadyMember", memberId, networkId);
        }
        individualNetworks.addMember(networkId, memberId, null);
        return done(new Edit(Kind.MEMBER_ADDED, List.of(memberId, networkId)),
                () -> individualNetworks.removeMember(networkId, memberId));
    }

    /** Takes a member out of an individual network; undone by adding them back with the date they first joined. */
    @Transactional
    public Edit removeFromIndividualNetwork(String networkId, String memberId) {
        requireNetworkEditor(networkId);
        LocalDate since = individualMembership(networkId, memberId).orElse(null);
        individualNetworks.removeMember(networkId, memberId);
        return done(new Edit(Kind.MEMBER_REMOVED, List.of(memberId, networkId)),
                () -> individualNetworks.addMember(networkId, memberId, since));
    }

    /**
     * Convenes a resident's individual network (a new id) with these members; undone by dissolving it while it has
     * exactly these members and no later history.
     */
    @Transactional
    public Edit convene(String residentId, String convenerId, ContactMethod contact, Set<String> memberIds) {
        String networkId = "inw-" + UUID.randomUUID();
        Set<String> members = memberIds == null ? Set.of() : Set.copyOf(memberIds);
        individualNetworks.convene(new IndividualNetworkService.NewIndividualNetwork(networkId, residentId, convenerId,
                contact, null, members));
        return done(new Edit(Kind.NETWORK_CONVENED, List.of(networkId, residentId)), () -> {
            Set<String> now = new TreeSet<>(client.query(MEMBERS).bindAll(Map.of("networkId", networkId))
                    .fetchAs(String.class).all());
            if (!now.equals(new TreeSet<>(members))) {
                throw invalid("networkId", "diagram.edit.changedSince", networkId);
            }
            individualNetworks.dissolve(networkId);
        });
    }

    /** Marks an organization suspended or active again; undone by restoring the state it had. */
    @Transactional
    public Edit setActive(String organizationId, boolean active) {
        Boolean before = client.query(ACTIVE).bindAll(Map.of("id", String.valueOf(organizationId)))
                .fetchAs(Boolean.class).one().orElse(null);
        if (before != null && before == active) {
            throw invalid("organizationId", active ? "diagram.edit.alreadyActive" : "diagram.edit.alreadySuspended",
                    organizationId);
        }
        organizations.setActive(organizationId, active);
        return done(new Edit(active ? Kind.ORGANIZATION_RESUMED : Kind.ORGANIZATION_SUSPENDED, List.of(organizationId)),
                () -> organizations.setActive(organizationId, !active));
    }

    /**
     * Adds an organization (or a provider network) to a provider network; undone by taking it out again. For the
     * provider-network views of this module.
     */
    @Transactional
    public Edit addToProviderNetwork(String networkId, String memberId) {
        if (Boolean.TRUE.equals(client.query(PROVIDER_MEMBERSHIP)
                .bindAll(Map.of("networkId", String.valueOf(networkId), "memberId", String.valueOf(memberId)))
                .fetchAs(Boolean.class).one().orElse(false))) {
            throw invalid("memberId", "diagram.edit.alreadyMember", memberId, networkId);
        }
        providerNetworks.addMember(networkId, memberId, null);
        return done(new Edit(Kind.PROVIDER_MEMBER_ADDED, List.of(memberId, networkId)),
                () -> providerNetworks.removeMember(networkId, memberId));
    }

    /**
     * Takes the last change back (once) and returns it. Refused like any change when the user may no longer make it
     * or the graph has moved on (e.g. someone re-added a removed tie): then nothing changes and it stays the last.
     */
    @Transactional
    public Edit undo() {
        if (last == null) {
            throw invalid("undo", "diagram.edit.nothingToUndo");
        }
        inverse.run();
        Edit undone = last;
        last = null;
        inverse = null;
        return undone;
    }

    private Edit done(Edit edit, Inverse undo) {
        last = edit;
        inverse = undo;
        return edit;
    }

    /** The services' own check, made before this class reads the network's members. */
    private void requireNetworkEditor(String networkId) {
        user.requireResidentEditor(client.query(RESIDENT_OF_NETWORK)
                .bindAll(Map.of("networkId", String.valueOf(networkId))).fetchAs(String.class).one().orElse(null));
    }

    private Optional<LocalDate> individualMembership(String networkId, String memberId) {
        Map<String, Object> params = new HashMap<>();
        params.put("networkId", String.valueOf(networkId));
        params.put("memberId", String.valueOf(memberId));
        return client.query(INDIVIDUAL_MEMBERSHIP).bindAll(params).fetch().one()
                .map(row -> row.get("since") instanceof LocalDate d ? d : LocalDate.now());
    }

    private static InvalidInputException invalid(String field, String key, Object... args) {
        List<Object> list = new ArrayList<>();
        for (Object arg : args) {
            list.add(String.valueOf(arg));
        }
        return new InvalidInputException(List.of(new Violation(field, key, list)));
    }
}
