package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.gaps.GapType;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The network image read from {@link ViewsTown}: the layers in their bands, top to bottom, with the links between
 * them; a municipal network seen from a daily-life area; an empty area; the council's picture, which names and
 * identifies no resident; who may open which area.
 */
@TsunagariTest
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
class NetworkImageQueriesTest {

    @Autowired NetworkImageQueries queries;
    @Autowired AuditTrail audit;
    @Autowired Driver driver;
    @Autowired ApplicationEventPublisher events;

    @BeforeEach
    void town() {
        ViewsTown.build(driver, events);
    }

    @Test
    void theMunicipalityIsDrawnInBandsIndividualNetworksOnTopMunicipalLevelAtTheBottom() {
        var image = queries.image("v-city", Locale.JAPANESE).orElseThrow();
        GraphData graph = image.graph();
        Map<String, GraphNode> nodes = byId(graph);

        assertThat(image.municipality()).isTrue();
        assertThat(graph.fullyPlaced()).isTrue();
        assertThat(nodes.values()).filteredOn(n -> !n.kind().equals(DiagramKinds.BAND))
                .extracting(GraphNode::id, GraphNode::kind).containsExactlyInAnyOrder(
                        tuple("v-inw1", "individual-network"), tuple("v-inw3", "individual-network"),
                        tuple("v-pn", "provider-network"), tuple("v-med", "provider-network"),
                        tuple("v-cross", "cross-kind-network"),
                        tuple("v-cnc1", "council"), tuple("v-cnc2", "council"),
                        tuple("v-l1", "coordinator"), tuple("v-l2", "coordinator"),
                        tuple("v-d1", "area"), tuple("v-d2", "area"), tuple("v-d3", "area"));
        assertThat(nodes.get("v-inw1").label()).isEqualTo("山田 花子 の個別ネットワーク");
        assertThat(image.individualNetworks()).isEqualTo(2);
        assertThat(image.sameKindNetworks()).isEqualTo(2);
        assertThat(image.crossKindNetworks()).isEqualTo(1);
        assertThat(image.councils()).isEqualTo(2);

        // Top to bottom: individual networks, same-kind, cross-kind with the area's council, municipal level.
        assertThat(nodes.get("v-inw1").y()).isGreaterThan(nodes.get("v-pn").y());
        assertThat(nodes.get("v-pn").y()).isGreaterThan(nodes.get("v-cross").y());
        assertThat(nodes.get("v-cnc2").y()).isEqualTo(nodes.get("v-cross").y());
        assertThat(nodes.get("v-cross").y()).isGreaterThan(nodes.get("v-med").y());
        assertThat(nodes.get("v-med").y()).isEqualTo(nodes.get("band:MUNICIPAL").y());
        assertThat(nodes.get("v-cnc1").y()).isEqualTo(nodes.get("band:MUNICIPAL").y());
        // One column per daily-life area: 中央's network left of 東部's, each under its area.
        assertThat(nodes.get("v-inw1").x()).isLessThan(nodes.get("v-inw3").x());
        assertThat(nodes.get("v-d1").y()).isGreaterThan(nodes.get("v-inw1").y());
        assertThat(nodes.get("band:INDIVIDUAL").label()).isEqualTo("個別ネットワーク");

        assertThat(graph.edges()).extracting(GraphEdge::source, GraphEdge::target, GraphEdge::kind)
                .containsExactlyInAnyOrder(
                        tuple("v-inw1", "v-pn", "shares-member"), tuple("v-inw3", "v-med", "shares-member"),
                        tuple("v-pn", "v-cross", "member"),
                        tuple("v-pn", "v-l2", "convened-by"), tuple("v-cross", "v-l2", "convened-by"),
                        tuple("v-med", "v-l1", "convened-by"), tuple("v-inw1", "v-l2", "convened-by"),
                        tuple("v-l1", "v-cnc1", "sits-on"), tuple("v-l2", "v-cnc2", "sits-on"));
    }

    @Test
    void aDailyLifeAreaShowsItsOwnNetworksAndTheMunicipalOnesBelow() {
        var image = queries.image("v-d1", Locale.JAPANESE).orElseThrow();
        Map<String, GraphNode> nodes = byId(image.graph());

        assertThat(image.municipality()).isFalse();
        assertThat(nodes).containsKeys("v-inw1", "v-pn", "v-cross", "v-cnc2", "v-med", "v-cnc1", "v-d1")
                .doesNotContainKeys("v-inw3", "v-d2", "v-d3");
        // The municipal medical association is drawn in the bottom band, without its members elsewhere.
        assertThat(nodes.get("v-med").y()).isEqualTo(nodes.get("band:MUNICIPAL").y());
        assertThat(image.graph().edges()).extracting(GraphEdge::source).doesNotContain("v-inw3");
    }

    @Test
    void aSingleIndividualNetworkIsTiedToTheMunicipalNetworkItsClinicBelongsTo() {
        var image = queries.image("v-d2", Locale.JAPANESE).orElseThrow();
        Map<String, GraphNode> nodes = byId(image.graph());

        assertThat(image.individualNetworks()).isEqualTo(1);
        assertThat(image.sameKindNetworks()).isEqualTo(1); // the municipal one
        assertThat(image.crossKindNetworks()).isZero();
        assertThat(nodes.get("v-inw3").label()).isEqualTo("東 一子 の個別ネットワーク");
        assertThat(nodes.get("v-inw3").size()).isGreaterThan(0);
        assertThat(image.graph().edges()).extracting(GraphEdge::source, GraphEdge::target, GraphEdge::kind)
                .contains(tuple("v-inw3", "v-med", "shares-member"));
        assertThat(image.findings()).extracting(GapItem::type, GapItem::subject)
                .contains(tuple(GapType.NO_CROSS_KIND_NETWORK, "v-d2"));
    }

    @Test
    void anEmptyAreaHasItsHeadingsAndItsAreaLevelGaps() {
        var image = queries.image("v-d3", Locale.JAPANESE).orElseThrow();

        assertThat(image.individualNetworks()).isZero();
        assertThat(image.graph().nodes()).extracting(GraphNode::kind)
                .containsOnly(DiagramKinds.AREA, DiagramKinds.BAND, DiagramKinds.PROVIDER_NETWORK,
                        DiagramKinds.COUNCIL, DiagramKinds.COORDINATOR); // the municipal level only
        assertThat(image.findings()).extracting(GapItem::type, GapItem::subject)
                .contains(tuple(GapType.NO_CROSS_KIND_NETWORK, "v-d3"));
        assertThat(byId(image.graph()).get("v-d3").flags()).contains(DiagramKinds.OTHER_GAP);
        assertThat(queries.image("nowhere", Locale.JAPANESE)).isEmpty();
        assertThat(queries.image("v-n1", Locale.JAPANESE)).isEmpty(); // a neighbourhood has no image of its own
    }

    @Test
    void coordinatorsSeeTheGapsOfWhatIsDrawnAndTheAreasCountsExactly() {
        var image = queries.image("v-city", Locale.JAPANESE).orElseThrow();
        assertThat(image.findings()).extracting(GapItem::type, GapItem::subject).contains(
                tuple(GapType.NO_CROSS_KIND_NETWORK, "v-d2"), tuple(GapType.NETWORK_NOT_FORMED, "v-d1"));
        // Resident-level gaps are not drawn here (their subjects are not in the picture)...
        assertThat(image.findings()).extracting(GapItem::type).doesNotContain(GapType.ISOLATED_RESIDENT);
        // ...but counted per area, exactly for coordinators.
        assertThat(image.findings()).filteredOn(f -> f.type() == GapType.NETWORK_NOT_FORMED).singleElement()
                .extracting(GapItem::message).asString().contains("1 人");
    }

    @Test
    @WithMockUser(username = "test-views-council", roles = "COUNCIL_VIEWER")
    void aCouncilsPictureNamesAndIdentifiesNoResident() {
        var image = queries.image("v-city", Locale.JAPANESE).orElseThrow();

        assertThat(image.individualNetworks()).isEqualTo(2);
        assertThat(image.graph().nodes()).filteredOn(n -> n.kind().equals(DiagramKinds.INDIVIDUAL_NETWORK))
                .extracting(GraphNode::label).containsExactlyInAnyOrder("個別ネットワーク #1", "個別ネットワーク #2");
        for (GraphNode node : image.graph().nodes()) {
            for (String identifier : ViewsTown.RESIDENT_IDENTIFIERS) {
                assertThat(node.id()).as("node id").doesNotContain(identifier);
                assertThat(node.label()).as("label of " + node.id()).doesNotContain(identifier);
            }
        }
        for (GraphEdge edge : image.graph().edges()) {
            for (String identifier : ViewsTown.RESIDENT_IDENTIFIERS) {
                assertThat(edge.source() + " " + edge.target() + " " + edge.id()).doesNotContain(identifier);
            }
        }
        assertThat(image.findings()).isNotEmpty();
        for (GapItem finding : image.findings()) {
            assertThat(finding.type()).isIn(GapType.NETWORK_NOT_FORMED, GapType.NO_SAME_KIND_NETWORK,
                    GapType.SERVICE_SHORTAGE, GapType.SERVICE_DUPLICATION, GapType.NO_CROSS_KIND_NETWORK,
                    GapType.CROSS_KIND_MISSING_KIND, GapType.SILOED_CLUSTER);
            String text = finding.subject() + " " + finding.related() + " " + finding.message() + " " + finding.action()
                    + " " + finding.candidates();
            for (String identifier : ViewsTown.RESIDENT_IDENTIFIERS) {
                assertThat(text).as(finding.type().name()).doesNotContain(identifier);
            }
        }
        // One resident without the network they need: a count under 10, shown as such.
        assertThat(image.findings()).filteredOn(f -> f.type() == GapType.NETWORK_NOT_FORMED).singleElement()
                .extracting(GapItem::message).asString().contains("10未満").doesNotContain(" 1 人");
        // Individual networks are still tied to the provider networks they share members with.
        assertThat(image.graph().edges()).extracting(GraphEdge::kind).contains(DiagramKinds.SHARES_MEMBER);
    }

    @Test
    @WithMockUser(username = ViewsTown.LAYER2, roles = "LAYER2_COORDINATOR")
    void aLayer2CoordinatorOpensTheirAreaAndIsRefusedAndAuditedElsewhere() {
        assertThat(queries.areas()).extracting(DiagramQueries.AreaChoice::id).containsExactly("v-d1");
        assertThat(queries.image("v-d1", Locale.JAPANESE)).isPresent();

        int deniedBefore = ViewsTown.denials(audit, "v-d2");
        assertThatThrownBy(() -> queries.image("v-d2", Locale.JAPANESE)).isInstanceOf(AccessDeniedException.class);
        assertThat(ViewsTown.denials(audit, "v-d2")).isEqualTo(deniedBefore + 1);
        int deniedCityBefore = ViewsTown.denials(audit, "v-city");
        assertThatThrownBy(() -> queries.image("v-city", Locale.JAPANESE)).isInstanceOf(AccessDeniedException.class);
        assertThat(ViewsTown.denials(audit, "v-city")).isEqualTo(deniedCityBefore + 1);
    }

    @Test
    @WithMockUser(username = "test-views-analyst", roles = "ANALYST")
    void analystsAreRefused() {
        assertThatThrownBy(() -> queries.image("v-d1", Locale.JAPANESE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.areas()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "test-views-council", roles = "COUNCIL_VIEWER")
    void councilsMayOpenEveryArea() {
        assertThat(queries.areas()).extracting(DiagramQueries.AreaChoice::id)
                .containsExactly("v-city", "v-d1", "v-d2", "v-d3");
        assertThat(queries.image("v-d2", Locale.JAPANESE)).isPresent();
    }

    static Map<String, GraphNode> byId(GraphData graph) {
        return graph.nodes().stream().collect(Collectors.toMap(GraphNode::id, Function.identity()));
    }
}
