package jp.tsunagari.security;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins into lock-outs, resets them on success, and records every login and logout. */
@Component
class LoginEvents {

    private static final Logger log = LoggerFactory.getLogger(LoginEvents.class);
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final SecurityProperties properties;

    LoginEvents(UserAccounts accounts, AuditTrail audit, SecurityProperties properties) {
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
    }

    @EventListener
    void success(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.successfulLogin(username);
        audit.record(username, AuditAction.LOGIN, List.of("user:" + username), null);
    }

    @EventListener
    void failure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        String reason = event.getException().getClass().getSimpleName();
        audit.record(username, AuditAction.LOGIN_FAILED, List.of("user:" + username), reason);
        if (event instanceof AuthenticationFailureBadCredentialsEvent
                && accounts.failedLogin(username, properties.maxFailedLogins(),
                Instant.now().plus(properties.lockDuration()))) {
            log.warn("Account {} locked after {} failed logins", username, properties.maxFailedLogins());
            audit.record(username, AuditAction.ACCOUNT_LOCKED, List.of("user:" + username), null);
        }
    }

    @EventListener
    void logout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.record(username, AuditAction.LOGOUT, List.of("user:" + username), null);
    }
}
