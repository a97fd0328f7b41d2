package jp.tsunagari.security;

import java.util.Optional;
import java.util.stream.StreamSupport;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the REST API under {@code /api} (session or HTTP Basic, never anonymous: 401) and the Vaadin
 * UI (form login at {@code /login}, or OIDC when a client registration is configured). Both send the same secure
 * headers and end sessions at the absolute limit.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Vaadin needs inline scripts/styles for its bootstrap and a websocket for push; nothing may frame the app. The
     * network diagram's ForceAtlas2 layout runs in a worker started from a blob: URL (graphology's worker helper).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    // 支え合いマップ (issue 17): a configured tile server's origin may serve the map's images; nothing else is added.
    static String contentSecurityPolicy(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return CONTENT_SECURITY_POLICY;
        }
        java.net.URI uri = java.net.URI.create(tileUrl.strip().replace("{", "%7B").replace("}", "%7D"));
        if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("https?")) {
            throw new IllegalStateException("tsunagari.map.tile-url must be an http(s) URL template, was " + tileUrl);
        }
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return CONTENT_SECURITY_POLICY.replace("img-src 'self' data: blob:;", "img-src 'self' data: blob: " + origin + ";");
    }

    @org.springframework.beans.factory.annotation.Value("${tsunagari.map.tile-url:}")
    String tileUrl;

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // bcrypt for new hashes
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication // not in the command-line import (issue 16), which starts no web server
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties, Authentications authentications)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                // Scripts using Basic send no session cookie, so CSRF cannot reach them; browser sessions stay protected.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request -> !"GET".equals(request.getMethod())
                        && !"HEAD".equals(request.getMethod()) && request.getHeader("Authorization") == null))
                .addFilterAfter(new AbsoluteSessionTimeoutFilter(properties.absoluteSessionTimeout(), authentications.strategy()),
                        SecurityContextHolderFilter.class);
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication // not in the command-line import (issue 16), which starts no web server
    SecurityFilterChain uiSecurity(HttpSecurity http, SecurityProperties properties, Authentications authentications,
                                   ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll() // the error page of a refused API call
                // Static code only: the network diagram element, built by frontend/ (no data in it).
                .requestMatchers("/styles/**", "/frontend-build/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class, "/login?logout");
            oidcRegistration(oidc.getIfAvailable()).ifPresent(id -> vaadin.oauth2LoginPage("/oauth2/authorization/" + id));
        });
        http.sessionManagement(session -> session.sessionFixation().changeSessionId());
        http.addFilterAfter(new AbsoluteSessionTimeoutFilter(properties.absoluteSessionTimeout(), authentications.strategy()),
                SecurityContextHolderFilter.class);
        headers(http);
        return http.build();
    }

    private static Optional<String> oidcRegistration(ClientRegistrationRepository repository) {
        if (repository instanceof Iterable<?> registrations) {
            return StreamSupport.stream(registrations.spliterator(), false)
                    .map(r -> ((ClientRegistration) r).getRegistrationId()).findFirst();
        }
        return Optional.empty();
    }

    private void headers(HttpSecurity http) throws Exception {
        String policy = contentSecurityPolicy(tileUrl);
        http.headers(headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
            // Vaadin writes its pages past the response wrapper that adds headers lazily: add them first.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
        });
        // Content-type nosniff and "Cache-Control: no-cache, no-store" are Spring Security's defaults and stay on.
    }

}
