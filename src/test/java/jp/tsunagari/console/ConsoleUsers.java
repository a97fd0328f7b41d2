package jp.tsunagari.console;

import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Runs test code as a user with one role, set where the application reads it (the strategy bean) and statically. */
record ConsoleUsers(ObjectProvider<SecurityContextHolderStrategy> strategies) {

    <T> T as(String username, String role, Supplier<T> action) {
        var strategy = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var before = strategy.getContext().getAuthentication();
        var staticBefore = SecurityContextHolder.getContext().getAuthentication();
        var token = new TestingAuthenticationToken(username, "x", "ROLE_" + role);
        token.setAuthenticated(true);
        try {
            strategy.getContext().setAuthentication(token);
            SecurityContextHolder.getContext().setAuthentication(token);
            return action.get();
        } finally {
            strategy.getContext().setAuthentication(before);
            SecurityContextHolder.getContext().setAuthentication(staticBefore);
        }
    }
}
