package jp.tsunagari.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Login over HTTP: the session id changes, failures lock the account, and sessions end at the absolute limit. */
@TsunagariTest
class LoginAndSessionTest {

    @Autowired UserAccounts accounts;
    @Autowired AuditTrail audit;
    @Autowired SecurityProperties properties;
    @Autowired Driver driver;
    @LocalServerPort int port;
    SecuredTown town;

    @BeforeEach
    void town() {
        town = new SecuredTown(new TestGraph(driver), accounts, port);
        town.build();
    }

    @Test
    void sessionIdChangesAtLogin() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.discarding());
        String before = sessionId(cookies);

        HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=t-layer1&password="
                        + java.net.URLEncoder.encode(SecuredTown.PASSWORD, java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding());

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(sessionId(cookies)).isNotNull().isNotEqualTo(before);
        assertThat(browser.send(HttpRequest.newBuilder(url("/api/areas")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
        for (int i = 0; i < properties.maxFailedLogins(); i++) {
            assertThat(town.get("/api/areas", "t-layer1", "wrong password " + i).statusCode()).isEqualTo(401);
        }
        assertThat(town.get("/api/areas", "t-layer1").statusCode()).as("locked, even with the right password")
                .isEqualTo(401);
        assertThat(audit.search("t-layer1", AuditAction.ACCOUNT_LOCKED, null, null, null, 10)).hasSize(1);

        accounts.unlock("t-layer1");
        assertThat(town.get("/api/areas", "t-layer1").statusCode()).isEqualTo(200);
    }

    @Test
    void failedAndSuccessfulLoginsAreAudited() {
        town.get("/api/areas", "t-analyst", "wrong password");
        town.get("/api/areas", "t-analyst");
        List<AuditAction> actions = audit.search("t-analyst", null, null, null, null, 5).stream()
                .map(AuditEntry::action).toList();
        assertThat(actions).contains(AuditAction.LOGIN_FAILED, AuditAction.LOGIN);
    }

    @Test
    void sessionEndsAtTheAbsoluteLimitHoweverActive() throws Exception {
        MockHttpSession session = requestInSessionAuthenticated(Duration.ofHours(12).plusMinutes(1));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void sessionWithinTheLimitContinues() throws Exception {
        MockHttpSession session = requestInSessionAuthenticated(Duration.ofHours(11));
        assertThat(session.isInvalid()).isFalse();
    }

    /** Passes one request through the filter (12 h limit) in a session whose user logged in {@code ago}. */
    private static MockHttpSession requestInSessionAuthenticated(Duration ago) throws Exception {
        var contexts = SecurityContextHolder.getContextHolderStrategy();
        var filter = new AbsoluteSessionTimeoutFilter(Duration.ofHours(12), contexts);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(AbsoluteSessionTimeoutFilter.AUTHENTICATED_AT, System.currentTimeMillis() - ago.toMillis());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        contexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "t-council", null, List.of(new SimpleGrantedAuthority("ROLE_COUNCIL_VIEWER"))));
        try {
            filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            return session;
        } finally {
            contexts.clearContext();
        }
    }

    @Test
    void everyResponseCarriesTheSecureHeaders() {
        for (var response : List.of(town.get("/login", null, null), town.get("/api/areas", "t-layer1"),
                town.get("/api/areas", null, null))) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
            assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }
}
