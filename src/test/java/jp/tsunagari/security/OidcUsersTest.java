package jp.tsunagari.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Someone the identity provider vouches for gets the roles their Tsunagari user has — or no entry at all. */
@TsunagariTest
class OidcUsersTest {

    @Autowired OidcUsers oidc;
    @Autowired UserAccounts accounts;
    @Autowired Driver driver;

    @Test
    void knownUserGetsTheirTsunagariRoles() {
        new TestGraph(driver).run("MERGE (:Area {id: 'd1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})");
        accounts.save("sato.k", "a long enough passphrase", Set.of(Role.LAYER2_COORDINATOR), Set.of("d1"), false);
        OidcUser user = oidc.withTsunagariRoles(fromProvider("sato.k"));
        assertThat(user.getName()).isEqualTo("sato.k");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_LAYER2_COORDINATOR");
    }

    @Test
    void unknownUserIsTurnedAway() {
        assertThatThrownBy(() -> oidc.withTsunagariRoles(fromProvider("stranger")))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static OidcUser fromProvider(String username) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "abc-123", "preferred_username", username));
        return new DefaultOidcUser(List.of(), token, "sub");
    }
}
