package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

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
 * Two coordinators at work in two real headless Chromium sessions: one ends a support tie from the resident's ecomap
 * through the helper's context menu; the other, looking at the area's diagram, sees the tie go and the resident's
 * gap turn from 「支援者が1人だけ」 into 「孤立」 without reloading, the rest of the picture where it was; then Undo
 * brings both back. A page left unregisters from the live refresh.
 */
@TsunagariTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveEditBrowserTest {

    static final String USER = "t-live", PASSWORD = "correct horse battery staple";
    static final String AREA = "b-d1", RESIDENT = "b-r1", HELPER = "b-p1";

    @Autowired Driver driver;
    @Autowired PasswordEncoder passwords;
    @Autowired ApplicationContext context;
    @Autowired jp.tsunagari.shell.LiveUpdates live;
    @LocalServerPort int port;
    Browser editing;
    Browser watching;

    @BeforeAll
    void townAndBrowsers() {
        editing = Browser.open(port); // skips the class where there is no Chromium
        watching = Browser.open(port);
        TestGraph graph = new TestGraph(driver);
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 'b-city', name: 'テスト市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 'b-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (n1:Area {id: 'b-n1', name: '桜地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d1),
                       (r1:Resident {id: 'b-r1', name: '山田 花子', pseudonym: '住民-9301', livesAlone: true,
                                     careLevel: 'CARE_2', consentToShare: false})-[:LIVES_IN]->(n1),
                       (r2:Resident {id: 'b-r2', name: '川口 正夫', pseudonym: '住民-9302', livesAlone: false,
                                     careLevel: 'SUPPORT_1', consentToShare: false})-[:LIVES_IN]->(n1),
                       (p1:Person {id: 'b-p1', name: '佐藤 一郎', role: 'NEIGHBOR'}),
                       (p2:Person {id: 'b-p2', name: '田中 次郎', role: 'VOLUNTEER'}),
                       (care:Organization {id: 'b-care', name: 'さくら訪問介護', type: 'CARE_PROVIDER', active: true})
                         -[:SERVES]->(d1),
                       (p1)-[:SUPPORTS {service: 'WATCHING', since: date('2025-06-01')}]->(r1),
                       (p2)-[:SUPPORTS {service: 'WATCHING', since: date('2025-06-01')}]->(r2),
                       (care)-[:SUPPORTS {service: 'HOME_CARE', since: date('2025-06-01')}]->(r2)""");
        graph.user(USER, passwords.encode(PASSWORD), "LAYER1_COORDINATOR");
        // Written behind the app's back: the gap engine reloads at the next request.
        context.publishEvent(new NetworkChanged.BulkLoaded("test"));
    }

    @AfterAll
    void closeBrowsers() {
        if (editing != null) {
            editing.close();
        }
        if (watching != null) {
            watching.close();
        }
    }

    @Test
    void aTieEndedInOneSessionDisappearsFromTheOthersDiagramAndGapListAndUndoBringsItBack() throws Exception {
        watching.login(USER, PASSWORD);
        watching.go("/diagram/" + AREA);
        watching.waitFor(gap("SINGLE_SUPPORTER"));
        // Once ForceAtlas2 has settled, the picture the user sees is the one a live update must keep.
        WebElement area = watching.waitFor(By.cssSelector("tsunagari-graph#area-graph[data-ready]:not([data-laying-out])"));
        Object residentAt = position(watching, area, RESIDENT);

        editing.login(USER, PASSWORD);
        editing.go("/ecomap/" + RESIDENT);
        WebElement ecomap = editing.waitFor(By.cssSelector("tsunagari-graph#ecomap-graph[data-ready]"));
        JavascriptExecutor js = (JavascriptExecutor) editing.driver();
        // Right-clicking the helper opens its menu, listing only the actions meant for it.
        rightClick(editing, ecomap, HELPER);
        WebElement remove = (WebElement) await(editing).until(d -> js.executeScript(
                "return arguments[0].shadowRoot.querySelector('.menu-item[data-action=remove-tie]')", ecomap));
        assertThat(js.executeScript("return Array.from(arguments[0].shadowRoot.querySelectorAll('.menu-item'))"
                + ".map(b => b.dataset.action)", ecomap)).isEqualTo(List.of("remove-tie"));
        remove.click();

        // The editing session: the helper is gone, the resident now isolated, undo offered.
        await(editing).until(d -> !hasNode(editing, ecomap, HELPER));
        editing.waitFor(By.cssSelector("#ecomap-findings [data-gap='ISOLATED_RESIDENT']"));
        assertThat(editing.driver().findElement(By.id("undo-edit")).isDisplayed()).isTrue();

        // The watching session, without reload: tie gone, gap list and halo updated, the resident where it was.
        await(watching).until(d -> !d.findElements(gap("ISOLATED_RESIDENT")).isEmpty());
        assertThat(watching.driver().findElements(gap("SINGLE_SUPPORTER"))).isEmpty();
        assertThat(hasEdge(watching, area, HELPER, RESIDENT)).isFalse();
        assertThat(flags(watching, area, RESIDENT)).contains("isolated");
        assertThat(position(watching, area, RESIDENT)).isEqualTo(residentAt);

        // Undo in the editing session brings the tie back in both.
        editing.driver().findElement(By.id("undo-edit")).click();
        await(editing).until(d -> hasNode(editing, ecomap, HELPER));
        await(watching).until(d -> !d.findElements(gap("SINGLE_SUPPORTER")).isEmpty());
        assertThat(watching.driver().findElements(gap("ISOLATED_RESIDENT"))).isEmpty();
        assertThat(hasEdge(watching, area, HELPER, RESIDENT)).isTrue();
        assertThat(position(watching, area, RESIDENT)).isEqualTo(residentAt);

        // Leaving the page unregisters its view from the live refresh.
        int following = live.following();
        watching.go("/login");
        await(watching).until(d -> live.following() < following);
    }

    private static By gap(String type) {
        return By.cssSelector("#area-findings span[data-gap='" + type + "'][data-subject='" + RESIDENT + "']");
    }

    private static Object position(Browser browser, WebElement graph, String id) {
        return ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].positions()[arguments[1]]",
                graph, id);
    }

    private static boolean hasNode(Browser browser, WebElement graph, String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].graph.nodes.some(n => n.id === arguments[1])", graph, id));
    }

    private static boolean hasEdge(Browser browser, WebElement graph, String source, String target) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].graph.edges.some(e => e.source === arguments[1] && e.target === arguments[2])",
                graph, source, target));
    }

    @SuppressWarnings("unchecked")
    private static List<String> flags(Browser browser, WebElement graph, String id) {
        Object flags = ((JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].graph.nodes.find(n => n.id === arguments[1]).flags || []", graph, id);
        return (List<String>) flags;
    }

    /** Right-clicks a node where the diagram draws it (the diagram may reach below the window's edge). */
    private static void rightClick(Browser browser, WebElement graph, String id) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const [el, id] = arguments;
                const xy = el.viewportPosition(id), r = el.getBoundingClientRect();
                if (!xy) return null;
                // WebDriver offsets are from the centre of the element's part inside the window.
                const w = Math.min(r.right, window.innerWidth) - Math.max(r.left, 0);
                const h = Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0);
                return [Math.round(r.left + xy[0] - (Math.max(r.left, 0) + w / 2)),
                        Math.round(r.top + xy[1] - (Math.max(r.top, 0) + h / 2))];""", graph, id);
        assertThat(at).as("position of " + id).isNotNull();
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToElement(graph, at.get(0).intValue(), at.get(1).intValue()).contextClick().perform();
    }

    private static WebDriverWait await(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }
}
