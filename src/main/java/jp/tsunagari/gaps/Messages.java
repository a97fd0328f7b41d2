package jp.tsunagari.gaps;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Findings carry their text in Japanese and English, from {@code messages*.properties}. */
@Component
class Messages {

    /** A service kind named in a message, rendered in the message's language (見守り / watching over). */
    record ServiceName(String code) {
    }

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    /**
     * A finding whose message is {@code gap.<TYPE>} and whose suggested action is {@code gap.<TYPE>.<action>}, both
     * rendered in Japanese and English.
     */
    Finding finding(GapType type, Severity severity, String area, String subject, List<String> related,
                    Object[] args, String action, Object[] actionArgs, List<String> candidates) {
        String key = "gap." + type.name();
        return new Finding(type, severity, area, subject, related, ja(key, args), en(key, args),
                new Finding.SuggestedAction(ja(key + "." + action, actionArgs), en(key + "." + action, actionArgs),
                        candidates));
    }

    String ja(String key, Object... args) {
        return render(key, args, Locale.JAPANESE);
    }

    String en(String key, Object... args) {
        return render(key, args, Locale.ENGLISH);
    }

    private String render(String key, Object[] args, Locale locale) {
        Object[] localized = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            localized[i] = args[i] instanceof ServiceName s ? source.getMessage("service." + s.code(), null, locale) : args[i];
        }
        return source.getMessage(key, localized, locale);
    }
}
