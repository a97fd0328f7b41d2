package jp.tsunagari.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import jp.tsunagari.TestGraph;

/**
 * A town of two daily-life areas with one resident each, and one user per role: the layer-2 coordinator works in
 * area d1 only. Requests go over real HTTP with Basic authentication.
 */
record SecuredTown(TestGraph graph, UserAccounts accounts, int port) {

    static final String PASSWORD = "correct horse battery staple";
    static final String OWN_RESIDENT = "r1", OTHER_RESIDENT = "r2";

    void build() {
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 'city', name: '東雲市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 'd1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (d2:Area {id: 'd2', name: '東部圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (n1:Area {id: 'n1', name: '桜ヶ丘地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d1),
                       (n2:Area {id: 'n2', name: '若葉台地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d2),
                       (:Resident {id: 'r1', name: '山田 花子', pseudonym: '住民-9001', careLevel: 'CARE_2',
                                   livesAlone: true, consentToShare: false})-[:LIVES_IN]->(n1),
                       (:Resident {id: 'r2', name: '川口 正夫', pseudonym: '住民-9002', careLevel: 'CARE_4',
                                   livesAlone: false, consentToShare: true})-[:LIVES_IN]->(n2)""");
        user("t-admin", Role.ADMIN);
        user("t-layer1", Role.LAYER1_COORDINATOR);
        accounts.save("t-layer2", PASSWORD, Set.of(Role.LAYER2_COORDINATOR), Set.of("d1"), false);
        user("t-council", Role.COUNCIL_VIEWER);
        user("t-analyst", Role.ANALYST);
        // Start page counts (issue 13): they come from the gap engine's projection, and this town was written
        // around the application, so no change event told the engine.
        post("/api/gaps/refresh", "t-layer1");
    }

    private void user(String name, Role role) {
        accounts.save(name, PASSWORD, Set.of(role), Set.of(), false);
        accounts.unlock(name);
    }

    HttpResponse<String> get(String path, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String user) {
        return post(path, user, null);
    }

    HttpResponse<String> post(String path, String user, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String user) {
        return get(path, user, PASSWORD);
    }
}
