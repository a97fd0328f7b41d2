package jp.tsunagari.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Findings name residents: coordinators only, each within their areas. The gap trend holds counts only: councils
 * read it too, with small counts suppressed.
 */
@TsunagariTest
class GapsApiAccessTest {

    @Autowired UserAccounts accounts;
    @Autowired Driver driver;
    @LocalServerPort int port;
    SecuredTown town;

    @BeforeEach
    void town() {
        town = new SecuredTown(new TestGraph(driver), accounts, port);
        town.build(); // r1 in d1 and r2 in d2 have no supporter at all: both isolated
        assertThat(town.post("/api/gaps/refresh", "t-layer1").statusCode()).isEqualTo(200);
    }

    @Test
    void layer1CoordinatorSeesFindingsEverywhere() {
        String body = town.get("/api/gaps?type=ISOLATED_RESIDENT", "t-layer1").body();
        assertThat(body).contains("\"subject\":\"r1\"").contains("\"subject\":\"r2\"");
    }

    @Test
    void findingsComeMostUrgentFirstUpToTheLimit() {
        var response = town.get("/api/gaps?limit=1", "t-layer1");
        assertThat(response.headers().firstValue("X-Total-Count")).hasValueSatisfying(n ->
                assertThat(Integer.parseInt(n)).isGreaterThan(1));
        assertThat(response.body()).startsWith("[{\"type\":\"ISOLATED_RESIDENT\",\"severity\":\"HIGH\"")
                .containsOnlyOnce("\"type\"");
        assertThat(town.get("/api/gaps?limit=0", "t-layer1").statusCode()).isEqualTo(400);
    }

    @Test
    void layer2CoordinatorSeesOnlyTheirAreasFindings() {
        String body = town.get("/api/gaps?type=ISOLATED_RESIDENT", "t-layer2").body();
        assertThat(body).contains("\"subject\":\"r1\"").doesNotContain("\"subject\":\"r2\"");
    }

    @Test
    void councilAnalystAndAdministratorAreRefused() {
        assertThat(town.get("/api/gaps", "t-council").statusCode()).isEqualTo(403);
        assertThat(town.get("/api/gaps", "t-analyst").statusCode()).isEqualTo(403);
        assertThat(town.get("/api/gaps", "t-admin").statusCode()).isEqualTo(403);
    }

    @Test
    void whatIfShowsWhoWouldBeCutOffWithoutChangingAnything() {
        new TestGraph(driver).run("""
                MATCH (r1:Resident {id: 'r1'}), (r2:Resident {id: 'r2'})
                CREATE (p:Person {id: 'wc', name: '民生 委員', role: 'WELFARE_COMMISSIONER'}),
                       (p)-[:SUPPORTS {service: 'WATCHING'}]->(r1), (p)-[:SUPPORTS {service: 'WATCHING'}]->(r2)""");
        town.post("/api/gaps/refresh", "t-layer1");

        var all = town.post("/api/what-if", "t-layer1", "{\"nodeIds\": [\"wc\"]}");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("\"stopped\":[\"wc\"]").contains("\"type\":\"ISOLATED_RESIDENT\",\"severity\":\"HIGH\",\"area\":\"d1\",\"subject\":\"r1\"")
                .contains("\"subject\":\"r2\"");
        assertThat(town.post("/api/what-if", "t-layer2", "{\"nodeIds\": [\"wc\"]}").body())
                .contains("\"subject\":\"r1\"").doesNotContain("\"subject\":\"r2\"");
        assertThat(new TestGraph(driver).count("MATCH (:Person {id: 'wc'})-[s:SUPPORTS]->() RETURN count(s)")).isEqualTo(2);
        assertThat(town.post("/api/what-if", "t-layer1", "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void matchesNameProvidersServingTheResidentsAreaWithinTheUsersScope() {
        new TestGraph(driver).run("""
                MATCH (r1:Resident {id: 'r1'}), (d1:Area {id: 'd1'}), (d2:Area {id: 'd2'}), (k:ServiceKind {code: 'HOME_CARE'})
                CREATE (r1)-[:NEEDS]->(k),
                       (near:Organization {id: 'o-near', name: 'あおば介護', type: 'CARE_PROVIDER', active: true}),
                       (far:Organization {id: 'o-far', name: '遠方介護', type: 'CARE_PROVIDER', active: true}),
                       (near)-[:OFFERS]->(k), (near)-[:SERVES]->(d1), (far)-[:OFFERS]->(k), (far)-[:SERVES]->(d2)""");
        town.post("/api/gaps/refresh", "t-layer1");

        var response = town.get("/api/residents/r1/matches", "t-layer2");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"need\":\"HOME_CARE\",\"covered\":false")
                .contains("あおば介護").doesNotContain("遠方介護");
        assertThat(town.get("/api/residents/r2/matches", "t-layer2").statusCode()).isEqualTo(403);
    }

    @Test
    void unknownGapTypeIsAClearBadRequest() {
        var response = town.get("/api/gaps?type=LONELY", "t-layer1");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("type").contains("LONELY").contains("ISOLATED_RESIDENT");
    }

    @Test
    void trendIsRecordedByLayer1AndReadByCoordinatorsInTheirAreasAndCouncilsSuppressed() {
        var recorded = town.post("/api/gaps/trend/record", "t-layer1");
        assertThat(recorded.statusCode()).isEqualTo(200);
        assertThat(recorded.body()).matches("\\{\"points\":\\d+}");

        assertThat(town.get("/api/gaps/trend?type=ISOLATED_RESIDENT", "t-layer1").body())
                .matches("\\[\\{\"day\":\"\\d{4}-\\d{2}-\\d{2}\",\"area\":\"d1\",\"type\":\"ISOLATED_RESIDENT\","
                        + "\"count\":1,\"suppressedBelow\":null},.*\"area\":\"d2\".*]");
        assertThat(town.get("/api/gaps/trend", "t-layer2").body())
                .contains("\"area\":\"d1\"").doesNotContain("\"area\":\"d2\"");
        assertThat(town.get("/api/gaps/trend?area=d2", "t-layer2").body()).isEqualTo("[]");
        assertThat(town.get("/api/gaps/trend?type=ISOLATED_RESIDENT", "t-council").body())
                .contains("\"area\":\"d2\"").contains("\"count\":null,\"suppressedBelow\":10")
                .doesNotContain("\"count\":1");
    }

    @Test
    void trendIsRefusedToAnalystsAndAdministratorsAndRecordingToAllButLayer1() {
        assertThat(town.get("/api/gaps/trend", "t-analyst").statusCode()).isEqualTo(403);
        assertThat(town.get("/api/gaps/trend", "t-admin").statusCode()).isEqualTo(403);
        assertThat(town.get("/api/gaps/trend", null, null).statusCode()).isEqualTo(401);
        assertThat(town.post("/api/gaps/trend/record", "t-layer2").statusCode()).isEqualTo(403);
        assertThat(town.post("/api/gaps/trend/record", "t-council").statusCode()).isEqualTo(403);
    }

    @Test
    void badTrendDateIsAClearBadRequest() {
        var response = town.get("/api/gaps/trend?from=yesterday", "t-layer1");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"from\"").contains("yesterday");
    }
}
