package jp.tsunagari.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends an authenticated session a fixed time after login however active it is — a council projector left on is
 * logged out. (The idle timeout is the servlet session timeout.)
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    static final String AUTHENTICATED_AT = AbsoluteSessionTimeoutFilter.class.getName() + ".authenticatedAt";
    private final Duration limit;
    private final SecurityContextHolderStrategy contexts;

    AbsoluteSessionTimeoutFilter(Duration limit, SecurityContextHolderStrategy contexts) {
        this.limit = limit;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = contexts.getContext().getAuthentication();
        if (session != null && auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
            Object since = session.getAttribute(AUTHENTICATED_AT);
            long now = System.currentTimeMillis();
            if (since == null) {
                session.setAttribute(AUTHENTICATED_AT, now);
            } else if (now - (Long) since > limit.toMillis()) {
                session.invalidate();
                contexts.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
