package jp.tsunagari.shell;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in Japanese, whatever the browser says, unless the user switched to English in this session:
 * the product's users are Japanese municipalities, and a council projector must not change language by accident.
 */
@Component
class LanguageSelection implements VaadinServiceInitListener {

    static final String SESSION_KEY = LanguageSelection.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(current(ui.getUI().getSession())));
    }

    static Locale current(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : Translations.JAPANESE;
    }

    static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_KEY, locale);
    }
}
