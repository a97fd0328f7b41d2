package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import java.util.Map;

import jp.tsunagari.TsunagariTest;
import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.gaps.GapType;
import jp.tsunagari.security.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The provider networks of {@link ViewsTown}'s areas: same-kind and cross-kind networks with their members, the
 * provider outside its same-kind network marked with a dashed edge to it, a municipal network's members elsewhere
 * left out, one service at a time, an empty area; coordinators only, within their areas.
 */
@TsunagariTest
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
class ProviderNetworkQueriesTest {

    @Autowired ProviderNetworkQueries queries;
    @Autowired AuditTrail audit;
    @Autowired Driver driver;
    @Autowired ApplicationEventPublisher events;

    @BeforeEach
    void town() {
        ViewsTown.build(driver, events);
    }

    @Test
    void networksOfAnAreaWithTheirMembersAndTheMunicipalNetworkWithoutItsMembersElsewhere() {
        var networks = queries.networks("v-d1", null, Locale.JAPANESE).orElseThrow();
        Map<String, GraphNode> nodes = NetworkImageQueriesTest.byId(networks.graph());

        assertThat(nodes.values()).extracting(GraphNode::id, GraphNode::kind).containsExactlyInAnyOrder(
                tuple("v-d1", "area"), tuple("v-city", "area"),
                tuple("v-pn", "provider-network"), tuple("v-med", "provider-network"),
                tuple("v-cross", "cross-kind-network"),
                tuple("v-care", "organization"), tuple("v-care2", "organization"), tuple("v-npo", "npo"));
        assertThat(nodes).doesNotContainKey("v-clinic"); // the medical association's member in 東部
        assertThat(networks.sameKindNetworks()).isEqualTo(2);
        assertThat(networks.crossKindNetworks()).isEqualTo(1);
        assertThat(networks.graph().edges()).extracting(GraphEdge::source, GraphEdge::target, GraphEdge::kind,
                GraphEdge::dashed).containsExactlyInAnyOrder(
                        tuple("v-care", "v-pn", "member", false), tuple("v-npo", "v-cross", "member", false),
                        tuple("v-pn", "v-cross", "member", false),
                        tuple("v-pn", "v-d1", "covers", false), tuple("v-cross", "v-d1", "covers", false),
                        tuple("v-med", "v-city", "covers", false),
                        tuple("v-care2", "v-pn", "outside", true));
    }

    @Test
    void providerOutsideItsNetworkIsHighlighted() {
        var networks = queries.networks("v-d1", null, Locale.JAPANESE).orElseThrow();
        Map<String, GraphNode> nodes = NetworkImageQueriesTest.byId(networks.graph());

        assertThat(nodes.get("v-care2").flags()).first().isEqualTo(DiagramKinds.OUTSIDE_NETWORK);
        assertThat(nodes.get("v-care").flags()).isEmpty();
        assertThat(networks.outside()).isEqualTo(1);
        assertThat(networks.findings()).extracting(GapItem::type, GapItem::subject, GapItem::related)
                .contains(tuple(GapType.OUTSIDE_SAME_KIND_NETWORK, "v-care2", java.util.List.of("v-pn")));
        assertThat(networks.findings()).extracting(GapItem::type).doesNotContain(GapType.ISOLATED_RESIDENT,
                GapType.ASSOCIATION_WITHOUT_NPO);
    }

    @Test
    void oneServiceShowsItsSameKindNetworksAndTheCrossKindMembersOfferingIt() {
        var networks = queries.networks("v-d1", "MEDICAL_CARE", Locale.JAPANESE).orElseThrow();
        Map<String, GraphNode> nodes = NetworkImageQueriesTest.byId(networks.graph());

        assertThat(nodes).containsKeys("v-med", "v-cross").doesNotContainKeys("v-pn", "v-care", "v-care2", "v-npo");
        assertThat(networks.service()).isEqualTo("MEDICAL_CARE");
        assertThat(networks.findings()).extracting(GapItem::type).doesNotContain(GapType.OUTSIDE_SAME_KIND_NETWORK);
    }

    @Test
    void anAreaWithoutNetworksShowsItsGap() {
        var networks = queries.networks("v-d3", null, Locale.JAPANESE).orElseThrow();

        assertThat(networks.crossKindNetworks()).isZero();
        assertThat(networks.organizations()).isZero();
        assertThat(networks.graph().nodes()).extracting(GraphNode::id).containsExactlyInAnyOrder("v-d3", "v-med",
                "v-city");
        assertThat(networks.findings()).extracting(GapItem::type, GapItem::subject)
                .contains(tuple(GapType.NO_CROSS_KIND_NETWORK, "v-d3"));
        assertThat(queries.networks("nowhere", null, Locale.JAPANESE)).isEmpty();
    }

    @Test
    void theMunicipalityShowsEveryAreasNetworks() {
        var networks = queries.networks("v-city", null, Locale.JAPANESE).orElseThrow();
        Map<String, GraphNode> nodes = NetworkImageQueriesTest.byId(networks.graph());

        assertThat(nodes).containsKeys("v-pn", "v-cross", "v-med", "v-clinic", "v-care2", "v-d1", "v-d2", "v-d3");
        assertThat(networks.graph().edges()).extracting(GraphEdge::source, GraphEdge::target, GraphEdge::kind)
                .contains(tuple("v-clinic", "v-med", "member"), tuple("v-care2", "v-pn", "outside"));
    }

    @Test
    @WithMockUser(username = ViewsTown.LAYER2, roles = "LAYER2_COORDINATOR")
    void aLayer2CoordinatorIsRefusedAndAuditedOutsideTheirArea() {
        assertThat(queries.areas()).extracting(DiagramQueries.AreaChoice::id).containsExactly("v-d1");
        assertThat(queries.networks("v-d1", null, Locale.JAPANESE)).isPresent();
        int deniedBefore = ViewsTown.denials(audit, "v-d2");
        assertThatThrownBy(() -> queries.networks("v-d2", null, Locale.JAPANESE)).isInstanceOf(AccessDeniedException.class);
        assertThat(ViewsTown.denials(audit, "v-d2")).isEqualTo(deniedBefore + 1);
    }

    @Test
    @WithMockUser(username = "test-views-council", roles = "COUNCIL_VIEWER")
    void councilsAreRefused() {
        assertThatThrownBy(() -> queries.networks("v-d1", null, Locale.JAPANESE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.areas()).isInstanceOf(AccessDeniedException.class);
    }
}
