package jp.tsunagari.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who may import and export over REST, each role against the same endpoints (the pattern of security's
 * RestAccessMatrixTest): only layer-1 coordinators and administrators import; everyone but council viewers exports,
 * residents within their scope and as they may see them.
 */
@TsunagariTest
class ImportAccessTest {

    static final String PASSWORD = "correct horse battery staple";

    @Autowired Driver driver;
    @Autowired PasswordEncoder encoder;
    @LocalServerPort int port;
    TestGraph graph;

    @BeforeEach
    void town() {
        graph = new TestGraph(driver);
        graph.clear();
        String hash = encoder.encode(PASSWORD);
        for (String role : new String[] {"ADMIN", "LAYER1_COORDINATOR", "LAYER2_COORDINATOR", "COUNCIL_VIEWER", "ANALYST"}) {
            graph.user("t-imp-" + role.toLowerCase(), hash, role);
        }
        graph.run("""
                CREATE (city:Area {id: 't-city', name: '東雲市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 't-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (d2:Area {id: 't-d2', name: '東部圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (:Resident {id: 'r1', name: '山田 花子', pseudonym: '住民-9001', careLevel: 'CARE_2',
                                   livesAlone: true, consentToShare: false})-[:LIVES_IN]->(d1),
                       (:Resident {id: 'r2', name: '川口 正夫', pseudonym: '住民-9002', careLevel: 'CARE_4',
                                   livesAlone: false, consentToShare: true})-[:LIVES_IN]->(d2)""");
        graph.run("MATCH (u:User {username: 't-imp-layer2_coordinator'}), (a:Area {id: 't-d1'}) MERGE (u)-[:SCOPED_TO]->(a)");
    }

    @ParameterizedTest(name = "{0} importing: {1}")
    @CsvSource({
            "admin, 200",
            "layer1_coordinator, 200",
            "layer2_coordinator, 403",
            "council_viewer, 403",
            "analyst, 403",
    })
    void onlyLayer1CoordinatorsAndAdministratorsImport(String role, int status) throws Exception {
        String before = graph.fingerprintOfNetwork();
        byte[] file = "組織ID,名称,種別,対象区域ID\nrest-1,RESTで来た組織,NPO,t-city\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = upload("/api/import?kind=organizations&dryRun=false", "t-imp-" + role, file);

        assertThat(response.statusCode()).isEqualTo(status);
        if (status == 200) {
            assertThat(response.body()).contains("\"ok\":true").contains("\"created\":1").contains("\"updated\":0")
                    .contains("\"errors\":[]");
            assertThat(graph.count("MATCH (o:Organization {id: 'rest-1'}) RETURN count(o)")).isEqualTo(1);
        } else {
            assertThat(graph.fingerprintOfNetwork()).isEqualTo(before);
        }
    }

    @Test
    void anonymousCannotImport() throws Exception {
        String before = graph.fingerprintOfNetwork();
        byte[] file = "組織ID,名称,種別\nanon-1,匿名,NPO\n".getBytes(StandardCharsets.UTF_8);
        // Without credentials: 401, or 403 where the browser-session CSRF check refuses first.
        assertThat(upload("/api/import?kind=organizations", null, file).statusCode()).isIn(401, 403);
        assertThat(graph.fingerprintOfNetwork()).isEqualTo(before);
    }

    @Test
    void aReportNamesLineColumnValueAndReasonInTheClientsLanguage() throws Exception {
        byte[] file = "組織ID,名称,種別,対象区域ID\nrest-2,,NPO,t-nowhere\n".getBytes(StandardCharsets.UTF_8);

        String body = upload("/api/import?kind=organizations&dryRun=true", "t-imp-layer1_coordinator", file).body();

        assertThat(body).contains("\"ok\":false").contains("{\"line\":2,\"column\":\"名称\",\"value\":\"\",\"reason\":\"必須の項目が空です\"}")
                .contains("\"column\":\"対象区域ID\",\"value\":\"t-nowhere\"");
    }

    @ParameterizedTest(name = "{0} exporting residents: {1}")
    @CsvSource({
            "layer1_coordinator, 200, 山田 花子|川口 正夫",
            "layer2_coordinator, 200, 山田 花子",
            "analyst,            200, 住民-9001|住民-9002",
            "admin,              200, ''",
            "council_viewer,     403, ''",
    })
    void residentsAreExportedWithinScopeAndAsTheRoleMaySeeThem(String role, int status, String names) throws Exception {
        HttpResponse<String> response = get("/api/export?kind=residents&format=csv", "t-imp-" + role);

        assertThat(response.statusCode()).isEqualTo(status);
        if (status == 200) {
            for (String name : names.isEmpty() ? new String[0] : names.split("\\|")) {
                assertThat(response.body()).contains(name);
            }
            for (String hidden : new String[] {"山田 花子", "川口 正夫"}) {
                if (!names.contains(hidden)) {
                    assertThat(response.body()).doesNotContain(hidden);
                }
            }
            assertThat(graph.count("MATCH (e:AuditEntry {action: 'EXPORT', username: $u}) RETURN count(e)",
                    "u", "t-imp-" + role)).isPositive();
        }
    }

    @Test
    void templatesComeAsCsvAndXlsx() throws Exception {
        HttpResponse<String> csv = get("/api/import/templates/organizations?format=csv", "t-imp-layer1_coordinator");
        assertThat(csv.body()).startsWith("\uFEFF組織ID,名称,種別,活動中,提供サービス,対象区域ID");
        HttpResponse<String> xlsx = get("/api/import/templates/organizations?format=xlsx", "t-imp-admin");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        auth(request, user);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(String path, String user, byte[] file) throws Exception {
        String boundary = "----tsunagari-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        auth(request, user);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void auth(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
    }
}
