package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.tsunagari.Browser;
import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.demo.DemoCityFixture;
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
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anIsolatedResidentFoundOnTheAreaDiagramIsConnectedFromTheirEcomap() {
        browser.login(USER, PASSWORD);
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

        browser.driver().findElement(By.cssSelector("a[data-ecomap='" + resident + "']")).click();
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

    /** Clicks a button after scrolling it to the middle of the window (the side panel can be taller than it). */
    private void clickButton(String id) {
        WebElement button = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private WebDriverWait await() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
    }
}
