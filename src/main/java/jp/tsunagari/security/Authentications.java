package jp.tsunagari.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The current authentication, read through the same {@link SecurityContextHolderStrategy} bean the filter chains
 * use (Vaadin's, which also finds it inside {@code UI.access} and push), not the static holder.
 */
@Component
class Authentications {

    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    Authentications(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy;
    }

    SecurityContextHolderStrategy strategy() {
        return strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    Authentication current() {
        Authentication auth = strategy().getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName()) ? auth : null;
    }

    String username() {
        Authentication auth = current();
        return auth == null ? "system" : auth.getName();
    }
}
