package jp.tsunagari.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each role × each resource × own area / other area, through the REST API. */
@TsunagariTest
class RestAccessMatrixTest {

    @Autowired UserAccounts accounts;
    @Autowired Driver driver;
    @LocalServerPort int port;
    SecuredTown town;

    @BeforeEach
    void town() {
        town = new SecuredTown(new TestGraph(driver), accounts, port);
        town.build();
    }

    @ParameterizedTest(name = "{0} reading resident {1}: {2}, shown as {3}")
    @CsvSource({
            "t-layer1,  r1, 200, 山田 花子",
            "t-layer1,  r2, 200, 川口 正夫",
            "t-layer2,  r1, 200, 山田 花子",
            "t-layer2,  r2, 403, ",
            "t-analyst, r1, 200, 住民-9001",
            "t-analyst, r2, 200, 住民-9002",
            "t-council, r1, 403, ",
            "t-council, r2, 403, ",
            "t-admin,   r1, 403, ",
    })
    void residentRecordFollowsRoleAndArea(String user, String resident, int status, String shownAs) {
        var response = town.get("/api/residents/" + resident, user);

        assertThat(response.statusCode()).isEqualTo(status);
        if (shownAs != null) {
            assertThat(response.body()).contains("\"name\":\"" + shownAs + "\"");
        }
        if (status == 403) {
            assertThat(response.body()).doesNotContain("山田").doesNotContain("川口");
        }
    }

    @Test
    void analystSeesCareLevelButNeitherNameNorSupportersNames() {
        String body = town.get("/api/residents/r1", "t-analyst").body();
        assertThat(body).contains("CARE_2").doesNotContain("山田");
    }

    @Test
    void layer2CoordinatorSeesOnlyTheirAreaInTheOverview() {
        String body = town.get("/api/areas", "t-layer2").body();
        assertThat(body).contains("\"id\":\"d1\"").contains("\"id\":\"n1\"")
                .doesNotContain("\"id\":\"d2\"").doesNotContain("\"id\":\"n2\"").doesNotContain("\"id\":\"city\"");
    }

    @Test
    void councilSeesTheWholeCityWithSmallCountsSuppressed() {
        String body = town.get("/api/areas", "t-council").body();
        assertThat(body).contains("\"id\":\"d2\"").contains("\"residents\":null").contains("\"suppressedBelow\":10")
                .doesNotContain("\"residents\":1,").doesNotContain("\"residents\":2,");
    }

    @Test
    void coordinatorsSeeExactCounts() {
        assertThat(town.get("/api/areas", "t-layer1").body()).contains("\"residents\":2,").contains("\"suppressedBelow\":null");
    }

    @Test
    void administratorSeesNoResidentData() {
        assertThat(town.get("/api/areas", "t-admin").body()).isEqualTo("[]");
    }

    // Analyst console (issue 15)
    @ParameterizedTest(name = "{0} running a console query: {1}")
    @CsvSource({
            "t-analyst, 200",
            "t-layer1,  200",
            "t-layer2,  200",
            "t-council, 403",
            "t-admin,   403",
    })
    void consoleQueriesAreForAnalystsAndCoordinators(String user, int status) {
        var response = town.post("/api/query", user, "{\"cypher\": \"MATCH (r:Resident {id: 'r1'}) RETURN r.name AS name\"}");

        assertThat(response.statusCode()).isEqualTo(status);
        if (status == 200) {
            assertThat(response.body()).contains("\"columns\":[\"name\"]")
                    .contains(user.equals("t-layer1") ? "山田 花子" : "住民-9001");
        } else {
            assertThat(response.body()).doesNotContain("山田").doesNotContain("住民-9001");
        }
    }

    @Test
    void anonymousAndWrongPasswordGetNothing() {
        assertThat(town.get("/api/areas", null, null).statusCode()).isEqualTo(401);
        assertThat(town.get("/api/residents/r1", null, null).statusCode()).isEqualTo(401);
        var wrong = town.get("/api/residents/r1", "t-layer1", "not the password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("山田");
    }
}
