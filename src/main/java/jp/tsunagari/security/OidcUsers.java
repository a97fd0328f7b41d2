package jp.tsunagari.security;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Login through the municipality's identity provider (OIDC, when a {@code spring.security.oauth2.client.registration}
 * is configured): the provider proves who someone is; Tsunagari's own user list says what they may do. The claim
 * {@code tsunagari.security.oidc-username-claim} (default {@code preferred_username}) must name an enabled user here.
 */
@Component
class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final UserAccounts accounts;
    private final String usernameClaim;

    OidcUsers(UserAccounts accounts, @Value("${tsunagari.security.oidc-username-claim:preferred_username}") String claim) {
        this.accounts = accounts;
        this.usernameClaim = claim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return withTsunagariRoles(provider.loadUser(request));
    }

    OidcUser withTsunagariRoles(OidcUser authenticated) {
        String username = authenticated.getClaimAsString(usernameClaim);
        UserAccount account = username == null ? null : accounts.find(username).filter(UserAccount::enabled).orElse(null);
        if (account == null || account.roles().isEmpty()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                    "not a Tsunagari user: ask your administrator to add '" + username + "'", null));
        }
        List<SimpleGrantedAuthority> roles = account.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        return new DefaultOidcUser(roles, authenticated.getIdToken(), authenticated.getUserInfo(), usernameClaim);
    }
}
