package jp.tsunagari.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.network.AreaLevel;
import jp.tsunagari.network.AreaService;
import jp.tsunagari.network.CareLevel;
import jp.tsunagari.network.ResidentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Changes go through the same area scope as reads: enforced in the services, whatever the caller. */
@TsunagariTest
class WriteAccessTest {

    @Autowired UserAccounts accounts;
    @Autowired ResidentService residents;
    @Autowired AreaService areas;
    @Autowired AuditTrail audit;
    @Autowired Driver driver;
    @LocalServerPort int port;
    TestGraph graph;

    @BeforeEach
    void town() {
        graph = new TestGraph(driver);
        new SecuredTown(graph, accounts, port).build();
        graph.run("CREATE (:Person {id: 'p1', name: '佐藤 一郎', role: 'NEIGHBOR'})");
    }

    @Test
    @WithMockUser(username = "t-layer2", roles = "LAYER2_COORDINATOR")
    void layer2CoordinatorChangesSupportInTheirArea() {
        residents.addSupport(new ResidentService.NewSupport("p1", SecuredTown.OWN_RESIDENT, "WATCHING", null));
        assertThat(graph.count("MATCH (:Person {id: 'p1'})-[s:SUPPORTS]->(:Resident {id: 'r1'}) RETURN count(s)")).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "t-layer2", roles = "LAYER2_COORDINATOR")
    void layer2CoordinatorIsRefusedAndAuditedOutsideTheirArea() {
        String before = graph.fingerprintOfNetwork();
        assertThatThrownBy(() -> residents.addSupport(new ResidentService.NewSupport("p1", SecuredTown.OTHER_RESIDENT,
                "WATCHING", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> residents.create(new ResidentService.NewResident("r3", "田中 正", "n2", false,
                CareLevel.CARE_1, false, Set.of()))).isInstanceOf(AccessDeniedException.class);
        assertThat(graph.fingerprintOfNetwork()).isEqualTo(before);
        assertThat(audit.search("t-layer2", AuditAction.ACCESS_DENIED, SecuredTown.OTHER_RESIDENT, null, null, 5)).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "t-council", roles = "COUNCIL_VIEWER")
    void councilViewersAndAnalystsNeverChangeTheNetwork() {
        assertThatThrownBy(() -> residents.addNeed(SecuredTown.OWN_RESIDENT, "SHOPPING"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "t-admin", roles = "ADMIN")
    void administratorsManageAreasButNotResidents() {
        areas.create(new AreaService.NewArea("n3", "緑町地区", AreaLevel.NEIGHBORHOOD, "d1"));
        assertThatThrownBy(() -> residents.addNeed(SecuredTown.OWN_RESIDENT, "SHOPPING"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersChangeNothing() {
        assertThatThrownBy(() -> residents.addNeed(SecuredTown.OWN_RESIDENT, "SHOPPING"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
