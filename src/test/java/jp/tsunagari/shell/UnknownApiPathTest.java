package jp.tsunagari.shell;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An API client asking for a path that does not exist gets 404 and JSON, never the app's HTML page. */
@TsunagariTest
class UnknownApiPathTest {

    static final String USER = "unknown-api-layer1", PASSWORD = "correct horse battery staple";

    @Autowired Driver driver;
    @Autowired PasswordEncoder passwords;
    @LocalServerPort int port;

    @BeforeEach
    void user() {
        new TestGraph(driver).user(USER, passwords.encode(PASSWORD), "LAYER1_COORDINATOR");
    }

    @Test
    void anUnknownApiPathIs404JsonNamingThePathInTheClientsLanguage() throws Exception {
        HttpResponse<String> ja = get("/api/no-such-thing/42", "ja");
        assertThat(ja.statusCode()).isEqualTo(404);
        assertThat(ja.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(ja.body()).contains("\"path\":\"/api/no-such-thing/42\"").contains("ありません").doesNotContain("<html");

        assertThat(get("/api/no-such-thing/42", "en").body()).contains("There is no API at /api/no-such-thing/42");
        assertThat(get("/api/no-such-thing/42", null).body()).contains("ありません"); // no header: the app's language
    }

    @Test
    void realEndpointsStillAnswer() throws Exception {
        HttpResponse<String> areas = get("/api/areas", "en");
        assertThat(areas.statusCode()).isEqualTo(200);
        assertThat(areas.body()).startsWith("[");
    }

    @Test
    void anUnknownApiPathStillAsksForCredentialsFirst() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/no-such-thing")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
