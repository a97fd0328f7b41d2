package jp.tsunagari.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The start page is served, and its counts are true to a small hand-made town. */
@TsunagariTest
class AreaOverviewTest {

    @Autowired AreaStatisticsQuery query;
    @Autowired Driver driver;
    @LocalServerPort int port;
    TestGraph graph;

    @BeforeEach
    void town() {
        graph = new TestGraph(driver);
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 'city', name: '東雲市', level: 'MUNICIPALITY'}),
                       (d:Area {id: 'd1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (n1:Area {id: 'n1', name: '桜ヶ丘地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d),
                       (n2:Area {id: 'n2', name: '若葉台地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d),
                       (r1:Resident {id: 'r1', name: 'A'})-[:LIVES_IN]->(n1),
                       (r2:Resident {id: 'r2', name: 'B'})-[:LIVES_IN]->(n1),
                       (r3:Resident {id: 'r3', name: 'C'})-[:LIVES_IN]->(n2),
                       (p:Person {id: 'p1', name: 'P', role: 'NEIGHBOR'})-[:SUPPORTS {service: 'WATCHING'}]->(r1),
                       (p)-[:SUPPORTS {service: 'SHOPPING'}]->(r3),
                       (salon:Organization {id: 'o1', name: 'S', type: 'SENIOR_CLUB', active: false})-[:SUPPORTS {service: 'SALON'}]->(r2),
                       (salon)-[:SERVES]->(n1),
                       (care:Organization {id: 'o2', name: 'C', type: 'CARE_PROVIDER', active: true})-[:SERVES]->(d),
                       (:IndividualNetwork {id: 'i1', name: 'N'})-[:FOR]->(r1),
                       (:ProviderNetwork {id: 'pn1', name: 'X', scope: 'CROSS_KIND'})-[:COVERS]->(d)""");
    }

    @Test
    void emptyDatabaseHasNoAreas() {
        graph.clear();
        assertThat(query.all()).isEmpty();
    }

    @Test
    void countsIncludeTheAreasBelow() {
        var byId = query.all().stream().collect(java.util.stream.Collectors.toMap(AreaStatistics::id, a -> a));
        assertThat(byId.get("city")).isEqualTo(new AreaStatistics("city", "東雲市", "MUNICIPALITY", null, 3, 2, 2, 2, 1));
        assertThat(byId.get("d1").parentId()).isEqualTo("city");
        assertThat(byId.get("n1")).isEqualTo(new AreaStatistics("n1", "桜ヶ丘地区", "NEIGHBORHOOD", "d1", 2, 2, 1, 1, 1));
        assertThat(byId.get("n2")).isEqualTo(new AreaStatistics("n2", "若葉台地区", "NEIGHBORHOOD", "d1", 1, 1, 0, 0, 0));
    }

    @Test
    void residentWhoseOnlySupporterIsSuspendedCountsAsUnsupported() {
        graph.run("MATCH (o:Organization {id: 'o1'}) SET o.active = true");
        var n1 = query.all().stream().filter(a -> a.id().equals("n1")).findFirst().orElseThrow();
        assertThat(n1.unsupported()).isZero();
    }

    @Test
    void startPageSendsAnonymousVisitorsToTheJapaneseLoginPage() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.uri().getPath()).isEqualTo("/login");
        assertThat(response.body()).contains("<html lang=\"ja\"").contains("つながり");
    }
}
