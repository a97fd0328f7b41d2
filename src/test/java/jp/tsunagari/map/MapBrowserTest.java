package jp.tsunagari.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.tsunagari.Browser;
import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.network.NetworkChanged;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The 支え合いマップ and the trend chart in a real headless Chromium: a town of two daily-life areas with square
 * boundaries, one isolated resident in the first and eleven in the second. A coordinator sees both areas filled by
 * their counts; a council sees the first as 「10未満」 (grey) and its trend cells suppressed; the trend chart draws
 * a line per area with the council session marked.
 */
@TsunagariTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapBrowserTest {

    static final String LAYER1 = "t-map-layer1", COUNCIL = "t-map-council", PASSWORD = "correct horse battery staple";
    static final String D1 = "{\"type\":\"Polygon\",\"coordinates\":[[[131.5,34.3],[131.6,34.3],[131.6,34.4],[131.5,34.4],[131.5,34.3]]]}";
    static final String D2 = "{\"type\":\"Polygon\",\"coordinates\":[[[131.6,34.3],[131.7,34.3],[131.7,34.4],[131.6,34.4],[131.6,34.3]]]}";

    @Autowired Driver driver;
    @Autowired PasswordEncoder passwords;
    @Autowired ApplicationContext context;
    @LocalServerPort int port;
    Browser browser;

    @BeforeAll
    void townAndBrowser() {
        browser = Browser.open(port);
        TestGraph graph = new TestGraph(driver);
        graph.clear();
        graph.run("MATCH (s:CouncilSession) DETACH DELETE s");
        graph.run("""
                CREATE (city:Area {id: 'm-city', name: 'テスト市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 'm-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA', boundary: $d1})-[:PART_OF]->(city),
                       (d2:Area {id: 'm-d2', name: '東部圏域', level: 'DAILY_LIFE_AREA', boundary: $d2})-[:PART_OF]->(city),
                       (n1:Area {id: 'm-n1', name: '桜ヶ丘地区', level: 'NEIGHBORHOOD', boundary: $d1})-[:PART_OF]->(d1),
                       (n2:Area {id: 'm-n2', name: '若葉台地区', level: 'NEIGHBORHOOD', boundary: $d2})-[:PART_OF]->(d2),
                       (:Resident {id: 'm-r0', name: '山田 花子', pseudonym: '住民-7000', livesAlone: true,
                                   careLevel: 'SUPPORT_1', consentToShare: false})-[:LIVES_IN]->(n1),
                       (c:Council {id: 'm-c1', name: '第1層協議体', layer: 1})-[:COVERS]->(city),
                       (:CouncilSession {id: 'm-s1', date: date('2026-05-15'), title: '第1回協議体'})-[:OF]->(c)
                WITH n2 UNWIND range(1, 11) AS i
                CREATE (:Resident {id: 'm-r' + i, name: '住民 ' + i, pseudonym: '住民-71' + i, livesAlone: true,
                                   careLevel: 'SUPPORT_1', consentToShare: false})-[:LIVES_IN]->(n2)""",
                "d1", D1, "d2", D2);
        graph.run("""
                UNWIND [['m-d1', date('2026-05-01'), 3], ['m-d1', date('2026-06-01'), 1],
                        ['m-d2', date('2026-05-01'), 14], ['m-d2', date('2026-06-01'), 11]] AS p
                CREATE (:GapCount {area: p[0], day: p[1], type: 'ISOLATED_RESIDENT', count: p[2], recordedAt: datetime()})""");
        context.publishEvent(new NetworkChanged.BulkLoaded("Test"));
        graph.user(LAYER1, passwords.encode(PASSWORD), "LAYER1_COORDINATOR");
        graph.user(COUNCIL, passwords.encode(PASSWORD), "COUNCIL_VIEWER");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theMapFillsEachAreaByItsGapCountAndSuppressesSmallCountsForCouncils() {
        browser.login(LAYER1, PASSWORD);
        browser.go("/map?type=ISOLATED_RESIDENT");
        assertThat(fills()).containsEntry("m-d1", MapColors.gapFill(1L, 11)).containsEntry("m-d2", MapColors.gapFill(11L, 11));
        assertThat(MapColors.gapFill(1L, 11)).isNotEqualTo(MapColors.gapFill(11L, 11));

        browser.login(COUNCIL, PASSWORD);
        browser.go("/map?type=ISOLATED_RESIDENT");
        assertThat(fills()).containsEntry("m-d1", MapColors.SUPPRESSED).containsEntry("m-d2", MapColors.gapFill(11L, 11));
        assertThat(browser.bodyText()).contains("10未満").doesNotContain("山田");
    }

    @Test
    void theTrendChartDrawsALinePerAreaWithTheCouncilSessionMarked() {
        browser.login(LAYER1, PASSWORD);
        browser.go("/trends?type=ISOLATED_RESIDENT");
        Map<?, ?> summary = chartSummary(2);
        assertThat(String.valueOf(summary.get("markers"))).contains("2026-05-15");
        browser.waitForText("第1回協議体");
        browser.waitForGridCell("14");

        browser.login(COUNCIL, PASSWORD);
        browser.go("/trends?type=ISOLATED_RESIDENT");
        chartSummary(2);
        browser.waitForGridCell("10未満");
        assertThat(browser.gridCells()).contains("14", "11").doesNotContain("3", "1");
    }

    /** Area id → the fill its polygon is drawn with, once the map has drawn both areas. */
    @SuppressWarnings("unchecked")
    private Map<String, String> fills() {
        return (Map<String, String>) new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            Object result = ((JavascriptExecutor) d).executeScript("""
                    const map = document.querySelector('tsunagari-map#support-map[data-ready]');
                    if (!map) return null;
                    const paths = map.shadowRoot.querySelectorAll('path[data-area]');
                    if (paths.length < 2) return null;
                    const out = {}; paths.forEach(p => out[p.getAttribute('data-area')] = p.getAttribute('fill'));
                    return out;""");
            return result;
        });
    }

    private Map<?, ?> chartSummary(int series) {
        WebElement chart = browser.waitFor(By.cssSelector("tsunagari-trend-chart#trends-chart[data-ready]"));
        return (Map<?, ?>) new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            Map<?, ?> summary = (Map<?, ?>) ((JavascriptExecutor) d).executeScript("return arguments[0].summary()", chart);
            return ((List<?>) summary.get("series")).size() == series ? summary : null;
        });
    }
}
