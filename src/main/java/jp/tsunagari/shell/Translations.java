package jp.tsunagari.shell;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Vaadin's translations from the application's {@code messages*.properties}; Japanese first, then English. */
@Component
class Translations implements I18NProvider {

    static final Locale JAPANESE = Locale.JAPANESE;
    static final List<Locale> LOCALES = List.of(JAPANESE, Locale.ENGLISH);

    private final MessageSource messages;

    Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, key, locale);
    }
}
