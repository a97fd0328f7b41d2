package jp.tsunagari.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import jp.tsunagari.Browser;
import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.network.CareLevel;
import jp.tsunagari.network.InvalidInputException;
import jp.tsunagari.network.ResidentService;
import org.openqa.selenium.By;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Residents with canary names go through creation, viewing, refusal, failed validation and the audit trail; the
 * application's logs and the audit trail never contain their names.
 */
@TsunagariTest
@ExtendWith(OutputCaptureExtension.class)
class CanaryNameTest {

    static final String CANARY = "鳥籠 カナリア";
    static final String CANARY_LATIN = "Canary Tweetypie";

    @Autowired UserAccounts accounts;
    @Autowired ResidentService residents;
    @Autowired AuditTrail audit;
    @Autowired Driver driver;
    @LocalServerPort int port;
    SecuredTown town;

    @BeforeEach
    void town() {
        town = new SecuredTown(new TestGraph(driver), accounts, port);
        town.build();
    }

    @Test
    @WithMockUser(username = "t-layer1", roles = "LAYER1_COORDINATOR")
    void namesNeverReachTheLogsOrTheAuditTrail(CapturedOutput output) {
        residents.create(new ResidentService.NewResident("canary-1", CANARY, "n2", true, CareLevel.CARE_5, false,
                Set.of("WATCHING")));
        residents.create(new ResidentService.NewResident("canary-2", CANARY_LATIN, "n1", true, CareLevel.CARE_5, false,
                Set.of()));
        assertThatThrownBy(() -> residents.create(new ResidentService.NewResident("canary-1", CANARY, "nowhere", true,
                CareLevel.CARE_5, false, Set.of("NOT_A_SERVICE")))).isInstanceOf(InvalidInputException.class);
        SecurityContextHolder.clearContext();

        // Each request really ran and answered as its role allows: the name went out where it may, so its absence
        // from the logs below means something.
        var record = town.get("/api/residents/canary-1", "t-layer1");
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body()).contains(CANARY);
        assertThat(town.get("/api/residents/canary-1", "t-layer2").statusCode()).isEqualTo(403); // other area
        var pseudonymised = town.get("/api/residents/canary-2", "t-analyst");
        assertThat(pseudonymised.statusCode()).isEqualTo(200);
        assertThat(pseudonymised.body()).contains("canary-2").doesNotContain(CANARY_LATIN);
        assertThat(town.get("/api/residents/canary-1", "t-layer1", "wrong password").statusCode()).isEqualTo(401);
        assertThat(town.get("/api/areas", "t-council").statusCode()).isEqualTo(200);

        assertThat(output.getAll()).doesNotContain(CANARY).doesNotContain("鳥籠").doesNotContain(CANARY_LATIN);
        assertThat(audit.search(null, null, null, null, null, 50)).allSatisfy(entry ->
                assertThat(entry.toString()).doesNotContain(CANARY).doesNotContain(CANARY_LATIN));
    }

    @Test
    @WithMockUser(username = "t-layer1", roles = "LAYER1_COORDINATOR")
    void theEcomapShowsTheNameToItsCoordinatorButTheLogsNeverHoldIt(CapturedOutput output) {
        residents.create(new ResidentService.NewResident("canary-3", CANARY, "n1", true, CareLevel.CARE_5, false,
                Set.of("WATCHING")));
        SecurityContextHolder.clearContext();
        try (Browser browser = Browser.open(port)) {
            browser.login("t-layer1", SecuredTown.PASSWORD);
            browser.go("/ecomap/canary-3");
            browser.waitFor(By.cssSelector("tsunagari-graph#ecomap-graph[data-ready]"));
            assertThat(browser.waitFor(By.id("ecomap-name")).getText()).contains(CANARY);
        }
        assertThat(output.getAll()).doesNotContain(CANARY).doesNotContain("鳥籠");
    }
}
