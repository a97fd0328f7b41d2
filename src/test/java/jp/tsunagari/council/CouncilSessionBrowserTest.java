package jp.tsunagari.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;


import jp.tsunagari.Browser;
import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.network.NetworkChanged;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * A council session in two real headless Chromium sessions: a layer-1 coordinator presents, a council viewer watches
 * the projection. The coordinator suspends the care provider from the presenter's diagram; without reload the
 * projection's gap counts show the resident now depending on one neighbour (▲) and the provider drawn suspended —
 * and nowhere in the projection's page or the graph data sent to it is a real name or a care level. Focusing on the
 * gap in the presenter focuses the projection; released, it stays; re-joined, it follows again. Closing writes
 * minutes listing the change and the before/after counts.
 */
@TsunagariTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilSessionBrowserTest {

    @Autowired Driver driver;
    @Autowired PasswordEncoder passwords;
    @Autowired ApplicationContext context;
    @Autowired SessionBroadcaster broadcaster;
    @LocalServerPort int port;
    Browser presenter;
    Browser screen;
    CouncilTown town;

    @BeforeAll
    void townAndBrowsers() {
        presenter = Browser.open(port); // skips the class where there is no Chromium
        screen = Browser.open(port);
        town = new CouncilTown(new TestGraph(driver), passwords, context, port);
        town.build();
        // The provider helps the first resident too: she does not depend on one person yet.
        town.graph().run("""
                MATCH (care:Organization {id: 'c-care'}), (r:Resident {id: 'c-r1'})
                CREATE (care)-[:SUPPORTS {service: 'HOME_CARE', since: date('2025-01-15')}]->(r)""");
        context.publishEvent(new NetworkChanged.BulkLoaded("test"));
    }

    @AfterAll
    void closeBrowsers() {
        if (presenter != null) {
            presenter.close();
        }
        if (screen != null) {
            screen.close();
        }
    }

    @Test
    void thePresentersChangeReachesTheProjectionLiveWithoutPersonalDataAndTheMinutesListIt() throws Exception {
        String id = town.open("c-cnc-d1", CouncilTown.LAYER1, "12月定例会");

        presenter.login(CouncilTown.LAYER1, CouncilTown.PASSWORD);
        presenter.go("/council/" + id);
        WebElement area = presenter.waitFor(By.cssSelector("tsunagari-graph#area-graph[data-ready]"));
        screen.login(CouncilTown.COUNCIL, CouncilTown.PASSWORD);
        screen.go("/council/" + id + "/screen");
        WebElement projected = screen.waitFor(By.cssSelector("tsunagari-graph#screen-graph[data-ready]"));
        await(screen).until(d -> hasNode(screen, projected, "c-care"));
        assertThat(screen.bodyText()).contains("12月定例会");
        assertNoPersonalData();

        // What reaches the projection after a change: the nodes sent in each patch (not the whole picture again).
        ((JavascriptExecutor) screen.driver()).executeScript("""
                const el = arguments[0], apply = el.applyPatch.bind(el);
                el.__patchedNodes = [];
                el.__drawnBefore = el.g;
                el.applyPatch = (p) => { el.__patchedNodes.push((p.nodes || []).map(n => n.id)); apply(p); };""",
                projected);

        // The presenter suspends the provider from its context menu.
        JavascriptExecutor js = (JavascriptExecutor) presenter.driver();
        rightClick(presenter, area, "c-care");
        WebElement suspend = (WebElement) await(presenter).until(d -> js.executeScript(
                "return arguments[0].shadowRoot.querySelector('.menu-item[data-action=suspend]')", area));
        suspend.click();

        // The projection, without reload: one more resident depending on one person, the provider suspended.
        await(screen).until(d -> !d.findElements(By.cssSelector(
                "#screen-counts [data-gap-type='SINGLE_SUPPORTER'][data-count='1'][data-delta='1']")).isEmpty());
        await(screen).until(d -> flags(screen, projected, "c-care").contains("inactive"));
        assertNoPersonalData();
        @SuppressWarnings("unchecked")
        List<List<String>> patched = (List<List<String>>) ((JavascriptExecutor) screen.driver())
                .executeScript("return arguments[0].__patchedNodes", projected);
        int drawn = ((Number) ((JavascriptExecutor) screen.driver())
                .executeScript("return arguments[0].graph.nodes.length", projected)).intValue();
        assertThat(patched).as("patches sent to the projection").isNotEmpty()
                .anySatisfy(ids -> assertThat(ids).contains("c-care"))
                .allSatisfy(ids -> assertThat(ids).hasSizeLessThan(drawn));
        // … and what is drawn (the renderer's graph, changed in place) shows the provider suspended, drawn again.
        await(screen).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].hasAttribute('data-ready') && "
                        + "arguments[0].g.getNodeAttribute('c-care', 'flags').includes('inactive')", projected)));
        assertThat(((JavascriptExecutor) screen.driver()).executeScript(
                "return arguments[0].g === arguments[0].__drawnBefore", projected)).as("changed in place").isEqualTo(true);
        // The presenter lists the change and the gap it opened.
        presenter.waitFor(By.cssSelector("#presenter-changes .council-change[data-seq='1']"));
        assertThat(presenter.bodyText()).contains("さくら訪問介護").contains("住民-9501");

        // Follow the presenter: focusing on the gap focuses the projection on the same resident.
        WebElement gap = presenter.waitFor(By.cssSelector(
                "#area-findings span[data-gap='SINGLE_SUPPORTER'][data-subject='c-r1']"));
        // The grid's row takes the click (the side panel is narrow beside the session's panel).
        js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", gap);
        await(screen).until(d -> "c-r1".equals(focusOf(screen, projected)));
        // Released, the projection keeps its focus while the presenter leaves focus; re-joined, it follows.
        screen.driver().findElement(By.id("screen-follow")).click();
        await(screen).until(d -> "false".equals(d.findElement(By.id("screen-follow")).getAttribute("data-following")));
        presenter.driver().findElement(By.id("diagram-fit")).click();
        await(presenter).until(d -> focusOf(presenter, area) == null);
        assertThat(focusOf(screen, projected)).isEqualTo("c-r1");
        screen.driver().findElement(By.id("screen-follow")).click();
        await(screen).until(d -> focusOf(screen, projected) == null);

        // Closing writes the minutes.
        presenter.driver().findElement(By.id("presenter-close")).click();
        presenter.waitFor(By.id("presenter-minutes"));
        await(presenter).until(d -> town.get("/api/sessions/" + id, CouncilTown.LAYER1).body()
                .contains("\"state\":\"CLOSED\""));
        var pdf = town.bytes("/api/sessions/" + id + "/minutes.pdf", CouncilTown.COUNCIL);
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (var document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
            boolean image = false;
            for (var page : document.getPages()) {
                image |= page.getResources().getXObjectNames().iterator().hasNext();
            }
            assertThat(image).as("the diagram snapshot").isTrue();
        }
        assertThat(text).contains("団体・事業所を変更").contains("さくら訪問介護").contains("生じたギャップ")
                .contains("住民-9501").doesNotContain("山田").doesNotContain("CARE_3");
        assertThat(text.replaceAll("\\s+", " ")).contains("支援者1人 (SINGLE_SUPPORTER) 0 1 +1");
        assertThat(broadcaster.listening(id)).isZero();
    }

    /** Neither the projection's page (all text, shadow roots too) nor the graph data it holds names or grades anyone. */
    private void assertNoPersonalData() {
        JavascriptExecutor js = (JavascriptExecutor) screen.driver();
        String data = String.valueOf(js.executeScript("""
                const g = document.querySelector('#screen-graph');
                return JSON.stringify({graph: g.graph, styles: g.styles}) + document.documentElement.outerHTML;"""));
        String all = screen.bodyText() + data;
        for (String personal : List.of("山田", "川口", "佐藤", "田中", "CARE_3", "CARE_4", "要介護")) {
            assertThat(all).as("projection").doesNotContain(personal);
        }
        assertThat(data).contains("住民-9501");
    }

    private static String focusOf(Browser browser, WebElement graph) {
        Object id = ((JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].focusOn ? arguments[0].focusOn.id : null", graph);
        return id == null ? null : id.toString();
    }

    private static boolean hasNode(Browser browser, WebElement graph, String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return !!arguments[0].graph && arguments[0].graph.nodes.some(n => n.id === arguments[1])", graph, id));
    }

    @SuppressWarnings("unchecked")
    private static List<String> flags(Browser browser, WebElement graph, String id) {
        Object flags = ((JavascriptExecutor) browser.driver()).executeScript(
                "const n = arguments[0].graph.nodes.find(n => n.id === arguments[1]); return n && n.flags || []",
                graph, id);
        return (List<String>) flags;
    }

    /** Right-clicks a node where the diagram draws it. */
    private static void rightClick(Browser browser, WebElement graph, String id) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const [el, id] = arguments;
                const xy = el.viewportPosition(id), r = el.getBoundingClientRect();
                if (!xy) return null;
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
