package jp.tsunagari.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import jp.tsunagari.Browser;
import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code /import} in a real headless Chromium, as a clerk uses it: the upload speaks Japanese, a clean organizations
 * file is checked (dry run) and reported with nothing written, then imported.
 */
@TsunagariTest
class ImportViewBrowserTest {

    static final String USER = "t-import-layer1", PASSWORD = "correct horse battery staple";

    @Autowired Driver driver;
    @Autowired PasswordEncoder passwords;
    @LocalServerPort int port;

    @Test
    void aClerkChecksThenImportsAnOrganizationsFileOnAJapanesePage() {
        TestGraph graph = new TestGraph(driver);
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 't-city', name: '東雲市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 't-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (d2:Area {id: 't-d2', name: '東部圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (:Area {id: 't-n1', name: '桜ヶ丘地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d1),
                       (:Area {id: 't-n2', name: '若葉台地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d2)""");
        graph.user(USER, passwords.encode(PASSWORD), "LAYER1_COORDINATOR");

        try (Browser browser = Browser.open(port)) {
            browser.login(USER, PASSWORD);
            browser.go("/import");
            WebElement upload = browser.waitFor(By.id("import-upload"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();

            // Vaadin's upload ships English texts; this page must not show them.
            String uploadText = (String) js.executeScript("return arguments[0].innerText + ' '"
                    + " + (arguments[0].shadowRoot ? arguments[0].shadowRoot.textContent : '')", upload);
            assertThat(uploadText).contains("ファイルを選択").contains("ここにファイルをドロップ")
                    .doesNotContain("Upload File").doesNotContain("Drop file here");

            WebElement input = (WebElement) js.executeScript(
                    "return arguments[0].querySelector('input[type=file]')"
                            + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
            input.sendKeys(Path.of("src/test/resources/importer/clean/organizations.csv").toAbsolutePath().toString());
            browser.waitForText("organizations.csv");

            browser.driver().findElement(By.id("import-check")).click();
            browser.waitForText("問題はありません");
            assertThat(graph.count("MATCH (o:Organization) RETURN count(o)")).isZero(); // a dry run writes nothing

            WebElement run = browser.driver().findElement(By.id("import-run"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> run.isEnabled());
            run.click();
            browser.waitForText("取り込みました");
            assertThat(graph.count("MATCH (o:Organization) WHERE o.id STARTS WITH 't-' RETURN count(o)")).isPositive();
        }
    }
}
