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

/**
 * The 支え合いマップ's API (issue 17): counts per area as GeoJSON, never a resident — coordinators exactly within their
 * areas, councils and analysts the whole city with counts under 10 as null; boundaries imported by layer-1
 * coordinators and administrators only.
 */
@TsunagariTest
class MapApiAccessTest {

    static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[131.5,34.3],[131.6,34.3],[131.6,34.4],[131.5,34.4],[131.5,34.3]]]}";

    @Autowired UserAccounts accounts;
    @Autowired Driver driver;
    @LocalServerPort int port;
    SecuredTown town;
    TestGraph graph;

    @BeforeEach
    void town() {
        graph = new TestGraph(driver);
        town = new SecuredTown(graph, accounts, port);
        town.build(); // r1 in d1, r2 in d2, both isolated
        // Ten more isolated residents in d2 (eleven there): a count a council may see exactly.
        graph.run("""
                MATCH (n2:Area {id: 'n2'}) UNWIND range(1, 10) AS i
                CREATE (:Resident {id: 'rx' + i, name: '住民 ' + i, pseudonym: '住民-98' + i, livesAlone: true,
                                   careLevel: 'SUPPORT_1', consentToShare: false})-[:LIVES_IN]->(n2)""");
        graph.run("MATCH (d:Area {id: 'd1'}) SET d.boundary = $b", "b", SQUARE);
        graph.run("""
                MATCH (d2:Area {id: 'd2'}), (d1:Area {id: 'd1'})
                CREATE (o:Organization {id: 'o-home', name: '訪問介護 さくら', type: 'CARE_PROVIDER', active: true,
                                        latitude: 34.35, longitude: 131.55})-[:SERVES]->(d1),
                       (:Organization {id: 'o-far', name: '訪問介護 東', type: 'CARE_PROVIDER', active: true,
                                       latitude: 34.35, longitude: 131.65})-[:SERVES]->(d2),
                       (n:ProviderNetwork {id: 'pn', name: '訪問介護事業者連絡会', scope: 'SAME_KIND', service: 'HOME_CARE'})-[:COVERS]->(d1),
                       (o)-[:MEMBER_OF]->(n)
                WITH o MATCH (s:ServiceKind {code: 'HOME_CARE'}), (far:Organization {id: 'o-far'})
                CREATE (o)-[:OFFERS]->(s), (far)-[:OFFERS]->(s)""");
        assertThat(town.post("/api/gaps/refresh", "t-layer1").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} GET {1}: {2}")
    @CsvSource({
            "t-layer1,  /api/map/areas?type=ISOLATED_RESIDENT, 200",
            "t-layer2,  /api/map/areas?type=ISOLATED_RESIDENT, 200",
            "t-council, /api/map/areas?type=ISOLATED_RESIDENT, 200",
            "t-analyst, /api/map/areas?type=ISOLATED_RESIDENT, 200",
            "t-admin,   /api/map/areas?type=ISOLATED_RESIDENT, 200",
            "t-layer1,  /api/map/providers,                    200",
            "t-council, /api/map/providers,                    200",
            "t-admin,   /api/map/providers,                    200",
    })
    void mapReadsFollowTheRole(String user, String path, int status) {
        assertThat(town.get(path, user).statusCode()).isEqualTo(status);
        assertThat(town.get(path, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void layer1CoordinatorSeesExactGapCountsPerAreaAsGeoJson() {
        String body = town.get("/api/map/areas?type=ISOLATED_RESIDENT", "t-layer1").body();
        assertThat(body).startsWith("{\"type\":\"FeatureCollection\"")
                .contains("\"id\":\"d1\",\"geometry\":{\"type\":\"Polygon\"")
                .contains("\"id\":\"d2\",\"geometry\":null")
                .containsPattern("\"id\":\"d1\",\"name\":\"中央圏域\".*?\"gapCount\":1,")
                .containsPattern("\"id\":\"d2\",\"name\":\"東部圏域\".*?\"gapCount\":11,")
                .contains("\"suppressedBelow\":null")
                .doesNotContain("山田").doesNotContain("\"r1\"");
    }

    @Test
    void councilSeesCountsUnderTheMinimumCellSizeAsNull() {
        String body = town.get("/api/map/areas?type=ISOLATED_RESIDENT", "t-council").body();
        assertThat(body).containsPattern("\"id\":\"d1\",\"name\":\"中央圏域\".*?\"residents\":null,\"gapCount\":null,")
                .containsPattern("\"id\":\"d2\",\"name\":\"東部圏域\".*?\"residents\":11,\"gapCount\":11,")
                .contains("\"suppressedBelow\":10")
                .doesNotContain("\"gapCount\":1,").doesNotContain("山田").doesNotContain("\"r1\"");
        assertThat(town.get("/api/map/areas?type=ISOLATED_RESIDENT", "t-analyst").body())
                .containsPattern("\"id\":\"d1\".*?\"gapCount\":null,");
    }

    @Test
    void neighbourhoodsCountTheGapsOfTheResidentsLivingThere() {
        String body = town.get("/api/map/areas?type=ISOLATED_RESIDENT&level=NEIGHBORHOOD", "t-layer1").body();
        assertThat(body).containsPattern("\"id\":\"n1\".*?\"parent\":\"d1\",\"residents\":1,\"gapCount\":1,")
                .containsPattern("\"id\":\"n2\".*?\"parent\":\"d2\",\"residents\":11,\"gapCount\":11,");
    }

    @Test
    void layer2CoordinatorSeesOnlyTheirAreas() {
        String body = town.get("/api/map/areas?type=ISOLATED_RESIDENT", "t-layer2").body();
        assertThat(body).contains("\"id\":\"d1\"").doesNotContain("\"id\":\"d2\"");
        assertThat(town.get("/api/map/providers", "t-layer2").body()).contains("o-home").doesNotContain("o-far");
    }

    @Test
    void administratorSeesTheBoundariesButNoCounts() {
        String body = town.get("/api/map/areas?type=ISOLATED_RESIDENT", "t-admin").body();
        assertThat(body).contains("\"id\":\"d1\",\"geometry\":{\"type\":\"Polygon\"").contains("\"gapCount\":null")
                .doesNotContain("\"gapCount\":1").doesNotContain("\"residents\":1");
    }

    @Test
    void coverageCountsTheProvidersServingEachAreaAndProvidersShowTheirSameKindMembership() {
        String body = town.get("/api/map/areas?type=SERVICE_SHORTAGE&service=HOME_CARE", "t-layer1").body();
        assertThat(body).containsPattern("\"id\":\"d1\".*?\"providers\":1,\"needing\":0,")
                .containsPattern("\"id\":\"d2\".*?\"providers\":1,");
        String providers = town.get("/api/map/providers?service=HOME_CARE", "t-layer1").body();
        assertThat(providers).contains("\"coordinates\":[131.55,34.35]")
                .containsPattern("\"id\":\"o-home\".*?\"membership\":\"MEMBER\"")
                .containsPattern("\"id\":\"o-far\".*?\"membership\":\"NO_NETWORK\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/map/areas                                  | type
            /api/map/areas?type=LONELY                      | type
            /api/map/areas?type=ISOLATED_RESIDENT&level=TOWN | level
            /api/map/areas?type=ISOLATED_RESIDENT&service=X | service
            /api/map/providers?service=X                    | service
            """)
    void badParametersAre400NamingTheField(String path, String field) {
        var response = town.get(path, "t-layer1");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    @ParameterizedTest(name = "{0} imports boundaries: {1}")
    @CsvSource({"t-layer1, 200", "t-admin, 200", "t-layer2, 403", "t-council, 403", "t-analyst, 403"})
    void boundariesAreImportedByLayer1CoordinatorsAndAdministrators(String user, int status) {
        String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"d2\"},"
                + "\"geometry\":" + SQUARE + "}]}";
        var response = town.post("/api/map/boundaries?idProperty=id", user, file);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(graph.count("MATCH (a:Area {id: 'd2'}) WHERE a.boundary IS NOT NULL RETURN count(a)"))
                .isEqualTo(status == 200 ? 1 : 0);
    }

    @Test
    void aBadBoundaryFileIs400ListingEachProblem() {
        String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"nowhere\"},"
                + "\"geometry\":" + SQUARE + "}]}";
        var response = town.post("/api/map/boundaries", "t-layer1", file);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"features\"").contains("feature #1 (id 'nowhere'): no area with id 'nowhere'");
    }
}
