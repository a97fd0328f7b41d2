package jp.tsunagari.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: Lumo theme, server push for live views, Japanese document language. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/tsunagari.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("つながり Tsunagari");
    }
}
