package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.diagram.DiagramKinds.Sector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What the diagrams draw, read from a tiny hand-made town: the kinds of nodes and edges of an area's network,
 * suspended supporters flagged, family ties dashed, other areas' residents and the city's members elsewhere left out;
 * a resident's ecomap with every helper in the sector of their role, and the needs covered or not.
 */
@TsunagariTest
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
class DiagramQueriesTest {

    @Autowired DiagramQueries queries;
    @Autowired Driver driver;

    @BeforeEach
    void tinyTown() {
        TestGraph graph = new TestGraph(driver);
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 't-city', name: 'テスト市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 't-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (d2:Area {id: 't-d2', name: '東部圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (n1:Area {id: 't-n1', name: '桜地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d1),
                       (n2:Area {id: 't-n2', name: '若葉地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d2),
                       (r1:Resident {id: 't-r1', name: '山田 花子', pseudonym: '住民-9001', livesAlone: true,
                                     careLevel: 'CARE_2', consentToShare: false})-[:LIVES_IN]->(n1),
                       (r2:Resident {id: 't-r2', name: '川口 正夫', pseudonym: '住民-9002', livesAlone: false,
                                     careLevel: 'SUPPORT_1', consentToShare: false})-[:LIVES_IN]->(n1),
                       (r3:Resident {id: 't-r3', name: '東 一子', pseudonym: '住民-9003', livesAlone: false,
                                     careLevel: 'INDEPENDENT', consentToShare: false})-[:LIVES_IN]->(n2),
                       (fam:Person {id: 't-fam', name: '山田 一郎', role: 'FAMILY'}),
                       (doc:Person {id: 't-doc', name: '佐藤 医師', role: 'DOCTOR'}),
                       (cm:Person {id: 't-cm', name: '鈴木 ケアマネ', role: 'CARE_MANAGER'}),
                       (care:Organization {id: 't-care', name: 'さくら訪問介護', type: 'CARE_PROVIDER', active: true})
                         -[:SERVES]->(d1),
                       (salon:Organization {id: 't-salon', name: '桜ふれあいサロン', type: 'SENIOR_CLUB', active: false})
                         -[:SERVES]->(n1),
                       (assoc:Organization:NeighborhoodAssociation {id: 't-assoc', name: '桜自治会',
                                     type: 'NEIGHBORHOOD_ASSOCIATION', active: true})-[:SERVES]->(n1),
                       (npo:Organization:NPO {id: 't-npo', name: 'NPO ささえ', type: 'NPO', active: true})-[:SERVES]->(d2),
                       (clinic:Organization {id: 't-clinic', name: '東クリニック', type: 'MEDICAL', active: true})
                         -[:SERVES]->(d2),
                       (assoc)-[:REFERS_TO {since: date('2026-01-01')}]->(npo),
                       (fam)-[:SUPPORTS {service: 'WATCHING', since: date('2026-01-01')}]->(r1),
                       (care)-[:SUPPORTS {service: 'HOME_CARE', since: date('2026-01-01')}]->(r1),
                       (care)-[:SUPPORTS {service: 'HOUSEWORK', since: date('2026-01-01')}]->(r1),
                       (salon)-[:SUPPORTS {service: 'SALON', since: date('2026-01-01')}]->(r2),
                       (inw:IndividualNetwork {id: 't-inw', name: '山田 花子 個別ネットワーク', contact: 'NOTEBOOK'})
                         -[:FOR]->(r1),
                       (fam)-[:MEMBER_OF {since: date('2026-01-01')}]->(inw),
                       (cm)-[:MEMBER_OF {since: date('2026-01-01')}]->(inw),
                       (doc)-[:MEMBER_OF {since: date('2026-01-01')}]->(inw),
                       (pn:ProviderNetwork {id: 't-pn', name: '中央訪問介護連絡会', scope: 'SAME_KIND', form: 'MEETING',
                                            service: 'HOME_CARE'})-[:COVERS]->(d1),
                       (care)-[:MEMBER_OF {since: date('2026-01-01')}]->(pn),
                       (med:ProviderNetwork {id: 't-med', name: 'テスト市医師会', scope: 'SAME_KIND', form: 'STANDING_BODY',
                                             service: 'MEDICAL_CARE'})-[:COVERS]->(city),
                       (clinic)-[:MEMBER_OF {since: date('2026-01-01')}]->(med)""");
        graph.run("""
                MATCH (r:Resident {id: 't-r1'}), (k:ServiceKind) WHERE k.code IN ['WATCHING', 'SHOPPING']
                CREATE (r)-[:NEEDS]->(k)""");
    }

    @Test
    void areaDiagramHasEveryKindOfNodeAndTieOfTheArea() {
        var diagram = queries.area("t-d1", Locale.JAPANESE).orElseThrow();
        GraphData graph = diagram.graph();
        Map<String, GraphNode> nodes = graph.nodes().stream().collect(Collectors.toMap(GraphNode::id, Function.identity()));

        assertThat(diagram.residents()).isEqualTo(2);
        assertThat(diagram.truncated()).isFalse();
        assertThat(nodes.values()).extracting(GraphNode::id, GraphNode::kind).containsExactlyInAnyOrder(
                tuple("t-d1", "area"),
                tuple("t-r1", "resident"), tuple("t-r2", "resident"),
                tuple("t-fam", "person"), tuple("t-cm", "person"), tuple("t-doc", "person"),
                tuple("t-care", "organization"), tuple("t-salon", "organization"),
                tuple("t-assoc", "association"), tuple("t-npo", "npo"),
                tuple("t-inw", "individual-network"),
                tuple("t-pn", "provider-network"), tuple("t-med", "provider-network"));
        // Another area's resident and the municipal network's member elsewhere stay out.
        assertThat(nodes).doesNotContainKeys("t-r3", "t-clinic");
        assertThat(nodes.get("t-r1").label()).isEqualTo("山田 花子");
        assertThat(nodes.get("t-salon").flags()).containsExactly("inactive");
        assertThat(nodes.get("t-care").flags()).isEmpty();

        assertThat(graph.edges()).extracting(GraphEdge::source, GraphEdge::target, GraphEdge::kind, GraphEdge::dashed)
                .containsExactlyInAnyOrder(
                        tuple("t-fam", "t-r1", "supports", true),
                        tuple("t-care", "t-r1", "supports", false),
                        tuple("t-salon", "t-r2", "supports", false),
                        tuple("t-inw", "t-r1", "covers", false),
                        tuple("t-fam", "t-inw", "member", false),
                        tuple("t-cm", "t-inw", "member", false),
                        tuple("t-doc", "t-inw", "member", false),
                        tuple("t-assoc", "t-npo", "refers", false),
                        tuple("t-pn", "t-d1", "covers", false),
                        tuple("t-med", "t-d1", "covers", false),
                        tuple("t-care", "t-pn", "member", false));
    }

    @Test
    void areasAreListedAndUnknownAreasAreEmpty() {
        assertThat(queries.dailyLifeAreas()).extracting(DiagramQueries.AreaChoice::id).containsExactly("t-d1", "t-d2");
        assertThat(queries.area("t-n1", Locale.JAPANESE)).isEmpty(); // a neighbourhood is not a daily-life area
        assertThat(queries.area("nowhere", Locale.JAPANESE)).isEmpty();
    }

    @Test
    void ecomapPlacesEveryHelperInTheSectorOfTheirRole() {
        var ecomap = queries.ecomap("t-r1", Locale.JAPANESE).orElseThrow();

        assertThat(ecomap.residentLabel()).isEqualTo("山田 花子");
        assertThat(ecomap.areaId()).isEqualTo("t-d1");
        assertThat(ecomap.networkId()).isEqualTo("t-inw");
        assertThat(ecomap.needs()).containsExactly(new DiagramQueries.Need("SHOPPING", false),
                new DiagramQueries.Need("WATCHING", true));
        assertThat(ecomap.helpers()).extracting(DiagramQueries.Helper::id, DiagramQueries.Helper::sector,
                        DiagramQueries.Helper::supporter, DiagramQueries.Helper::member)
                .containsExactlyInAnyOrder(
                        tuple("t-fam", Sector.FAMILY, true, true),
                        tuple("t-care", Sector.FORMAL, true, false),
                        tuple("t-cm", Sector.FORMAL, false, true),
                        tuple("t-doc", Sector.MEDICAL, false, true));
        assertThat(ecomap.helpers()).filteredOn(h -> h.id().equals("t-care")).singleElement()
                .extracting(DiagramQueries.Helper::services).isEqualTo(java.util.List.of("HOME_CARE", "HOUSEWORK"));

        GraphData graph = ecomap.graph();
        assertThat(graph.fullyPlaced()).isTrue();
        Map<String, GraphNode> nodes = graph.nodes().stream().collect(Collectors.toMap(GraphNode::id, Function.identity()));
        assertThat(nodes.get("t-r1").x()).isZero();
        assertThat(nodes.get("t-r1").y()).isZero();
        for (var helper : ecomap.helpers()) {
            GraphNode node = nodes.get(helper.id());
            assertThat(EcomapLayout.sectorAt(node.x(), node.y())).as(helper.id()).isEqualTo(helper.sector());
        }
        assertThat(nodes.keySet()).contains("sector:FAMILY", "sector:NEIGHBOURS", "sector:INFORMAL", "sector:FORMAL",
                "sector:MEDICAL", "t-inw");
        assertThat(graph.edges()).extracting(GraphEdge::source, GraphEdge::target, GraphEdge::kind)
                .containsExactlyInAnyOrder(
                        tuple("t-fam", "t-r1", "supports"), tuple("t-care", "t-r1", "supports"),
                        tuple("t-inw", "t-r1", "covers"), tuple("t-fam", "t-inw", "member"),
                        tuple("t-cm", "t-inw", "member"), tuple("t-doc", "t-inw", "member"));
    }

    @Test
    void ecomapFlagsASuspendedSupporter() {
        var ecomap = queries.ecomap("t-r2", Locale.JAPANESE).orElseThrow();
        assertThat(ecomap.networkId()).isNull();
        assertThat(ecomap.helpers()).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo("t-salon");
            assertThat(h.active()).isFalse();
            assertThat(h.sector()).isEqualTo(Sector.INFORMAL);
        });
        assertThat(ecomap.graph().nodes()).filteredOn(n -> n.id().equals("t-salon")).singleElement()
                .extracting(GraphNode::flags).isEqualTo(java.util.List.of("inactive"));
        assertThat(queries.ecomap("nobody", Locale.JAPANESE)).isEmpty();
    }

    @Test
    @WithMockUser(username = "test-diagram-layer2", roles = "LAYER2_COORDINATOR")
    void aLayer2CoordinatorSeesTheirOwnAreaOnly() {
        new TestGraph(driver).run("""
                MERGE (u:User {username: 'test-diagram-layer2'})
                SET u.enabled = true, u.roles = ['LAYER2_COORDINATOR'], u.demo = false
                WITH u OPTIONAL MATCH (u)-[old:SCOPED_TO]->() DELETE old
                WITH DISTINCT u MATCH (a:Area {id: 't-d1'}) CREATE (u)-[:SCOPED_TO]->(a)""");
        assertThat(queries.dailyLifeAreas()).extracting(DiagramQueries.AreaChoice::id).containsExactly("t-d1");
        assertThat(queries.area("t-d1", Locale.JAPANESE)).isPresent();
        assertThat(queries.ecomap("t-r1", Locale.JAPANESE)).isPresent();
        assertThatThrownBy(() -> queries.area("t-d2", Locale.JAPANESE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.ecomap("t-r3", Locale.JAPANESE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "test-council", roles = "COUNCIL_VIEWER")
    void onlyCoordinatorsGetDiagrams() {
        assertThatThrownBy(() -> queries.area("t-d1", Locale.JAPANESE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.ecomap("t-r1", Locale.JAPANESE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.dailyLifeAreas()).isInstanceOf(AccessDeniedException.class);
    }
}
