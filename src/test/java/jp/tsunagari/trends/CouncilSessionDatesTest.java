package jp.tsunagari.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.gaps.GapCounts;
import jp.tsunagari.gaps.GapType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trend marks the sessions of the councils covering an area (its own and the city's), whatever form the date
 * was written in; the CSV keeps a spreadsheet from running a cell as a formula.
 */
@TsunagariTest
class CouncilSessionDatesTest {

    @Autowired CouncilSessionDates sessions;
    @Autowired Driver driver;
    TestGraph graph;

    @BeforeEach
    void councils() {
        graph = new TestGraph(driver);
        graph.clear();
        graph.run("MATCH (s:CouncilSession) DETACH DELETE s");
        graph.run("""
                CREATE (city:Area {id: 'city', name: 'テスト市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 'd1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (d2:Area {id: 'd2', name: '東部圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (c1:Council {id: 'c1', name: '第1層協議体', layer: 1})-[:COVERS]->(city),
                       (c2:Council {id: 'c2', name: '中央圏域 第2層協議体', layer: 2})-[:COVERS]->(d1),
                       (c3:Council {id: 'c3', name: '東部圏域 第2層協議体', layer: 2})-[:COVERS]->(d2),
                       (:CouncilSession {id: 's1', date: date('2026-05-12'), title: '第1回 全体会'})-[:OF]->(c1),
                       (:CouncilSession {id: 's2', date: '2026-06-03'})-[:OF]->(c2),
                       (:CouncilSession {id: 's3', date: datetime('2026-07-01T14:00:00+09:00'), title: '東部 定例会'})-[:OF]->(c3)""");
    }

    @Test
    void anAreasTrendMarksItsOwnCouncilsAndTheCitysSessions() {
        assertThat(sessions.between("d1", null, null))
                .extracting(CouncilSessionDates.Session::id, CouncilSessionDates.Session::date, CouncilSessionDates.Session::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s1", LocalDate.of(2026, 5, 12), "第1回 全体会"),
                        org.assertj.core.groups.Tuple.tuple("s2", LocalDate.of(2026, 6, 3), "中央圏域 第2層協議体"));
    }

    @Test
    void theWholeCitysTrendMarksEverySessionInThePeriod() {
        assertThat(sessions.between(null, null, null)).extracting(CouncilSessionDates.Session::id)
                .containsExactly("s1", "s2", "s3");
        assertThat(sessions.between(null, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1)))
                .extracting(CouncilSessionDates.Session::id).containsExactly("s2", "s3");
    }

    @Test
    void noSessionsNoMarkers() {
        graph.run("MATCH (s:CouncilSession) DETACH DELETE s");
        assertThat(sessions.between("d1", null, null)).isEmpty();
    }

    @Test
    void csvNeutralisesFormulaCellsAndWritesSuppressedCountsAsText() {
        StringWriter out = new StringWriter();
        TrendCsv.write(List.of(new GapCounts.TrendPoint(LocalDate.of(2026, 5, 1), "d1", GapType.ISOLATED_RESIDENT, null, 10),
                        new GapCounts.TrendPoint(LocalDate.of(2026, 5, 1), "d2", GapType.ISOLATED_RESIDENT, 12L, 10)),
                Map.of("d1", "=HYPERLINK(\"http://evil\")", "d2", "@東部"), p -> "孤立", below -> below + "未満",
                List.of("day", "area", "areaName", "type", "typeName", "count"), out);

        assertThat(out.toString()).startsWith("\uFEFF\"day\"")
                .contains("\"2026-05-01\",\"d1\",\"'=HYPERLINK(\"\"http://evil\"\")\",\"ISOLATED_RESIDENT\",\"孤立\",\"10未満\"")
                .contains("\"'@東部\"").contains("\"12\"");
    }
}
