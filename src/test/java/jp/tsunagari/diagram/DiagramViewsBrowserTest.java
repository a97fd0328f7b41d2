package jp.tsunagari.diagram;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The network image, provider-network and association views of the Hagi-size demo city in a real headless
 * Chromium, as a layer-1 coordinator opens them from bookmarks: each draws its graph and lists gaps beside it; then
 * the city's network image as a council session projects it, naming no resident.
 */
@TsunagariTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagramViewsBrowserTest {

    static final String USER = "t-diagram-views", COUNCIL = "t-diagram-views-council", PASSWORD = "correct horse battery staple", AREA = "area-d01",
            CITY = "area-shinonome";

    @Autowired Driver driver;
    @Autowired PasswordEncoder passwords;
    @Autowired ApplicationContext context;
    @LocalServerPort int port;
    Browser browser;
    TestGraph graph;

    @BeforeAll
    void demoCityAndBrowser() {
        browser = Browser.open(port); // skips the class where there is no Chromium, before the city is loaded
        TestGraph graph = new TestGraph(driver);
        graph.clear();
        DemoCityFixture.loadHagi(context);
        graph.user(USER, passwords.encode(PASSWORD), "LAYER1_COORDINATOR");
        graph.user(COUNCIL, passwords.encode(PASSWORD), "COUNCIL_VIEWER");
        this.graph = graph;
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theThreeViewsOfTheDemoCityDrawTheirGraphAndListGaps() {
        browser.login(USER, PASSWORD);

        // The municipality's network image: every individual network in its band, positions from the server.
        browser.go("/network-image/" + CITY);
        WebElement image = ready("network-image-graph");
        assertThat(nodeCount(image)).isGreaterThan(200);
        assertThat(js().executeScript("return arguments[0].graph.nodes.find(n => n.id === 'band:INDIVIDUAL').label",
                image)).isEqualTo("個別ネットワーク");
        browser.waitFor(By.cssSelector("#network-image-findings span[data-gap]"));
        assertThat(browser.waitFor(By.id("diagram-title")).getText()).contains("ネットワークのイメージ図");
        assertThat(flagged(image, "gap")).isPositive(); // e.g. the area without a cross-kind network

        // The first area's provider networks: a provider outside its same-kind network, marked, with its edge.
        browser.go("/provider-networks/" + AREA);
        WebElement providers = ready("provider-networks-graph");
        assertThat(nodeCount(providers)).isGreaterThan(5);
        browser.waitFor(By.cssSelector("#provider-networks-findings span[data-gap]"));
        assertThat(flagged(providers, "outside-network")).isPositive();
        assertThat(((Number) js().executeScript(
                "return arguments[0].graph.edges.filter(e => e.kind === 'outside').length", providers)).intValue())
                .isPositive();

        // The city's associations and NPOs: some association is linked to no NPO.
        browser.go("/associations/" + CITY);
        WebElement associations = ready("associations-graph");
        assertThat(nodeCount(associations)).isGreaterThan(20);
        browser.waitFor(By.cssSelector("#associations-findings span[data-gap]"));
        assertThat(flagged(associations, "no-npo")).isPositive();

        // A council session projects the city's network image: individual networks as numbers, no resident named.
        browser.login(COUNCIL, PASSWORD);
        browser.go("/network-image/" + CITY);
        WebElement projected = ready("network-image-graph");
        browser.waitFor(By.cssSelector("#network-image-findings span[data-gap]"));
        String labels = (String) js().executeScript(
                "return arguments[0].graph.nodes.map(n => n.id + ' ' + n.label).join('\\n')", projected);
        assertThat(labels).contains("個別ネットワーク #1").doesNotContain("res-").doesNotContain("inw-");
        String page = browser.bodyText();
        for (String name : graph.single("MATCH (r:Resident) RETURN collect(r.name)[0..50] AS names", java.util.Map.of())
                .get("names").asList(org.neo4j.driver.Value::asString)) {
            assertThat(labels).doesNotContain(name);
            assertThat(page).doesNotContain(name);
        }
    }

    /** The graph once drawn (a whole city on a busy machine takes a while). */
    private WebElement ready(String id) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(120)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("tsunagari-graph#" + id + "[data-ready]")));
    }

    /** How many nodes show this flag's halo (their first flag). */
    private int flagged(WebElement graph, String flag) {
        return ((Number) js().executeScript(
                "return arguments[0].graph.nodes.filter(n => n.flags && n.flags[0] === arguments[1]).length",
                graph, flag)).intValue();
    }

    private int nodeCount(WebElement graph) {
        return ((Number) js().executeScript("return arguments[0].graph.nodes.length", graph)).intValue();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }
}
