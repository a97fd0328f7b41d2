package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.network.ContactMethod;
import jp.tsunagari.network.InvalidInputException;
import jp.tsunagari.network.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Changes made from a diagram go through the domain services and are undone through them: after each change and
 * its undo the graph — ties with their services and dates, memberships, organizations' state — and the ecomap are
 * as before. A refused change (invalid, or by a role that may not change anything) changes nothing.
 */
@TsunagariTest
@org.springframework.test.context.event.RecordApplicationEvents
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
class DiagramEditsTest {

    @Autowired org.springframework.test.context.event.ApplicationEvents events;

    @Autowired ApplicationContext context;
    @Autowired DiagramQueries queries;
    @Autowired Driver driver;
    TestGraph graph;
    DiagramEdits edits;

    @BeforeEach
    void tinyTown() {
        graph = new TestGraph(driver);
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 'e-city', name: 'テスト市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 'e-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (n1:Area {id: 'e-n1', name: '桜地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d1),
                       (r1:Resident {id: 'e-r1', name: '山田 花子', pseudonym: '住民-9101', livesAlone: true,
                                     careLevel: 'CARE_2', consentToShare: false})-[:LIVES_IN]->(n1),
                       (r2:Resident {id: 'e-r2', name: '川口 正夫', pseudonym: '住民-9102', livesAlone: false,
                                     careLevel: 'SUPPORT_1', consentToShare: false})-[:LIVES_IN]->(n1),
                       (fam:Person {id: 'e-fam', name: '山田 一郎', role: 'FAMILY'}),
                       (cm:Person {id: 'e-cm', name: '鈴木 ケアマネ', role: 'CARE_MANAGER'}),
                       (co:Person:Coordinator {id: 'e-co', name: '高橋 コーディネーター', role: 'STAFF', layer: 2})
                         -[:ASSIGNED_TO]->(d1),
                       (care:Organization {id: 'e-care', name: 'さくら訪問介護', type: 'CARE_PROVIDER', active: true})
                         -[:SERVES]->(d1),
                       (salon:Organization {id: 'e-salon', name: '桜ふれあいサロン', type: 'SENIOR_CLUB', active: false})
                         -[:SERVES]->(n1),
                       (fam)-[:SUPPORTS {service: 'WATCHING', since: date('2025-06-01')}]->(r1),
                       (care)-[:SUPPORTS {service: 'HOME_CARE', since: date('2025-01-15')}]->(r1),
                       (care)-[:SUPPORTS {service: 'HOUSEWORK', since: date('2025-03-01')}]->(r1),
                       (salon)-[:SUPPORTS {service: 'SALON', since: date('2024-04-01')}]->(r2),
                       (inw:IndividualNetwork {id: 'e-inw', name: '山田 花子 個別ネットワーク', contact: 'NOTEBOOK',
                                               formedOn: date('2025-07-01')})-[:FOR]->(r1),
                       (inw)-[:CONVENED_BY]->(cm),
                       (fam)-[:MEMBER_OF {since: date('2025-07-01')}]->(inw),
                       (cm)-[:MEMBER_OF {since: date('2025-08-20')}]->(inw),
                       (pn:ProviderNetwork {id: 'e-pn', name: '中央訪問介護連絡会', scope: 'SAME_KIND', form: 'MEETING',
                                            service: 'HOME_CARE'})-[:COVERS]->(d1)""");
        graph.run("""
                MATCH (o:Organization {id: 'e-care'}), (k:ServiceKind) WHERE k.code IN ['HOME_CARE', 'HOUSEWORK']
                CREATE (o)-[:OFFERS]->(k)""");
        edits = context.getBean(DiagramEdits.class);
    }

    @Test
    void endingATieWithTwoServicesAndUndoingItRestoresBothWithTheirDates() {
        assertUndoRestores("e-r1", () -> edits.removeTie("e-care", "e-r1"), () -> {
            assertThat(graph.count("MATCH (:Organization {id: 'e-care'})-[s:SUPPORTS]->() RETURN count(s)")).isZero();
            assertThat(ecomapHelpers("e-r1")).doesNotContain("e-care");
        });
    }

    @Test
    void addingASupporterIsUndoneByEndingThatTie() {
        assertUndoRestores("e-r2", () -> edits.addSupport("e-care", "e-r2", "HOME_CARE"),
                () -> assertThat(ecomapHelpers("e-r2")).contains("e-care"));
    }

    @Test
    void addingToAndTakingOutOfAnIndividualNetworkAreUndoneWithTheDateOfJoiningKept() {
        assertUndoRestores("e-r1", () -> edits.addToIndividualNetwork("e-inw", "e-care"),
                () -> assertThat(graph.count("MATCH (:Organization {id: 'e-care'})-[m:MEMBER_OF]->(:IndividualNetwork) RETURN count(m)"))
                        .isEqualTo(1));
        assertUndoRestores("e-r1", () -> edits.removeFromIndividualNetwork("e-inw", "e-cm"),
                () -> assertThat(graph.count("MATCH (:Person {id: 'e-cm'})-[m:MEMBER_OF]->() RETURN count(m)")).isZero());
    }

    @Test
    void convenedNetworkIsDissolvedByUndo() {
        assertUndoRestores("e-r2", () -> edits.convene("e-r2", "e-co", ContactMethod.PHONE, Set.of("e-salon")), () -> {
            assertThat(graph.count("""
                    MATCH (n:IndividualNetwork {contact: 'PHONE'})-[:FOR]->(:Resident {id: 'e-r2'}),
                          (n)-[:CONVENED_BY]->(:Coordinator {id: 'e-co'}), (:Organization {id: 'e-salon'})-[:MEMBER_OF]->(n)
                    RETURN count(n)""")).isEqualTo(1);
            assertThat(queries.ecomap("e-r2", Locale.JAPANESE).orElseThrow().networkId()).startsWith("inw-");
        });
    }

    @Test
    void convenedNetworkWhoseMembersChangedSinceIsNotDissolvedByUndo() {
        edits.convene("e-r2", "e-co", ContactMethod.PHONE, Set.of("e-salon"));
        String network = queries.ecomap("e-r2", Locale.JAPANESE).orElseThrow().networkId();
        context.getBean(DiagramEdits.class).addToIndividualNetwork(network, "e-fam"); // another view's change
        String before = picture();
        refused(() -> edits.undo(), "diagram.edit.changedSince");
        assertThat(picture()).isEqualTo(before);
        assertThat(edits.last()).as("still offered: nothing changed").isPresent();
    }

    @Test
    void suspendingAndResumingAnOrganizationAreUndone() {
        assertUndoRestores("e-r1", () -> edits.setActive("e-care", false),
                () -> assertThat(graph.count("MATCH (o:Organization {id: 'e-care', active: false}) RETURN count(o)"))
                        .isEqualTo(1));
        assertUndoRestores("e-r2", () -> edits.setActive("e-salon", true),
                () -> assertThat(graph.count("MATCH (o:Organization {id: 'e-salon', active: true}) RETURN count(o)"))
                        .isEqualTo(1));
    }

    @Test
    void addingAProviderToItsSameKindNetworkIsUndoneByTakingItOut() {
        String before = picture();
        DiagramEdits.Edit edit = edits.addToProviderNetwork("e-pn", "e-care");
        assertThat(edit.kind()).isEqualTo(DiagramEdits.Kind.PROVIDER_MEMBER_ADDED);
        assertThat(graph.count("MATCH (:Organization {id: 'e-care'})-[m:MEMBER_OF]->(:ProviderNetwork {id: 'e-pn'}) RETURN count(m)"))
                .isEqualTo(1);
        assertThat(edits.undo()).isEqualTo(edit);
        assertThat(picture()).isEqualTo(before);
    }

    @Test
    void invalidChangesChangeNothingAndLeaveTheLastChangeToUndo() {
        edits.setActive("e-care", false);
        String before = picture();
        refused(() -> edits.addSupport("nobody", "e-r1", "WATCHING"), "validation.notFound");
        refused(() -> edits.addSupport("e-fam", "e-r1", "WATCHING"), "validation.support.duplicate");
        refused(() -> edits.removeTie("e-cm", "e-r1"), "diagram.edit.noTie");
        refused(() -> edits.addToIndividualNetwork("e-inw", "e-fam"), "diagram.edit.alreadyMember");
        refused(() -> edits.removeFromIndividualNetwork("e-inw", "e-care"), "validation.member.missing");
        refused(() -> edits.convene("e-r1", "e-co", ContactMethod.PHONE, Set.of()), "validation.individualNetwork.exists");
        refused(() -> edits.convene("e-r2", "nobody", null, Set.of()), "validation.notFound", "validation.required");
        refused(() -> edits.setActive("e-care", false), "diagram.edit.alreadySuspended");
        refused(() -> edits.addToProviderNetwork("e-pn", "e-salon"), "validation.providerNetwork.memberMustOffer");
        assertThat(picture()).isEqualTo(before);
        assertThat(edits.last()).map(DiagramEdits.Edit::kind).contains(DiagramEdits.Kind.ORGANIZATION_SUSPENDED);
    }

    @Test
    void aChangeAndItsUndoReachTheOpenViewsAfterTheGapEngineAppliedThem() {
        events.clear(); // the town's setup
        edits.removeTie("e-care", "e-r1");
        long afterChange = events.stream(jp.tsunagari.gaps.GapFindingsChanged.class).count();
        assertThat(events.stream(jp.tsunagari.gaps.GapFindingsChanged.class)).isNotEmpty()
                .allSatisfy(change -> assertThat(change.concerns("e-r1", List.of())).isTrue());
        edits.undo();
        assertThat(events.stream(jp.tsunagari.gaps.GapFindingsChanged.class).count()).isGreaterThan(afterChange);
    }

    @Test
    void thereIsNothingToUndoAtFirstNorTwice() {
        refused(() -> edits.undo(), "diagram.edit.nothingToUndo");
        edits.addSupport("e-care", "e-r2", "HOME_CARE");
        edits.undo();
        refused(() -> edits.undo(), "diagram.edit.nothingToUndo");
    }

    @Test
    @WithMockUser(username = "test-analyst", roles = "ANALYST")
    void analystsChangeNothingFromADiagram() {
        String before = picture();
        assertThatThrownBy(() -> edits.removeTie("e-care", "e-r1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> edits.setActive("e-care", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> edits.convene("e-r2", "e-co", ContactMethod.PHONE, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(picture()).isEqualTo(before);
        assertThat(edits.last()).isEmpty();
    }

    @Test
    @WithMockUser(username = "test-layer2-elsewhere", roles = "LAYER2_COORDINATOR")
    void layer2CoordinatorOutsideTheResidentsAreaIsRefusedBeforeLearningAnything() {
        String before = picture();
        // Refused alike whether or not the tie or membership exists: a refusal tells nothing about the resident.
        assertThatThrownBy(() -> edits.removeTie("e-care", "e-r1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> edits.removeTie("e-cm", "e-r1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> edits.addToIndividualNetwork("e-inw", "e-fam")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> edits.removeFromIndividualNetwork("e-inw", "e-care"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> edits.setActive("e-care", false)).isInstanceOf(AccessDeniedException.class);
        assertThat(picture()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "test-council", roles = "COUNCIL_VIEWER")
    void councilViewersChangeNothingFromADiagram() {
        String before = picture();
        assertThatThrownBy(() -> edits.addSupport("e-care", "e-r2", "HOME_CARE")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> edits.addToProviderNetwork("e-pn", "e-care")).isInstanceOf(AccessDeniedException.class);
        assertThat(picture()).isEqualTo(before);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Makes the change, checks it, undoes it: the graph and the resident's ecomap are as before. */
    private void assertUndoRestores(String resident, Supplier<DiagramEdits.Edit> change, Runnable check) {
        String before = picture();
        GraphData ecomapBefore = queries.ecomap(resident, Locale.JAPANESE).orElseThrow().graph();
        DiagramEdits.Edit edit = change.get();
        assertThat(edits.last()).contains(edit);
        assertThat(picture()).isNotEqualTo(before);
        check.run();
        assertThat(edits.undo()).isEqualTo(edit);
        assertThat(edits.last()).isEmpty();
        assertThat(picture()).isEqualTo(before);
        assertThat(queries.ecomap(resident, Locale.JAPANESE).orElseThrow().graph()).isEqualTo(ecomapBefore);
    }

    private void refused(Runnable change, String... keys) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::messageKey).containsExactly(keys));
    }

    private List<String> ecomapHelpers(String resident) {
        return queries.ecomap(resident, Locale.JAPANESE).orElseThrow().helpers().stream()
                .map(DiagramQueries.Helper::id).toList();
    }

    /** Every node of the town with its state and every tie with its service and date, in one sorted text. */
    private String picture() {
        return graph.single("""
                CALL () {
                  MATCH (n) WHERE n.id STARTS WITH 'e-' OR n:IndividualNetwork
                  RETURN reduce(s = '', x IN labels(n) + [n.id, toString(coalesce(n.active, '')),
                                                          coalesce(n.contact, '')] | s + '|' + x) AS line
                  UNION
                  MATCH (a)-[r]->(b) WHERE (a.id STARTS WITH 'e-' OR a:IndividualNetwork)
                                        AND (b.id STARTS WITH 'e-' OR b:IndividualNetwork)
                  RETURN a.id + '-' + type(r) + '/' + coalesce(r.service, '') + '@' + toString(coalesce(r.since, ''))
                         + '->' + b.id AS line
                }
                WITH line ORDER BY line
                RETURN reduce(s = '', l IN collect(line) | s + l + '\\n') AS text""", Map.of()).get("text").asString();
    }
}
