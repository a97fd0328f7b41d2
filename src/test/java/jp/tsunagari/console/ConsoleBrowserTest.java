package jp.tsunagari.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An analyst in a real headless Chromium on the demo city: searches the library, opens a query, runs it with
 * Ctrl+Enter in the CodeMirror editor and sees its graph (pseudonyms, no names) and its table; then types an
 * aggregate query of their own and runs it with the button.
 */
@TsunagariTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    static final String USER = "t-console-browser", PASSWORD = "correct horse battery staple";

    @Autowired Driver driver;
    @Autowired PasswordEncoder passwords;
    @Autowired ApplicationContext context;
    @LocalServerPort int port;
    Browser browser;
    TestGraph graph;

    @BeforeAll
    void demoCityAndBrowser() {
        browser = Browser.open(port);
        graph = new TestGraph(driver);
        graph.clear();
        DemoCityFixture.loadHagi(context);
        graph.user(USER, passwords.encode(PASSWORD), "ANALYST");
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAnalystOpensALibraryQueryRunsItAndSeesTheGraphAndTheTable() {
        browser.login(USER, PASSWORD);
        browser.go("/console");
        browser.waitFor(By.cssSelector("tsunagari-cypher-editor#console-editor"));

        WebElement search = browser.waitFor(By.cssSelector("#console-library-search input"));
        search.sendKeys("res-000003");
        WebElement query = wait(60).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-query='needs-coverage/resident-support']")));
        js().executeScript("arguments[0].click()", query); // the split layout may overlap the row on a small window
        wait(20).ignoring(org.openqa.selenium.JavascriptException.class).until(d -> String.valueOf(js().executeScript(
                "return document.querySelector('#console-editor').text()")).contains("$residentId"));
        assertThat(browser.waitFor(By.cssSelector("#console-param-residentId input")).getAttribute("value"))
                .isEqualTo("res-000003");

        WebElement content = browser.waitFor(By.cssSelector("#console-editor")).getShadowRoot()
                .findElement(By.cssSelector(".cm-content"));
        content.click();
        content.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

        WebElement drawn = wait(120).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tsunagari-graph#console-graph[data-ready]")));
        long supporters = graph.count("MATCH (s)-[:SUPPORTS]->(:Resident {id: 'res-000003'}) RETURN count(s)");
        assertThat(((Number) js().executeScript("return arguments[0].graph.nodes.length", drawn)).longValue())
                .isGreaterThan(supporters);
        assertThat(((Number) js().executeScript(
                "return arguments[0].graph.edges.filter(e => e.kind === 'SUPPORTS').length", drawn)).longValue())
                .isEqualTo(supporters);
        String pseudonym = graph.single("MATCH (r:Resident {id: 'res-000003'}) RETURN r.pseudonym AS p, r.name AS n",
                java.util.Map.of()).get("p").asString();
        String name = graph.single("MATCH (r:Resident {id: 'res-000003'}) RETURN r.name AS n", java.util.Map.of()).get("n").asString();
        String labels = String.valueOf(js().executeScript(
                "return arguments[0].graph.nodes.map(n => n.label).join('\\n')", drawn));
        assertThat(labels).contains(pseudonym).doesNotContain(name);

        // The same result as a table.
        js().executeScript("arguments[0].click()", browser.driver().findElements(By.cssSelector("#console-results vaadin-tab")).get(0));
        wait(20).until(d -> browser.gridCells().stream().anyMatch(c -> c.contains(pseudonym)));
        assertThat(browser.waitFor(By.id("console-status")).getText()).contains("行");
        assertThat(browser.bodyText()).doesNotContain(name);

        // An ad-hoc aggregate: small counts suppressed, shown as 「10未満」.
        js().executeScript("document.querySelector('#console-editor').setText(arguments[0])",
                "MATCH (r:Resident) RETURN r.careLevel AS careLevel, count(r) AS residents, 1 AS one");
        wait(20).until(d -> browser.driver().findElements(By.cssSelector("#console-param-residentId")).isEmpty());
        js().executeScript("arguments[0].click()", browser.waitFor(By.id("console-run")));
        wait(30).until(d -> browser.gridCells().contains("CARE_1"));
        assertThat(browser.bodyText()).contains("10 未満の件数は");
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }
}
