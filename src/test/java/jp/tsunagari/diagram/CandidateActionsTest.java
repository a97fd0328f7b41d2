package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.gaps.GapFindings;
import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.gaps.GapType;
import jp.tsunagari.gaps.Severity;
import jp.tsunagari.network.NetworkChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A finding's suggested action done in one click: the candidate the gap engine named provides the unmet service,
 * the provider outside its same-kind network joins it — and the gap is gone; gaps that need a conversation first
 * offer no button.
 */
@TsunagariTest
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
class CandidateActionsTest {

    @Autowired ApplicationContext context;
    @Autowired GapFindings gaps;
    @Autowired Driver driver;
    TestGraph graph;
    DiagramEdits edits;

    @BeforeEach
    void townWithAnUnmetNeedAndAProviderOutsideItsNetwork() {
        graph = new TestGraph(driver);
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 'c-city', name: 'テスト市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 'c-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (r1:Resident {id: 'c-r1', name: '山田 花子', pseudonym: '住民-9201', livesAlone: true,
                                     consentToShare: false})-[:LIVES_IN]->(d1),
                       (fam:Person {id: 'c-fam', name: '山田 一郎', role: 'FAMILY'}),
                       (nb:Person {id: 'c-nb', name: '佐藤 隣人', role: 'NEIGHBOR'}),
                       (care:Organization {id: 'c-care', name: 'さくら訪問介護', type: 'CARE_PROVIDER', active: true})
                         -[:SERVES]->(d1),
                       (fam)-[:SUPPORTS {service: 'WATCHING', since: date('2025-06-01')}]->(r1),
                       (nb)-[:SUPPORTS {service: 'WATCHING', since: date('2025-06-01')}]->(r1),
                       (pn:ProviderNetwork {id: 'c-pn', name: '中央訪問介護連絡会', scope: 'SAME_KIND', form: 'MEETING',
                                            service: 'HOME_CARE'})-[:COVERS]->(d1)""");
        graph.run("""
                MATCH (o:Organization {id: 'c-care'}), (k:ServiceKind {code: 'HOME_CARE'}), (r:Resident {id: 'c-r1'})
                CREATE (o)-[:OFFERS]->(k), (r)-[:NEEDS]->(k)""");
        context.publishEvent(new NetworkChanged.BulkLoaded("test"));
        edits = context.getBean(DiagramEdits.class);
    }

    @Test
    void theProviderNamedForAnUnmetNeedProvidesItInOneClickAndTheGapIsGone() {
        GapItem unmet = finding(GapType.UNMET_NEED, "c-r1");
        List<CandidateActions.Proposal> proposals = CandidateActions.of(unmet, edits, id -> id, this::text);

        assertThat(proposals).extracting(CandidateActions.Proposal::candidate).containsExactly("c-care");
        assertThat(proposals.getFirst().text()).isEqualTo("diagram.candidate.provide[c-care, service.HOME_CARE[]]");

        proposals.getFirst().change().get();

        assertThat(graph.count("""
                MATCH (:Organization {id: 'c-care'})-[s:SUPPORTS {service: 'HOME_CARE'}]->(:Resident {id: 'c-r1'})
                RETURN count(s)""")).isEqualTo(1);
        assertThat(gaps.about("c-r1", Locale.JAPANESE)).extracting(GapItem::type).doesNotContain(GapType.UNMET_NEED);
        assertThat(edits.last()).as("the one click can be undone").isPresent();
    }

    @Test
    void aProviderOutsideItsSameKindNetworkJoinsItInOneClick() {
        GapItem outside = finding(GapType.OUTSIDE_SAME_KIND_NETWORK, "c-care");
        List<CandidateActions.Proposal> proposals = CandidateActions.of(outside, edits, id -> id, this::text);

        assertThat(proposals).extracting(CandidateActions.Proposal::candidate).containsExactly("c-pn");
        proposals.getFirst().change().get();

        assertThat(graph.count("MATCH (:Organization {id: 'c-care'})-[m:MEMBER_OF]->(:ProviderNetwork {id: 'c-pn'}) RETURN count(m)"))
                .isEqualTo(1);
        assertThat(gaps.about("c-care", Locale.JAPANESE)).extracting(GapItem::type)
                .doesNotContain(GapType.OUTSIDE_SAME_KIND_NETWORK);
    }

    @Test
    void gapsThatNeedAConversationFirstOfferNoButton() {
        GapItem keyPerson = new GapItem(GapType.KEY_PERSON, Severity.HIGH, "c-d1", "c-fam", List.of("c-r1"), "", "",
                List.of("c-co"));
        GapItem unmetWithoutCandidates = new GapItem(GapType.UNMET_NEED, Severity.MEDIUM, "c-d1", "c-r1",
                List.of("MEALS"), "", "", List.of());

        assertThat(CandidateActions.of(keyPerson, edits, id -> id, this::text)).isEmpty();
        assertThat(CandidateActions.of(unmetWithoutCandidates, edits, id -> id, this::text)).isEmpty();
    }

    private GapItem finding(GapType type, String subject) {
        return gaps.forArea("c-d1", Locale.JAPANESE).stream()
                .filter(f -> f.type() == type && f.subject().equals(subject)).findFirst().orElseThrow();
    }

    private String text(String key, Object... args) {
        return key + java.util.Arrays.toString(args);
    }
}
