package jp.tsunagari.shell;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * The language of a REST answer's messages: Japanese, the app's language, unless the client's {@code Accept-Language}
 * asks for English (a request without the header gets Japanese, whatever the server's own locale).
 */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Locale of(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Locale.JAPANESE;
        }
        return request.getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.JAPANESE;
    }
}
