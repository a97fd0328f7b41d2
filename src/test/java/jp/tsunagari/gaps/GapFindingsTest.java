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

/** The views' facade over the findings keeps the API's rules: coordinators only, their own areas, texts rendered. */
@TsunagariTest
class GapFindingsTest {

    @Autowired GapFindings findings;
    @Autowired GapEngine engine;
    @Autowired Driver driver;

    @BeforeEach
    void twoIsolatedResidentsInTwoAreas() {
        TestGraph graph = new TestGraph(driver);
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 'f-city', name: 'テスト市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 'f-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (d2:Area {id: 'f-d2', name: '東部圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (:Resident {id: 'f-r1', name: '山田 花子', pseudonym: '住民-9101', livesAlone: true,
                                   careLevel: 'CARE_2', consentToShare: false})-[:LIVES_IN]->(d1),
                       (:Resident {id: 'f-r2', name: '川口 正夫', pseudonym: '住民-9102', livesAlone: true,
                                   careLevel: 'CARE_1', consentToShare: false})-[:LIVES_IN]->(d2)
                MERGE (u:User {username: 'test-findings-layer2'})
                SET u.enabled = true, u.roles = ['LAYER2_COORDINATOR'], u.demo = false
                WITH u, d1 OPTIONAL MATCH (u)-[old:SCOPED_TO]->() DELETE old
                WITH DISTINCT u, d1 CREATE (u)-[:SCOPED_TO]->(d1)""");
        engine.refresh();
    }

    @Test
    @WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
    void findingsOfAnAreaAndAboutANodeRenderedInTheReadersLanguage() {
        assertThat(findings.forArea("f-d1", Locale.JAPANESE)).extracting(GapItem::type, GapItem::subject)
                .contains(tuple(GapType.ISOLATED_RESIDENT, "f-r1"));
        assertThat(findings.forArea("f-d1", Locale.JAPANESE)).extracting(GapItem::subject).doesNotContain("f-r2");
        GapItem isolated = findings.about("f-r2", Locale.ENGLISH).stream()
                .filter(f -> f.type() == GapType.ISOLATED_RESIDENT).findFirst().orElseThrow();
        assertThat(isolated.area()).isEqualTo("f-d2");
        assertThat(isolated.message()).contains("川口 正夫").contains("isolated").doesNotContain("f-r2");
        assertThat(findings.about("f-r2", Locale.JAPANESE).getFirst().message()).contains("孤立");
    }

    @Test
    @WithMockUser(username = "test-findings-layer2", roles = "LAYER2_COORDINATOR")
    void aLayer2CoordinatorSeesOnlyTheirAreasFindings() {
        assertThat(findings.forArea("f-d1", Locale.JAPANESE)).isNotEmpty();
        assertThat(findings.forArea("f-d2", Locale.JAPANESE)).isEmpty();
        assertThat(findings.about("f-r2", Locale.JAPANESE)).isEmpty();
    }

    @Test
    @WithMockUser(username = "test-analyst", roles = "ANALYST")
    void othersAreRefused() {
        assertThatThrownBy(() -> findings.forArea("f-d1", Locale.JAPANESE)).isInstanceOf(AccessDeniedException.class);
    }
}
