package jp.tsunagari.council;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import jp.tsunagari.TestGraph;
import jp.tsunagari.network.NetworkChanged;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A town of two daily-life areas (c-d1, c-d2), one resident each depending on one neighbour (a SINGLE_SUPPORTER gap
 * each), a care provider in c-d1, a layer-1 council for the city and a layer-2 council per area (c-cnc-d1 with the
 * neighbour and the provider sitting on it), and one user per role; the layer-2 coordinator works in c-d1. Requests
 * go over real HTTP with Basic authentication.
 */
record CouncilTown(TestGraph graph, PasswordEncoder passwords, ApplicationContext context, int port) {

    static final String PASSWORD = "correct horse battery staple";
    static final String LAYER1 = "c-layer1", LAYER2 = "c-layer2", COUNCIL = "c-council", ANALYST = "c-analyst",
            ADMIN = "c-admin";

    void build() {
        graph.clear();
        graph.run("MATCH (n) WHERE n:CouncilSession OR n:SessionChange DETACH DELETE n");
        graph.run("""
                CREATE (city:Area {id: 'c-city', name: '東雲市', level: 'MUNICIPALITY'}),
                       (d1:Area {id: 'c-d1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (d2:Area {id: 'c-d2', name: '東部圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (n1:Area {id: 'c-n1', name: '桜ヶ丘地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d1),
                       (n2:Area {id: 'c-n2', name: '若葉台地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d2),
                       (r1:Resident {id: 'c-r1', name: '山田 花子', pseudonym: '住民-9501', careLevel: 'CARE_3',
                                     livesAlone: true, consentToShare: false})-[:LIVES_IN]->(n1),
                       (r2:Resident {id: 'c-r2', name: '川口 正夫', pseudonym: '住民-9502', careLevel: 'CARE_4',
                                     livesAlone: true, consentToShare: false})-[:LIVES_IN]->(n2),
                       (p1:Person {id: 'c-p1', name: '佐藤 一郎', role: 'NEIGHBOR'}),
                       (p2:Person {id: 'c-p2', name: '田中 次郎', role: 'NEIGHBOR'}),
                       (care:Organization {id: 'c-care', name: 'さくら訪問介護', type: 'CARE_PROVIDER', active: true})
                         -[:SERVES]->(d1),
                       (p1)-[:SUPPORTS {service: 'WATCHING', since: date('2025-06-01')}]->(r1),
                       (p2)-[:SUPPORTS {service: 'WATCHING', since: date('2025-06-01')}]->(r2),
                       (c1:Council {id: 'c-cnc1', name: '東雲市 第1層協議体', layer: 1})-[:COVERS]->(city),
                       (cd1:Council {id: 'c-cnc-d1', name: '中央圏域 第2層協議体', layer: 2})-[:COVERS]->(d1),
                       (cd2:Council {id: 'c-cnc-d2', name: '東部圏域 第2層協議体', layer: 2})-[:COVERS]->(d2),
                       (p1)-[:SITS_ON {since: date('2020-04-01')}]->(cd1),
                       (care)-[:SITS_ON {since: date('2020-04-01')}]->(cd1)""");
        String hash = passwords.encode(PASSWORD);
        graph.user(LAYER1, hash, "LAYER1_COORDINATOR");
        graph.user(LAYER2, hash, "LAYER2_COORDINATOR");
        graph.run("MATCH (u:User {username: $u}), (a:Area {id: 'c-d1'}) MERGE (u)-[:SCOPED_TO]->(a)", "u", LAYER2);
        graph.user(COUNCIL, hash, "COUNCIL_VIEWER");
        graph.user(ANALYST, hash, "ANALYST");
        graph.user(ADMIN, hash, "ADMIN");
        // Written behind the app's back: the gap engine reloads.
        context.publishEvent(new NetworkChanged.BulkLoaded("test"));
    }

    HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path, String user) {
        return send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a session over REST and returns its id. */
    String open(String councilId, String user, String title) {
        var response = post("/api/councils/" + councilId + "/sessions", user,
                "{\"title\":\"" + title + "\",\"date\":\"2026-12-04\",\"agenda\":\"買い物支援のつなぎ先\"}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    /** Runs {@code work} in-process as a user with one role (the application reads it through the strategy bean). */
    <T> T as(String username, String role, ObjectProvider<SecurityContextHolderStrategy> strategies, Supplier<T> work) {
        var strategy = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var before = strategy.getContext().getAuthentication();
        var staticBefore = SecurityContextHolder.getContext().getAuthentication();
        var auth = new TestingAuthenticationToken(username, "x", "ROLE_" + role);
        try {
            strategy.getContext().setAuthentication(auth);
            SecurityContextHolder.getContext().setAuthentication(auth);
            return work.get();
        } finally {
            strategy.getContext().setAuthentication(before);
            SecurityContextHolder.getContext().setAuthentication(staticBefore);
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "ja");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HttpClient.newHttpClient().send(request, handler);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
