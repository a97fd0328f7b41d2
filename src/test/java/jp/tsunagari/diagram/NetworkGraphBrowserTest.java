package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.tsunagari.Browser;
import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The diagram in a real headless Chromium (WebGL through SwiftShader): it draws, a mouse click on a node and a
 * context-menu action reach the Java listeners with the node's id, a label written as HTML stays text, and
 * ForceAtlas2 runs in its web worker.
 */
@TsunagariTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkGraphBrowserTest {

    static final String USER = "t-graph", PASSWORD = "correct horse battery staple";

    @Autowired Driver driver;
    @Autowired PasswordEncoder passwords;
    @LocalServerPort int port;
    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
        new TestGraph(driver).user(USER, passwords.encode(PASSWORD), "LAYER1_COORDINATOR");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void clicksAndMenuActionsReachTheServerLabelsStayTextAndTheLayoutWorkerRuns() {
        browser.login(USER, PASSWORD);
        browser.go("/test/graph");
        WebElement graph = browser.waitFor(By.cssSelector("tsunagari-graph[data-ready]"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();

        click(graph, "s1");
        waitForText("clicked-node", "s1");
        assertThat(browser.driver().findElement(By.id("selected-nodes")).getText()).isEqualTo("s1");

        // Hovering the node whose label is markup shows a tooltip with that markup as text, and nothing runs.
        hover(graph, "x1");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> js.executeScript(
                "return arguments[0].shadowRoot.querySelector('.tooltip') !== null", graph));
        assertThat(js.executeScript("return arguments[0].shadowRoot.querySelector('.tooltip-label').textContent", graph))
                .isEqualTo(NetworkGraphTestView.XSS_LABEL);
        assertThat((Long) js.executeScript("return document.querySelectorAll('img').length"
                + " + arguments[0].shadowRoot.querySelectorAll('img').length", graph)).isZero();
        assertThat(js.executeScript("return window.__xss === undefined")).isEqualTo(true);
        assertNoAlert();

        // The context menu lists the server's actions; picking one reports node and action.
        new Actions(browser.driver()).moveToElement(graph, offset(graph, "r1")[0], offset(graph, "r1")[1]).contextClick().perform();
        WebElement item = (WebElement) new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> js.executeScript(
                "return arguments[0].shadowRoot.querySelector('.menu-item[data-action=open]')", graph));
        assertThat(item.getText()).isEqualTo("開く");
        item.click();
        waitForText("context-action", "r1:open");

        @SuppressWarnings("unchecked")
        Map<String, List<Number>> positions = (Map<String, List<Number>>) js.executeScript("return arguments[0].positions()", graph);
        assertThat(positions).containsKeys("r1", "s1", "o1", "x1");
        assertThat(positions.get("s1")).containsExactly(100L, 0L);

        // Results the server asks for come back through CompletableFutures.
        browser.waitFor(By.id("export")).click();
        waitForText("exported", "true:4");

        // ForceAtlas2 runs in its blob: worker under the application's Content-Security-Policy and moves the nodes.
        Object after = js.executeAsyncScript("""
                const [el, done] = arguments;
                el.addEventListener('layout-end', () => done(el.positions()), {once: true});
                el.layout = {name: 'forceatlas2', durationMs: 500};
                """, graph);
        assertThat(after).isInstanceOf(Map.class).isNotEqualTo(positions);
    }

    @Test
    void aBigGraphMovesAsAPictureAndAClickRightAfterTheMoveSelectsTheNodeUnderThePointer() {
        browser.login(USER, PASSWORD);
        browser.go("/test/graph-bench?nodes=20000&edges=60000");
        WebElement graph = browser.waitFor(By.cssSelector("tsunagari-graph[data-ready]"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // Wait for a draw after the first one, so that the element knows how long this graph takes to draw.
        js.executeAsyncScript("""
                const [el, done] = arguments;
                const wait = () => el.settledAt > el.renderedAt ? done() : setTimeout(wait, 50);
                wait();""", graph);

        // Zoom in (far enough that nodes do not overlap) and pan, then press and click on a node at once, before the graph has been drawn sharp again.
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript("""
                const [el, node, done] = arguments;
                const camera = el.sigma.getCamera(), start = camera.getState();
                camera.setState({x: start.x + 0.02, y: start.y - 0.02, ratio: start.ratio / 8, angle: start.angle});
                const transformed = el.rasterCache.transformed;
                const nodes = el.sigma.getCanvases().nodes.style.transform;
                const [x, y] = el.viewportPosition(node);
                const mouse = el.sigma.getCanvases().mouse, box = mouse.getBoundingClientRect();
                const at = {clientX: box.left + x, clientY: box.top + y, bubbles: true, composed: true, button: 0};
                mouse.dispatchEvent(new MouseEvent('mousedown', {...at, buttons: 1}));
                mouse.dispatchEvent(new MouseEvent('mouseup', at));
                mouse.dispatchEvent(new MouseEvent('click', at));
                done({transformed, nodes, after: el.rasterCache.transformed});""", graph, "n10153");
        assertThat(result.get("transformed")).as("the move showed a transformed picture").isEqualTo(true);
        assertThat((String) result.get("nodes")).startsWith("matrix(");
        assertThat(result.get("after")).as("the press drew the graph at the camera").isEqualTo(false);
        waitForText("selected-nodes", "n10153");
    }

    private int[] offset(WebElement graph, String nodeId) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].viewportPosition(arguments[1])", graph, nodeId);
        assertThat(xy).as("position of " + nodeId).isNotNull();
        // Selenium offsets are from the element's centre.
        return new int[] {xy.get(0).intValue() - graph.getRect().getWidth() / 2, xy.get(1).intValue() - graph.getRect().getHeight() / 2};
    }

    private void click(WebElement graph, String nodeId) {
        int[] at = offset(graph, nodeId);
        new Actions(browser.driver()).moveToElement(graph, at[0], at[1]).pause(Duration.ofMillis(100)).click().perform();
    }

    private void hover(WebElement graph, String nodeId) {
        int[] at = offset(graph, nodeId);
        new Actions(browser.driver()).moveToElement(graph, at[0] + 1, at[1] + 1).pause(Duration.ofMillis(50))
                .moveToElement(graph, at[0], at[1]).perform();
    }

    private void waitForText(String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> text.equals(d.findElement(By.id(id)).getText()));
    }

    private void assertNoAlert() {
        try {
            String alert = browser.driver().switchTo().alert().getText();
            throw new AssertionError("An alert ran: " + alert);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }
}
