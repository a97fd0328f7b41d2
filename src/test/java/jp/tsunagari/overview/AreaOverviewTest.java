package jp.tsunagari.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The start page is served. Its counts are checked against the analysts' Cypher in {@code gaps.AreaCountsTest},
 * the role and scope rules over {@code /api/areas} in {@code security.RestAccessMatrixTest}.
 */
@TsunagariTest
class AreaOverviewTest {

    @LocalServerPort int port;

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
