package jp.tsunagari.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import jp.tsunagari.Browser;
import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.network.CareLevel;
import jp.tsunagari.network.ResidentService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The role × area rules through the UI, in a real headless Chromium: what each role sees when navigating to the
 * start page, a resident of their own area, one of another area, and the administration pages.
 */
@TsunagariTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiAccessBrowserTest {

    @Autowired UserAccounts accounts;
    @Autowired ResidentService residents;
    @Autowired Driver driver;
    @LocalServerPort int port;
    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void town() {
        new SecuredTown(new TestGraph(driver), accounts, port).build();
    }

    @Test
    void layer2CoordinatorSeesTheirAreaAndIsRefusedAnother() {
        browser.login("t-layer2", SecuredTown.PASSWORD);
        String overview = browser.waitForText("中央圏域");
        assertThat(overview).doesNotContain("東部圏域").doesNotContain("利用者");

        browser.go("/residents/r1");
        assertThat(browser.waitFor(By.id("resident-name")).getText()).isEqualTo("山田 花子");

        browser.go("/residents/r2");
        assertThat(browser.waitForText("担当地域外")).doesNotContain("川口");

        browser.go("/admin/users");
        assertThat(browser.waitFor(By.id("not-found")).getText()).contains("admin/users").contains("表示する権限がありません");
        assertThat(browser.driver().findElements(By.id("user-username"))).isEmpty();
    }

    @Test
    void layer1CoordinatorSeesEveryAreaAndResident() {
        browser.login("t-layer1", SecuredTown.PASSWORD);
        assertThat(browser.waitForText("東部圏域")).contains("中央圏域");
        browser.go("/residents/r2");
        assertThat(browser.waitFor(By.id("resident-name")).getText()).isEqualTo("川口 正夫");
    }

    @Test
    void councilViewerSeesSuppressedCountsAndNoResidentRecords() {
        browser.login("t-council", SecuredTown.PASSWORD);
        assertThat(browser.waitForText("10未満")).contains("東部圏域");
        browser.go("/residents/r1");
        browser.waitForText("residents/r1");
        assertThat(browser.bodyText()).doesNotContain("山田").doesNotContain("住民-9001");
    }

    @Test
    void analystSeesPseudonymsOnly() {
        browser.login("t-analyst", SecuredTown.PASSWORD);
        browser.go("/residents/r1");
        assertThat(browser.waitFor(By.id("resident-name")).getText()).isEqualTo("住民-9001");
        assertThat(browser.bodyText()).doesNotContain("山田");
    }

    @Test
    void administratorManagesUsersAndSeesNoResidents() {
        browser.login("t-admin", SecuredTown.PASSWORD);
        browser.waitFor(By.id("user-username"));
        assertThat(browser.url()).endsWith("/admin/users");
        browser.go("/admin/audit");
        assertThat(browser.waitFor(By.id("audit-chain")).getText()).contains("正常");
        browser.go("/residents/r1");
        browser.waitForText("residents/r1");
        assertThat(browser.bodyText()).doesNotContain("山田");
    }

    @Test
    @WithMockUser(username = "t-layer1", roles = "LAYER1_COORDINATOR")
    void openOverviewUpdatesLiveWhenAResidentIsAdded() {
        browser.login("t-layer1", SecuredTown.PASSWORD);
        browser.waitFor(By.id("areas"));
        browser.waitForGridCell("東雲市");
        assertThat(browser.gridCells()).doesNotContain("3");

        residents.create(new ResidentService.NewResident("r3", "田中 正", "n1", true, CareLevel.CARE_1, false, Set.of()));

        browser.waitForGridCell("3"); // the city's residents, pushed to the open page without a reload
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        browser.login("t-layer1", SecuredTown.PASSWORD);
        browser.waitForText("中央圏域");
        String session = browser.cookie("JSESSIONID");
        assertThat(apiStatusWith(session)).isEqualTo(200);

        browser.waitFor(By.id("logout")).click();
        browser.waitFor(By.cssSelector("input[name='username']"));
        assertThat(apiStatusWith(session)).isEqualTo(401);
    }

    @Test
    void residentNamesAreShownAsTextNeverRunAsHtml() {
        new TestGraph(driver).run("""
                MATCH (n:Area {id: 'n1'})
                CREATE (:Resident {id: 'r-xss', name: '<img src=x onerror="document.title=\\'pwned\\'">', pseudonym: '住民-9003',
                                   careLevel: 'CARE_1', livesAlone: false, consentToShare: false})-[:LIVES_IN]->(n)""");
        browser.login("t-layer1", SecuredTown.PASSWORD);
        browser.go("/residents/r-xss");
        assertThat(browser.waitFor(By.id("resident-name")).getText()).startsWith("<img src=x");
        assertThat(browser.driver().findElements(By.cssSelector("#resident-name img"))).isEmpty();
        assertThat(browser.driver().getTitle()).isNotEqualTo("pwned");
    }

    private int apiStatusWith(String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/areas"))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
