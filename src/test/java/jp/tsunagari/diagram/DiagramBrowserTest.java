package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tsunagari.Browser;
import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.demo.DemoCityFixture;
import jp.tsunagari.gaps.GapFindings;
import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.gaps.GapType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A layer-1 coordinator's way through the Hagi-size demo city in a real headless Chromium: the area diagram lists an
 * isolated resident, clicking the gap focuses the diagram on them, their ecomap shows the gap, a supporter added
 * through the form (after a rejected id shown inline) makes the gap disappear and the supporter appear.
 */
@TsunagariTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagramBrowserTest {

    static final String USER = "t-diagram", PASSWORD = "correct horse battery staple", AREA = "area-d01";

    @Autowired Driver driver;
    @Autowired PasswordEncoder passwords;
    @Autowired ApplicationContext context;
    @Autowired GapFindings gaps;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> strategies;
    @LocalServerPort int port;
    Browser browser;
    TestGraph graph;

    @BeforeAll
    void demoCityAndBrowser() {
        browser = Browser.open(port); // skips the class where there is no Chromium, before the city is loaded
        graph = new TestGraph(driver);
        graph.clear();
        DemoCityFixture.loadHagi(context);
        graph.user(USER, passwords.encode(PASSWORD), "LAYER1_COORDINATOR");
        browser.login(USER, PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anIsolatedResidentFoundOnTheAreaDiagramIsConnectedFromTheirEcomap() {
        browser.go("/diagram/" + AREA);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        WebElement areaGraph = browser.waitFor(By.cssSelector("tsunagari-graph#area-graph[data-ready]"));
        assertThat(((Number) js.executeScript("return arguments[0].graph.nodes.length", areaGraph)).intValue())
                .isGreaterThan(100);

        // The most urgent gaps come first: isolated residents.
        WebElement isolated = browser.waitFor(By.cssSelector("#area-findings span[data-gap='ISOLATED_RESIDENT']"));
        String resident = isolated.getAttribute("data-subject");
        assertThat(resident).startsWith("res-");
        assertThat(js.executeScript("return arguments[0].graph.nodes.find(n => n.id === arguments[1]).flags[0]",
                areaGraph, resident)).isEqualTo("isolated");
        isolated.click();
        await().until(d -> resident.equals(js.executeScript(
                "return arguments[0].focusOn && arguments[0].focusOn.id", areaGraph)));
        assertThat(js.executeScript("return arguments[0].selection", areaGraph)).isEqualTo(List.of(resident));

        click(browser.driver().findElement(By.cssSelector("a[data-ecomap='" + resident + "']")));
        await().until(d -> d.getCurrentUrl().endsWith("/ecomap/" + resident));
        WebElement ecomap = browser.waitFor(By.cssSelector("tsunagari-graph#ecomap-graph[data-ready]"));
        browser.waitFor(By.cssSelector("#ecomap-findings [data-gap='ISOLATED_RESIDENT']"));

        // An id that names nobody is refused, and the form says so next to the field.
        String supportsOfResident = "MATCH ()-[s:SUPPORTS]->(:Resident {id: $id}) RETURN count(s)";
        long supportsBefore = graph.count(supportsOfResident, "id", resident); // maybe a suspended salon
        WebElement input = browser.waitFor(By.cssSelector("vaadin-combo-box#supporter input"));
        input.sendKeys("nobody-at-all", Keys.ENTER);
        clickButton("add-support");
        await().until(d -> d.findElement(By.id("supporter")).getDomAttribute("invalid") != null);
        assertThat(browser.bodyText()).contains("nobody-at-all");
        assertThat(graph.count(supportsOfResident, "id", resident)).isEqualTo(supportsBefore);

        String supporter = graph.single("""
                MATCH (o:Organization) WHERE coalesce(o.active, true) AND 'WATCHING' IN COLLECT { MATCH (o)-[:OFFERS]->(k) RETURN k.code }
                RETURN o.id AS id ORDER BY o.id LIMIT 1""", Map.of()).get("id").asString();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(supporter, Keys.ENTER);
        clickButton("add-support");

        await().until(d -> d.findElements(By.cssSelector("#ecomap-findings [data-gap='ISOLATED_RESIDENT']")).isEmpty());
        assertThat(graph.count("MATCH (:Organization {id: $o})-[s:SUPPORTS]->(:Resident {id: $id}) RETURN count(s)",
                "o", supporter, "id", resident)).isEqualTo(1);
        await().until(d -> Boolean.TRUE.equals(js.executeScript(
                "return arguments[0].graph.nodes.some(n => n.id === arguments[1])", ecomap, supporter)));
    }

    @Test
    void whatIfTheOnlySupporterStopsMarksTheResidentIsolatedAndSavesNothing() {
        GapItem fragile = asCoordinator(() -> gaps.forArea(AREA, Locale.JAPANESE)).stream()
                .filter(f -> f.type() == GapType.SINGLE_SUPPORTER).findFirst().orElseThrow();
        String resident = fragile.subject(), supporter = fragile.related().getFirst();
        String before = graph.fingerprintOfNetwork();
        browser.go("/diagram/" + AREA);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        WebElement areaGraph = browser.waitFor(By.cssSelector("tsunagari-graph#area-graph[data-ready]"));
        assertThat(flags(areaGraph, resident)).startsWith("single-supporter");

        // Selecting the resident tells about them in the side panel, with their gap.
        fire(areaGraph, "node-select", "{ids: [arguments[1]]}", resident);
        await().until(d -> resident.equals(d.findElement(By.id("node-details")).getDomAttribute("data-node")));
        assertThat(browser.driver().findElement(By.id("node-details-gaps")).getText())
                .contains(fragile.message());

        clickButton("whatif-toggle");
        fire(areaGraph, "node-click", "{id: arguments[1]}", supporter);
        await().until(d -> flags(areaGraph, resident).startsWith("isolated")
                && flags(areaGraph, supporter).contains("inactive"));
        assertThat(browser.driver().findElement(By.id("whatif-summary")).getText()).isNotBlank();
        assertThat(graph.fingerprintOfNetwork()).as("what-if saves nothing").isEqualTo(before);

        clickButton("whatif-toggle");
        await().until(d -> flags(areaGraph, resident).startsWith("single-supporter")
                && !flags(areaGraph, supporter).contains("inactive"));
    }

    @Test
    void theArrangementIsKeptUntilReLayoutAndTheGraphCanBeExported() {
        String view = "diagram/" + AREA;
        String saved = "MATCH (l:SavedLayout {user: $user, view: $view}) RETURN count(l)";
        browser.go("/" + view);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        WebElement areaGraph = browser.waitFor(By.cssSelector("tsunagari-graph#area-graph[data-ready]"));
        String node = (String) js.executeScript("return arguments[0].graph.nodes[1].id", areaGraph);

        fire(areaGraph, "node-drag-end", "{positions: {[arguments[1]]: [1234.5, -987.25]}}", node);
        await().until(d -> graph.count(saved, "user", USER, "view", view) == 1);

        browser.go("/" + view);
        WebElement again = browser.waitFor(By.cssSelector("tsunagari-graph#area-graph[data-ready]"));
        assertThat(js.executeScript("return arguments[0].graph.nodes.every(n => n.x !== undefined)", again))
                .as("every node comes back where it was").isEqualTo(true);
        assertThat(browser.driver().findElement(By.id("diagram-layout-status")).getText()).isNotBlank();

        clickButton("diagram-relayout");
        await().until(d -> graph.count(saved, "user", USER, "view", view) == 0);
        await().until(d -> Boolean.TRUE.equals(js.executeScript(
                "return arguments[0].graph.nodes.every(n => n.x === undefined)", again)));

        browser.driver().findElement(By.cssSelector("#diagram-export vaadin-menu-bar-button")).click();
        browser.waitFor(By.id("diagram-export-graphml")).click();
        await().until(d -> graph.count("""
                MATCH (e:AuditEntry {username: $user, action: 'EXPORT'}) WHERE e.detail CONTAINS 'graphml'
                RETURN count(e)""", "user", USER) == 1);
    }

    private String flags(WebElement graphElement, String id) {
        Object flags = ((JavascriptExecutor) browser.driver()).executeScript(
                "const n = arguments[0].graph.nodes.find(n => n.id === arguments[1]); return (n.flags || []).join(',')",
                graphElement, id);
        return String.valueOf(flags);
    }

    /** Fires one of the element's events as a user's click or drag would (WebGL nodes cannot be clicked by id). */
    private void fire(WebElement graphElement, String event, String detail, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].dispatchEvent(new CustomEvent('" + event
                + "', {detail: " + detail + "}))", graphElement, id);
    }

    /** Runs as the test coordinator, set where the application reads the user (the strategy bean, Vaadin's). */
    private <T> T asCoordinator(java.util.function.Supplier<T> work) {
        var strategy = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var coordinator = new TestingAuthenticationToken(USER, PASSWORD, "ROLE_LAYER1_COORDINATOR");
        strategy.getContext().setAuthentication(coordinator);
        SecurityContextHolder.getContext().setAuthentication(coordinator);
        try {
            return work.get();
        } finally {
            strategy.clearContext();
            SecurityContextHolder.clearContext();
        }
    }

    /** Clicks a button after scrolling it to the middle of the window (the side panel can be taller than it). */
    private void clickButton(String id) {
        click(browser.driver().findElement(By.id(id)));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private WebDriverWait await() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }
}
