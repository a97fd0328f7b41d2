package jp.tsunagari.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * {@link GapFindings#areaLevel}, what a council may be shown: the area-level gaps and a count of residents without
 * the individual network they need, never a resident; small counts suppressed for councils, exact for coordinators.
 */
@TsunagariTest
class AreaLevelFindingsTest {

    @Autowired GapFindings findings;
    @Autowired GapEngine engine;
    @Autowired Driver driver;

    /** Six residents of 中央 need home care and nobody offers it; one of them also needs an individual network. */
    @BeforeEach
    void shortageOfHomeCare() {
        TestGraph graph = new TestGraph(driver);
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 'al-city', name: 'テスト市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 'al-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (d2:Area {id: 'al-d2', name: '東部圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city)
                WITH d1
                UNWIND range(1, 6) AS i
                MATCH (k:ServiceKind {code: 'HOME_CARE'})
                CREATE (r:Resident {id: 'al-r' + i, name: '山田 ' + i, pseudonym: '住民-95' + i, livesAlone: true,
                                    careLevel: CASE i WHEN 1 THEN 'CARE_3' ELSE 'INDEPENDENT' END,
                                    consentToShare: false})-[:LIVES_IN]->(d1),
                       (r)-[:NEEDS]->(k)
                WITH DISTINCT 1 AS done
                MERGE (u:User {username: 'test-area-level-layer2'})
                SET u.enabled = true, u.roles = ['LAYER2_COORDINATOR'], u.demo = false
                WITH u OPTIONAL MATCH (u)-[old:SCOPED_TO]->() DELETE old
                WITH DISTINCT u MATCH (a:Area {id: 'al-d2'}) CREATE (u)-[:SCOPED_TO]->(a)""");
        engine.refresh();
    }

    @Test
    @WithMockUser(username = "test-area-level-council", roles = "COUNCIL_VIEWER")
    void aCouncilSeesAreaLevelGapsWithSmallCountsSuppressedAndNoResident() {
        var items = findings.areaLevel("al-d1", Locale.JAPANESE);

        assertThat(items).extracting(GapItem::type, GapItem::subject).contains(
                tuple(GapType.SERVICE_SHORTAGE, "al-d1"), tuple(GapType.NETWORK_NOT_FORMED, "al-d1"),
                tuple(GapType.NO_CROSS_KIND_NETWORK, "al-d1"));
        assertThat(items).extracting(GapItem::type).doesNotContain(GapType.ISOLATED_RESIDENT, GapType.UNMET_NEED);
        GapItem shortage = items.stream().filter(f -> f.type() == GapType.SERVICE_SHORTAGE).findFirst().orElseThrow();
        assertThat(shortage.message()).contains("10未満").doesNotContain("住民 6 人");
        assertThat(items).allSatisfy(f -> {
            assertThat(f.candidates()).isEmpty();
            assertThat(f.subject() + f.related() + f.message() + f.action()).doesNotContain("al-r").doesNotContain("山田")
                    .doesNotContain("住民-95");
        });
        assertThat(findings.areaLevel("al-d2", Locale.JAPANESE)).isNotEmpty(); // every area
    }

    @Test
    @WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
    void coordinatorsSeeExactCounts() {
        GapItem shortage = findings.areaLevel("al-d1", Locale.JAPANESE).stream()
                .filter(f -> f.type() == GapType.SERVICE_SHORTAGE).findFirst().orElseThrow();
        assertThat(shortage.message()).contains("住民 6 人");
        GapItem notFormed = findings.areaLevel("al-d1", Locale.ENGLISH).stream()
                .filter(f -> f.type() == GapType.NETWORK_NOT_FORMED).findFirst().orElseThrow();
        assertThat(notFormed.message()).contains("one resident").doesNotContain("1 residents");
    }

    @Test
    @WithMockUser(username = "test-area-level-layer2", roles = "LAYER2_COORDINATOR")
    void aLayer2CoordinatorSeesOnlyTheirAreas() {
        assertThat(findings.areaLevel("al-d1", Locale.JAPANESE)).isEmpty();
        assertThat(findings.areaLevel("al-d2", Locale.JAPANESE)).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "test-analyst", roles = "ANALYST")
    void analystsAreRefused() {
        assertThatThrownBy(() -> findings.areaLevel("al-d1", Locale.JAPANESE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
