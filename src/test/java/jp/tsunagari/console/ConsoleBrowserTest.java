package jp.tsunagari.console;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An analyst in a real headless Chromium on the demo city: the CodeMirror editor highlights and completes the model's
 * labels; the analyst searches the library, opens a query by a click on its row, types another resident into its
 * parameter, runs it with Ctrl+Enter and sees its graph (pseudonyms, no names) and its table; then runs an aggregate
 * query of their own with the button and sees small counts suppressed.
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
            System.out.println("Browser console:\n" + browser.consoleLog());
            browser.close();
        }
    }

    @Test
    void anAnalystOpensALibraryQueryFillsItsParameterRunsItAndSeesTheGraphAndTheTable() {
        browser.login(USER, PASSWORD);
        browser.go("/console");
        WebElement editor = browser.waitFor(By.cssSelector("tsunagari-cypher-editor#console-editor"));
        WebElement content = wait(20).until(d -> editor.getShadowRoot().findElements(By.cssSelector(".cm-content"))
                .stream().findFirst().orElse(null));

        // The editor as in Neo4j Browser: keywords highlighted, the model's labels offered as one types.
        content.click();
        content.sendKeys("MATCH (x:Resi");
        wait(20).until(d -> editor.getShadowRoot().findElements(By.cssSelector(".cm-tooltip-autocomplete li"))
                .stream().anyMatch(li -> li.getText().contains("Resident")));
        wait(20).until(d -> editor.getShadowRoot().findElements(By.cssSelector(".cm-keyword"))
                .stream().anyMatch(k -> k.getText().equals("MATCH")));
        content.sendKeys(Keys.ESCAPE);

        // The library: search, open a query by a click on its row.
        browser.waitFor(By.cssSelector("#console-library-search input")).sendKeys("住民のID"); // a parameter's text
        wait(20).withMessage(() -> "library rows shown: " + shownQueries())
                .until(d -> shownQueries().equals(List.of("needs-coverage/resident-support")));
        browser.driver().findElements(By.cssSelector("[data-query='needs-coverage/resident-support']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        wait(20).until(d -> editorText().contains("$residentId"));
        WebElement residentId = browser.waitFor(By.cssSelector("#console-param-residentId input"));
        wait(20).until(d -> "res-000003".equals(residentId.getDomProperty("value"))); // the query's default

        // Another resident, one with an individual network, typed into the parameter; Ctrl+Enter in the editor runs.
        String resident = graph.single("MATCH (n:IndividualNetwork)-[:FOR]->(r:Resident)<-[:SUPPORTS]-()"
                + " WHERE r.id <> 'res-000003' RETURN r.id AS id ORDER BY id LIMIT 1", Map.of()).get("id").asString();
        residentId.sendKeys(Keys.chord(Keys.CONTROL, "a"), resident, Keys.TAB);
        content.click();
        content.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

        WebElement drawn = wait(120).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tsunagari-graph#console-graph[data-ready]")));
        assertThat(editorText()).as("Ctrl+Enter runs, inserting nothing").doesNotEndWith("\n");
        long supports = graph.count("MATCH ()-[s:SUPPORTS]->(:Resident {id: $id}) RETURN count(s)", "id", resident);
        long helpers = graph.count("MATCH (h)-[:SUPPORTS]->(:Resident {id: $id}) RETURN count(DISTINCT h)", "id", resident);
        long members = graph.count("MATCH (m)-[:MEMBER_OF]->(:IndividualNetwork)-[:FOR]->(:Resident {id: $id})"
                + " RETURN count(DISTINCT m)", "id", resident);
        assertThat(supports).isPositive();
        assertThat(((Number) js().executeScript(
                "return arguments[0].graph.edges.filter(e => e.kind === 'SUPPORTS').length", drawn)).longValue())
                .isEqualTo(supports);
        assertThat(((Number) js().executeScript(
                "return arguments[0].graph.nodes.length", drawn)).longValue())
                .isGreaterThanOrEqualTo(1 + Math.max(helpers, members) + 1); // resident, helpers, the network
        var names = graph.single("MATCH (r:Resident {id: $id}) RETURN r.pseudonym AS p, r.name AS n", Map.of("id", resident));
        String pseudonym = names.get("p").asString(), name = names.get("n").asString();
        String labels = String.valueOf(js().executeScript(
                "return arguments[0].graph.nodes.map(n => n.label).join('\\n')", drawn));
        assertThat(labels).contains(pseudonym).doesNotContain(name);

        // The same result as a table.
        browser.driver().findElements(By.cssSelector("#console-results vaadin-tab")).get(0).click();
        wait(20).until(d -> browser.gridCells().stream().anyMatch(c -> c.contains(pseudonym)));
        assertThat(browser.waitFor(By.id("console-status")).getText()).contains("行");
        assertThat(browser.bodyText()).doesNotContain(name);

        // An ad-hoc aggregate run with the button: small counts suppressed, shown as 「10未満」.
        js().executeScript("arguments[0].setText(arguments[1])", editor,
                "MATCH (r:Resident) RETURN r.careLevel AS careLevel, count(r) AS residents, 1 AS one");
        wait(20).until(d -> d.findElements(By.cssSelector("#console-param-residentId")).isEmpty());
        browser.waitFor(By.id("console-run")).click();
        wait(30).until(d -> browser.gridCells().contains("CARE_1"));
        assertThat(browser.bodyText()).contains("10 未満の件数は");
        assertThat(browser.consoleLog().lines().filter(line -> line.startsWith("SEVERE")))
                .as("no error from our elements' bundles").noneMatch(line -> line.contains("/frontend-build/"));
    }

    /** The library queries the grid shows (rows it keeps hidden or components it has not slotted do not count). */
    private List<String> shownQueries() {
        return browser.driver().findElements(By.cssSelector("#console-library [data-query]")).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getDomAttribute("data-query")).toList();
    }

    private String editorText() {
        return String.valueOf(js().executeScript("return document.querySelector('#console-editor').text()"));
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }
}
