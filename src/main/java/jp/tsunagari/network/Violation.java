package jp.tsunagari.network;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.context.MessageSource;

/**
 * One thing wrong with an input: the field it is in, a message key of {@code messages*.properties} and its
 * arguments, so each user reads it in their language.
 */
public record Violation(String field, String messageKey, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    /** The message in the given locale, e.g. 「residentId: 住民 R-9 は存在しません」. */
    public String message(MessageSource messages, Locale locale) {
        return field + ": " + messages.getMessage(messageKey, args.toArray(), messageKey, locale);
    }

    /** English text for logs and API clients that send no language. */
    @Override
    public String toString() {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.containsKey(messageKey) ? bundle.getString(messageKey) : messageKey;
        return field + ": " + new java.text.MessageFormat(pattern, Locale.ROOT).format(args.toArray());
    }
}
