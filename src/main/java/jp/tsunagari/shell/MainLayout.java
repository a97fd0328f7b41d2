package jp.tsunagari.shell;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jp.tsunagari.security.Role;

/**
 * The frame around every page: title, the navigation the user's roles allow, the language switch (日本語 / English),
 * who is signed in and the logout button.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth) {
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("tsunagari-title");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("tsunagari-subtitle");

        Select<Locale> language = new Select<>();
        language.setAriaLabel(getTranslation("language.label"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(locale -> locale.getLanguage().equals("ja") ? "日本語" : "English");
        language.setValue(Translations.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst().orElse(Translations.JAPANESE));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                LanguageSelection.choose(VaadinSession.getCurrent(), event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        language.setId("language");

        Span user = new Span(auth.getPrincipalName().orElse(""));
        user.setId("signed-in-user");
        Button logout = new Button(getTranslation("nav.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, subtitle, language, user, logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(subtitle);
        header.addClassName("tsunagari-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        if (auth.hasAnyRole(Role.LAYER1, Role.LAYER2, Role.COUNCIL, Role.ANALYST_ROLE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.areas"), ""));
        }
        if (auth.hasAnyRole(Role.LAYER1, Role.LAYER2)) {
            nav.addItem(new SideNavItem(getTranslation("nav.diagram"), "diagram"));
        }
        if (auth.hasAnyRole(Role.LAYER1, Role.LAYER2, Role.COUNCIL)) {
            nav.addItem(new SideNavItem(getTranslation("nav.networkImage"), "network-image"));
        }
        if (auth.hasAnyRole(Role.LAYER1, Role.LAYER2)) {
            nav.addItem(new SideNavItem(getTranslation("nav.providerNetworks"), "provider-networks"));
            nav.addItem(new SideNavItem(getTranslation("nav.associations"), "associations"));
        }
        // Import and export (issue 16, module importer)
        if (auth.hasAnyRole(Role.LAYER1, Role.ADMIN_ROLE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.import"), "import"));
        }
        // 支え合いマップ and trends (issue 17)
        if (auth.hasAnyRole(Role.LAYER1, Role.LAYER2, Role.COUNCIL, Role.ANALYST_ROLE, Role.ADMIN_ROLE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.map"), "map"));
        }
        if (auth.hasAnyRole(Role.LAYER1, Role.LAYER2, Role.COUNCIL)) {
            nav.addItem(new SideNavItem(getTranslation("nav.trends"), "trends"));
        }
        // Analyst console (issue 15)
        if (auth.hasAnyRole(Role.ANALYST_ROLE, Role.LAYER1, Role.LAYER2)) {
            nav.addItem(new SideNavItem(getTranslation("nav.console"), "console"));
        }
        // Council sessions (issue 14)
        if (auth.hasAnyRole(Role.LAYER1, Role.LAYER2, Role.COUNCIL)) {
            nav.addItem(new SideNavItem(getTranslation("nav.council"), "council"));
        }
        if (auth.hasRole(Role.ADMIN_ROLE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), "admin/users"));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), "admin/audit"));
        }
        addToDrawer(nav);
    }
}
