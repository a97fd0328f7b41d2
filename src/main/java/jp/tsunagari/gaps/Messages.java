package jp.tsunagari.gaps;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Findings carry their text in Japanese and English, from {@code messages*.properties}. */
@Component
class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    String ja(String key, Object... args) {
        return source.getMessage(key, args, Locale.JAPANESE);
    }

    String en(String key, Object... args) {
        return source.getMessage(key, args, Locale.ENGLISH);
    }
}
