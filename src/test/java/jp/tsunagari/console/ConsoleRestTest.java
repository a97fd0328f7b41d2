package jp.tsunagari.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code POST /api/query} over real HTTP: the default row cap, refusals as 400 with a message in the caller's
 * language, 403 for roles without the console, and at most two queries at once per user — a third gets 429 — while the application keeps answering
 * others.
 */
@TsunagariTest
class ConsoleRestTest {

    static final String PASSWORD = "correct horse battery staple";
    static final String RUNAWAY = """
            MATCH (a:ServiceKind), (b:ServiceKind), (c:ServiceKind), (d:ServiceKind), (e:ServiceKind), (f:ServiceKind),
                  (g:ServiceKind), (h:ServiceKind)
            WHERE a.code + b.code + c.code + d.code + e.code + f.code + g.code + h.code = 'none'
            RETURN count(*)""";

    @Autowired Driver driver;
    @Autowired PasswordEncoder passwords;
    @LocalServerPort int port;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void users() {
        TestGraph graph = new TestGraph(driver);
        graph.user("t-rest-analyst", passwords.encode(PASSWORD), "ANALYST");
        graph.user("t-rest-other", passwords.encode(PASSWORD), "ANALYST");
        graph.user("t-rest-council", passwords.encode(PASSWORD), "COUNCIL_VIEWER");
        graph.user("t-rest-admin", passwords.encode(PASSWORD), "ADMIN");
    }

    private HttpRequest request(String user, String cypher, String language) {
        String body = "{\"cypher\": " + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(cypher)
                + ", \"params\": {}}";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/query"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return b.build();
    }

    private HttpResponse<String> post(String user, String cypher, String language) {
        try {
            return http.send(request(user, cypher, language), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void resultsAreCappedAtTenThousandRowsAndSayTheyWereCut() {
        var capped = post("t-rest-analyst", "UNWIND range(1, 10001) AS x RETURN x", null);
        assertThat(capped.statusCode()).isEqualTo(200);
        assertThat(capped.body()).startsWith("{\"columns\":[\"x\"],\"rows\":[[1],[2],").contains("[10000]]")
                .doesNotContain("[10001]").contains("\"truncated\":true").contains("\"ms\":");

        var whole = post("t-rest-analyst", "UNWIND range(1, 10000) AS x RETURN x", null);
        assertThat(whole.body()).contains("[10000]]").contains("\"truncated\":false");
    }

    @Test
    void refusalsAre400WithAMessageInTheCallersLanguage() {
        var english = post("t-rest-analyst", "CREATE (:Resident {id: 'evil'})", "en-US,en;q=0.9");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("\"reason\":\"WRITE\"").contains("read-only");

        var japanese = post("t-rest-analyst", "CREATE (:Resident {id: 'evil'})", "ja");
        assertThat(japanese.body()).contains("読み取り専用");
        assertThat(post("t-rest-analyst", "MATCH (n) SET n.x = 1", null).body()).as("Japanese by default").contains("読み取り専用");

        var csv = post("t-rest-analyst", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "en");
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(csv.body()).contains("\"reason\":\"LOAD_CSV\"").contains("LOAD CSV is refused");
        assertThat(new TestGraph(driver).count("MATCH (r:Resident {id: 'evil'}) RETURN count(r)")).isZero();
    }

    @Test
    void rolesWithoutTheConsoleGet403AndNoAnswer() {
        for (String user : List.of("t-rest-council", "t-rest-admin")) {
            var refused = post(user, "MATCH (r:Resident) RETURN r.careLevel AS level, count(r) AS n", "en");
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.body()).as(user).doesNotContain("\"rows\"");
        }
        assertThat(post("t-rest-analyst", "RETURN 1 AS one", "en").statusCode()).as("an analyst may").isEqualTo(200);
    }

    @Test
    void aThirdConcurrentQueryIsRefusedWhileOthersStillGetAnswers() throws Exception {
        CompletableFuture<HttpResponse<String>> first = http.sendAsync(request("t-rest-analyst", RUNAWAY, "en"),
                HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> second = http.sendAsync(request("t-rest-analyst", RUNAWAY, "en"),
                HttpResponse.BodyHandlers.ofString());
        try {
            awaitRunning(2);

            var third = post("t-rest-analyst", "RETURN 1 AS one", "en");
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.body()).contains("\"reason\":\"BUSY\"").contains("At most 2 console queries");

            assertThat(first).as("the runaways are still running").isNotDone();
            var other = post("t-rest-other", "MATCH (k:ServiceKind) RETURN count(k) AS kinds", "en");
            assertThat(other.statusCode()).as("another analyst is answered meanwhile").isEqualTo(200);
            assertThat(other.body()).contains("\"rows\":[[" + new TestGraph(driver).count("MATCH (k:ServiceKind) RETURN count(k)") + "]]");
        } finally {
            terminateConsoleTransactions();
        }
        assertThat(first.get().statusCode()).isEqualTo(400);
        assertThat(second.get().statusCode()).isEqualTo(400);
        assertThat(post("t-rest-analyst", "RETURN 1 AS one", "en").statusCode()).as("free again").isEqualTo(200);
    }

    private void awaitRunning(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (runningConsoleTransactions().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the console queries never started");
            }
            Thread.sleep(50); // polling for a condition, not a fixed wait
        }
    }

    private List<String> runningConsoleTransactions() {
        return driver.executableQuery("""
                SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app = 'tsunagari-console'
                RETURN transactionId""").execute().records().stream().map(r -> r.get(0).asString()).toList();
    }

    private void terminateConsoleTransactions() {
        List<String> ids = runningConsoleTransactions();
        if (!ids.isEmpty()) {
            driver.executableQuery("TERMINATE TRANSACTIONS $ids").withParameters(java.util.Map.of("ids", ids)).execute();
        }
    }
}
