package jp.tsunagari.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every route declares who may open it; only the login page is open to anonymous visitors. */
class RouteAccessAnnotationsTest {

    @Test
    void everyRouteCarriesAnExplicitAccessAnnotation() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> routes = new java.util.ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("jp.tsunagari")) {
            routes.add(Class.forName(candidate.getBeanClassName()));
        }
        assertThat(routes).hasSizeGreaterThanOrEqualTo(5);
        assertThat(routes).allSatisfy(route -> assertThat(route.isAnnotationPresent(RolesAllowed.class)
                || route.isAnnotationPresent(PermitAll.class) || route.isAnnotationPresent(AnonymousAllowed.class)
                || route.isAnnotationPresent(DenyAll.class)).as(route.getName()).isTrue());
        // Analyst console (issue 15): analysts and coordinators, not councils or administrators.
        assertThat(routes).contains(jp.tsunagari.console.ConsoleView.class);
        assertThat(jp.tsunagari.console.ConsoleView.class.getAnnotation(RolesAllowed.class).value())
                .containsExactlyInAnyOrder(Role.ANALYST_ROLE, Role.LAYER1, Role.LAYER2);
        assertThat(routes.stream().filter(r -> r.isAnnotationPresent(AnonymousAllowed.class)))
                .containsExactly(LoginView.class);
    }
}
