package jp.tsunagari.network;

import static jp.tsunagari.network.CommunityGraphFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import java.util.Set;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.network.AreaService.NewArea;
import jp.tsunagari.network.CouncilService.NewCouncil;
import jp.tsunagari.network.IndividualNetworkService.NewIndividualNetwork;
import jp.tsunagari.network.OrganizationService.NewCoordinator;
import jp.tsunagari.network.OrganizationService.NewOrganization;
import jp.tsunagari.network.OrganizationService.NewPerson;
import jp.tsunagari.network.ProviderNetworkService.NewProviderNetwork;
import jp.tsunagari.network.ResidentService.NewResident;
import jp.tsunagari.network.ResidentService.NewSupport;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.context.MessageSource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every write to the community-care graph is validated field by field; a rejected write changes nothing, and an
 * accepted one publishes {@link NetworkChanged}.
 */
@TsunagariTest
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
@RecordApplicationEvents
class CommunityGraphServicesTest {

    @Autowired AreaService areas;
    @Autowired ResidentService residents;
    @Autowired OrganizationService organizations;
    @Autowired IndividualNetworkService individualNetworks;
    @Autowired ProviderNetworkService providerNetworks;
    @Autowired CouncilService councils;
    @Autowired MessageSource messages;
    @Autowired Driver driver;
    @Autowired ApplicationEvents events;
    TestGraph graph;

    @BeforeEach
    void smallTown() {
        graph = new TestGraph(driver);
        graph.clear();
        new CommunityGraphFixture(areas, residents, organizations).build();
    }

    // ------------------------------------------------------------------ accepted writes

    @Test
    void supportTieIsStoredWithItsServiceAndDateAndAnnounced() {
        NetworkChanged change = residents.addSupport(new NewSupport(NEIGHBOR, RESIDENT, "SHOPPING", day(3)));

        assertThat(graph.count("""
                MATCH (:Person {id: $p})-[s:SUPPORTS {service: 'SHOPPING'}]->(:Resident {id: $r})
                WHERE s.since = date('2026-04-03') RETURN count(s)""", "p", NEIGHBOR, "r", RESIDENT)).isEqualTo(1);
        assertThat(change).isEqualTo(new NetworkChanged.SupportAdded(NEIGHBOR, RESIDENT, "SHOPPING"));
        assertThat(events.stream(NetworkChanged.class)).contains(change);
    }

    @Test
    void residentIsStoredWithAreaNeedsAndPublicModelNames() {
        assertThat(graph.count("""
                MATCH (r:Resident {id: $id, livesAlone: true, careLevel: 'CARE_2', consentToShare: false})
                      -[:LIVES_IN]->(:Area {id: $nb, level: 'NEIGHBORHOOD'})
                MATCH (r)-[:NEEDS]->(s:ServiceKind) RETURN count(s)""", "id", RESIDENT, "nb", NB1)).isEqualTo(2);
    }

    @Test
    void organizationTypesCarryTheirExtraLabels() {
        assertThat(graph.count("MATCH (n:Organization:NPO {id: $id}) RETURN count(n)", "id", NPO)).isEqualTo(1);
        assertThat(graph.count("MATCH (n:Organization:NeighborhoodAssociation {id: $id}) RETURN count(n)", "id",
                ASSOCIATION)).isEqualTo(1);
        assertThat(graph.count("MATCH (n:Organization {id: $id}) WHERE size(labels(n)) = 1 RETURN count(n)", "id",
                HOME_CARE)).isEqualTo(1);
        assertThat(graph.count("MATCH (c:Person:Coordinator {id: $id, layer: 2})-[:ASSIGNED_TO]->(:Area {id: $a}) RETURN count(c)",
                "id", COORDINATOR, "a", AREA)).isEqualTo(1);
    }

    @Test
    void individualNetworkIsConvenedWithMembersAndContact() {
        residents.addSupport(new NewSupport(NEIGHBOR, RESIDENT, "SHOPPING", null));
        residents.addSupport(new NewSupport(HOME_CARE, RESIDENT, "HOME_CARE", null));
        individualNetworks.convene(new NewIndividualNetwork("inw-1", RESIDENT, HOME_CARE, ContactMethod.NOTEBOOK,
                day(10), Set.of(NEIGHBOR, HOME_CARE)));

        assertThat(graph.count("""
                MATCH (n:IndividualNetwork {id: 'inw-1', contact: 'NOTEBOOK'})-[:FOR]->(:Resident {id: $r}),
                      (n)-[:CONVENED_BY]->(:Organization {id: $c}), (m)-[:MEMBER_OF]->(n)
                RETURN count(m)""", "r", RESIDENT, "c", HOME_CARE)).isEqualTo(2);
    }

    @Test
    void sameKindNetworkCoversAreaAndAcceptsProvidersOfItsService() {
        providerNetworks.create(new NewProviderNetwork("pnw-1", "訪問介護連絡会", NetworkScope.SAME_KIND,
                NetworkForm.MEETING, "HOME_CARE", Set.of(AREA), COORDINATOR));
        providerNetworks.addMember("pnw-1", HOME_CARE, day(1));

        assertThat(graph.count("""
                MATCH (o:Organization {id: $o})-[:MEMBER_OF]->(n:ProviderNetwork {id: 'pnw-1', scope: 'SAME_KIND',
                       service: 'HOME_CARE'})-[:COVERS]->(:Area {id: $a}), (n)-[:CONVENED_BY]->(:Coordinator)
                RETURN count(o)""", "o", HOME_CARE, "a", AREA)).isEqualTo(1);
    }

    @Test
    void suspendingAnOrganizationIsStoredAndAnnounced() {
        organizations.setActive(HOME_CARE, false);

        assertThat(graph.count("MATCH (o:Organization {id: $id, active: false}) RETURN count(o)", "id", HOME_CARE))
                .isEqualTo(1);
        assertThat(events.stream(NetworkChanged.class)).contains(
                new NetworkChanged.OrganizationActivityChanged(HOME_CARE, false));
    }

    @Test
    void providerTakenOutOfItsNetworkLeavesItAndIsAnnounced() {
        providerNetworks.create(new NewProviderNetwork("pnw-1", "訪問介護連絡会", NetworkScope.SAME_KIND,
                NetworkForm.MEETING, "HOME_CARE", Set.of(AREA), COORDINATOR));
        providerNetworks.addMember("pnw-1", HOME_CARE, day(1));
        providerNetworks.removeMember("pnw-1", HOME_CARE);

        assertThat(graph.count("MATCH (:Organization {id: $o})-[m:MEMBER_OF]->() RETURN count(m)", "o", HOME_CARE))
                .isZero();
        assertThat(graph.count("MATCH (n:ProviderNetwork {id: 'pnw-1'})-[:COVERS]->() RETURN count(n)")).isEqualTo(1);
        assertThat(events.stream(NetworkChanged.class)).contains(
                new NetworkChanged.ProviderNetworkMemberRemoved(HOME_CARE, "pnw-1"));
    }

    @Test
    void individualNetworkWithoutLaterHistoryIsDissolvedWithItsTiesAndAnnounced() {
        individualNetworks.convene(new NewIndividualNetwork("inw-1", RESIDENT, NEIGHBOR, ContactMethod.PHONE, day(10),
                Set.of(NEIGHBOR, HOME_CARE)));
        individualNetworks.dissolve("inw-1");

        assertThat(graph.count("MATCH (n:IndividualNetwork) RETURN count(n)")).isZero();
        assertThat(graph.count("MATCH (:Person {id: $p})-[m:MEMBER_OF]->() RETURN count(m)", "p", NEIGHBOR)).isZero();
        assertThat(graph.count("MATCH (r:Resident {id: $r}) RETURN count(r)", "r", RESIDENT)).isEqualTo(1);
        assertThat(events.stream(NetworkChanged.class)).contains(
                new NetworkChanged.IndividualNetworkDissolved("inw-1", RESIDENT));
        // The resident may have a network again.
        individualNetworks.convene(new NewIndividualNetwork("inw-2", RESIDENT, NEIGHBOR, ContactMethod.PHONE, null,
                Set.of()));
    }

    // ------------------------------------------------------------------ rejected writes change nothing

    @Test
    void idUsedByAnotherKindOfNodeIsRejected() {
        rejected(() -> residents.create(new NewResident(AREA, "田中 正", NB1, false, CareLevel.SUPPORT_1, false, Set.of())),
                "id", "validation.id.taken");
    }

    @Test
    void malformedIdAndBlankNameAreBothReported() {
        rejected(() -> organizations.createPerson(new NewPerson("no spaces allowed", " ", PersonRole.VOLUNTEER, null)),
                tuple("id", "validation.id.format"), tuple("name", "validation.required"));
    }

    @Test
    void supportMustEndAtAResident() {
        rejected(() -> residents.addSupport(new NewSupport(NEIGHBOR, HOME_CARE, "HOME_CARE", null)),
                "residentId", "validation.wrongKind");
    }

    @Test
    void supportFromUnknownSupporterIsRejected() {
        rejected(() -> residents.addSupport(new NewSupport("per-nobody", RESIDENT, "SHOPPING", null)),
                "supporterId", "validation.notFound");
    }

    @Test
    void sameSupportTwiceIsRejected() {
        residents.addSupport(new NewSupport(NEIGHBOR, RESIDENT, "SHOPPING", null));
        rejected(() -> residents.addSupport(new NewSupport(NEIGHBOR, RESIDENT, "SHOPPING", null)),
                "service", "validation.support.duplicate");
    }

    @Test
    void unknownServiceKindCodeIsRejected() {
        rejected(() -> residents.addNeed(RESIDENT, "TELEPORTATION"), "service", "validation.serviceKind.unknown");
    }

    @Test
    void sameKindNetworkMustNameItsService() {
        rejected(() -> providerNetworks.create(new NewProviderNetwork("pnw-1", "連絡会", NetworkScope.SAME_KIND,
                NetworkForm.MEETING, null, Set.of(AREA), null)), "service", "validation.providerNetwork.sameKindNeedsService");
    }

    @Test
    void crossKindNetworkNamesNoService() {
        rejected(() -> providerNetworks.create(new NewProviderNetwork("pnw-1", "連携会議", NetworkScope.CROSS_KIND,
                NetworkForm.MEETING, "HOME_CARE", Set.of(AREA), null)), "service",
                "validation.providerNetwork.crossKindHasNoService");
    }

    @Test
    void sameKindNetworkRefusesAProviderOfAnotherService() {
        providerNetworks.create(new NewProviderNetwork("pnw-1", "訪問介護連絡会", NetworkScope.SAME_KIND,
                NetworkForm.MEETING, "HOME_CARE", Set.of(AREA), null));
        rejected(() -> providerNetworks.addMember("pnw-1", NPO, null), "memberId",
                "validation.providerNetwork.memberMustOffer");
    }

    @Test
    void individualNetworkWithAMemberWhoJoinedLaterIsNotDissolved() {
        individualNetworks.convene(new NewIndividualNetwork("inw-1", RESIDENT, NEIGHBOR, ContactMethod.PHONE, day(10),
                Set.of(NEIGHBOR)));
        individualNetworks.addMember("inw-1", HOME_CARE, day(20));
        rejected(() -> individualNetworks.dissolve("inw-1"), "networkId", "validation.individualNetwork.hasHistory");
    }

    @Test
    void onlyAnIndividualNetworkIsDissolved() {
        providerNetworks.create(new NewProviderNetwork("pnw-1", "連携会議", NetworkScope.CROSS_KIND,
                NetworkForm.MEETING, null, Set.of(AREA), null));
        rejected(() -> individualNetworks.dissolve("pnw-1"), "networkId", "validation.wrongKind");
    }

    @Test
    void onlyAMemberIsTakenOutOfAProviderNetwork() {
        providerNetworks.create(new NewProviderNetwork("pnw-1", "訪問介護連絡会", NetworkScope.SAME_KIND,
                NetworkForm.MEETING, "HOME_CARE", Set.of(AREA), null));
        rejected(() -> providerNetworks.removeMember("pnw-1", HOME_CARE), "memberId", "validation.member.missing");
    }

    @Test
    void areaHierarchyRefusesACycle() {
        rejected(() -> areas.move(CITY, NB1), "parentId", "validation.area.cycle");
    }

    @Test
    void areaCannotBeMovedUnderItself() {
        rejected(() -> areas.move(AREA, AREA), "parentId", "validation.area.cycle");
    }

    @Test
    void neighbourhoodCannotContainANeighbourhood() {
        rejected(() -> areas.create(new NewArea("nb-3", "緑町地区", AreaLevel.NEIGHBORHOOD, NB1)),
                "parentId", "validation.area.parentLevel");
    }

    @Test
    void residentCannotHaveTwoIndividualNetworks() {
        individualNetworks.convene(new NewIndividualNetwork("inw-1", RESIDENT, NEIGHBOR, ContactMethod.PHONE, null,
                Set.of(NEIGHBOR)));
        rejected(() -> individualNetworks.convene(new NewIndividualNetwork("inw-2", RESIDENT, NEIGHBOR,
                ContactMethod.PHONE, null, Set.of())), "residentId", "validation.individualNetwork.exists");
    }

    @Test
    void referralMustGoFromAnAssociationToAnNpo() {
        rejected(() -> organizations.addReferral(ASSOCIATION, HOME_CARE, null), "npoId", "validation.wrongKind");
    }

    @Test
    void layer2CoordinatorMustBeAssignedToADailyLifeArea() {
        rejected(() -> organizations.createCoordinator(new NewCoordinator("per-c2", "高橋 修", 2, null, Set.of(NB1), null)),
                "areaIds", "validation.coordinator.areaLevel");
    }

    @Test
    void councilLayerIsOneOrTwo() {
        rejected(() -> councils.create(new NewCouncil("cnc-1", "協議体", 3, Set.of(AREA))), "layer",
                "validation.council.layer");
    }

    @Test
    void messagesReadInJapaneseByDefaultAndInEnglish() {
        var violation = new Violation("residentId", "validation.notFound", java.util.List.of("Resident", "res-9"));
        assertThat(violation.message(messages, Locale.JAPANESE)).isEqualTo("residentId: Resident「res-9」は存在しません");
        assertThat(violation.message(messages, Locale.ENGLISH)).isEqualTo("residentId: no Resident with id 'res-9'");
    }

    private void rejected(ThrowingCallable write, String field, String messageKey) {
        rejected(write, tuple(field, messageKey));
    }

    private void rejected(ThrowingCallable write, org.assertj.core.groups.Tuple... expected) {
        String before = graph.fingerprint();
        long eventsBefore = events.stream(NetworkChanged.class).count();
        assertThatThrownBy(write).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                .extracting(Violation::field, Violation::messageKey).containsExactly(expected));
        assertThat(graph.fingerprint()).as("a rejected write changes nothing").isEqualTo(before);
        assertThat(events.stream(NetworkChanged.class).count()).isEqualTo(eventsBefore);
    }
}
