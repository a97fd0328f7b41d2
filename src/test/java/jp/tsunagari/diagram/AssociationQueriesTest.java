package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
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
 * Neighbourhood associations and NPOs of {@link ViewsTown}'s areas: referrals, reported needs and who offers them;
 * an association with no NPO highlighted; an empty area; coordinators only, within their areas.
 */
@TsunagariTest
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
class AssociationQueriesTest {

    @Autowired AssociationQueries queries;
    @Autowired AuditTrail audit;
    @Autowired Driver driver;
    @Autowired ApplicationEventPublisher events;

    @BeforeEach
    void town() {
        ViewsTown.build(driver, events);
    }

    @Test
    void anAssociationsReferralsAndReportedNeedsWithTheNposOfferingThem() {
        var associations = queries.associations("v-d1", Locale.JAPANESE).orElseThrow();
        Map<String, GraphNode> nodes = NetworkImageQueriesTest.byId(associations.graph());

        assertThat(nodes.values()).extracting(GraphNode::id, GraphNode::kind, GraphNode::label)
                .containsExactlyInAnyOrder(
                        tuple("v-assoc", "association", "桜自治会"), tuple("v-npo", "npo", "NPO ささえ"),
                        tuple("service:WATCHING", "service", "見守り"), tuple("service:SHOPPING", "service", "買い物"));
        assertThat(associations.graph().edges()).extracting(GraphEdge::source, GraphEdge::target, GraphEdge::kind)
                .containsExactlyInAnyOrder(
                        tuple("v-assoc", "v-npo", "refers"),
                        tuple("v-assoc", "service:WATCHING", "reports"), tuple("v-assoc", "service:SHOPPING", "reports"),
                        tuple("v-npo", "service:WATCHING", "offers"));
        // Shopping is reported but no NPO it refers to offers it.
        assertThat(associations.findings()).extracting(GapItem::type, GapItem::subject, GapItem::related)
                .containsExactly(tuple(GapType.UNREFERRED_NEED, "v-assoc", List.of("SHOPPING")));
        assertThat(nodes.get("v-assoc").flags()).containsExactly(DiagramKinds.OTHER_GAP);
        assertThat(associations.withoutNpo()).isZero();
    }

    @Test
    void associationWithNoNpoIsHighlighted() {
        var associations = queries.associations("v-d2", Locale.JAPANESE).orElseThrow();
        Map<String, GraphNode> nodes = NetworkImageQueriesTest.byId(associations.graph());

        assertThat(nodes.keySet()).containsExactly("v-assoc2");
        assertThat(nodes.get("v-assoc2").flags()).first().isEqualTo(DiagramKinds.NO_NPO);
        assertThat(associations.withoutNpo()).isEqualTo(1);
        assertThat(associations.findings()).extracting(GapItem::type, GapItem::subject)
                .containsExactly(tuple(GapType.ASSOCIATION_WITHOUT_NPO, "v-assoc2"));
    }

    @Test
    void anEmptyAreaHasNothingToDrawAndTheMunicipalityHasEverything() {
        var empty = queries.associations("v-d3", Locale.JAPANESE).orElseThrow();
        assertThat(empty.graph().nodes()).isEmpty();
        assertThat(empty.findings()).isEmpty();
        assertThat(queries.associations("nowhere", Locale.JAPANESE)).isEmpty();

        var city = queries.associations("v-city", Locale.JAPANESE).orElseThrow();
        assertThat(city.associations()).isEqualTo(2);
        assertThat(city.findings()).extracting(GapItem::subject).containsExactlyInAnyOrder("v-assoc", "v-assoc2");
    }

    @Test
    @WithMockUser(username = ViewsTown.LAYER2, roles = "LAYER2_COORDINATOR")
    void aLayer2CoordinatorIsRefusedAndAuditedOutsideTheirArea() {
        assertThat(queries.associations("v-d1", Locale.JAPANESE)).isPresent();
        int deniedBefore = ViewsTown.denials(audit, "v-d2");
        assertThatThrownBy(() -> queries.associations("v-d2", Locale.JAPANESE)).isInstanceOf(AccessDeniedException.class);
        assertThat(ViewsTown.denials(audit, "v-d2")).isEqualTo(deniedBefore + 1);
    }

    @Test
    @WithMockUser(username = "test-views-council", roles = "COUNCIL_VIEWER")
    void councilsAreRefused() {
        assertThatThrownBy(() -> queries.associations("v-d1", Locale.JAPANESE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
