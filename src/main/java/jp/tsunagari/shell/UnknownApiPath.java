package jp.tsunagari.shell;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api/…} path no controller answers: 404 with a JSON body, as an API client expects — not the app's HTML
 * page, which Vaadin would otherwise serve for every path it is handed. Spring picks the most specific mapping, so
 * every real endpoint is matched before this one.
 */
@RestController
class UnknownApiPath {

    @RequestMapping("/api/**")
    ResponseEntity<Map<String, Object>> notFound(HttpServletRequest request, Locale locale) {
        String path = request.getRequestURI();
        String message = Locale.JAPANESE.getLanguage().equals(locale.getLanguage())
                ? "API「" + path + "」はありません。README の REST API の一覧をご覧ください。"
                : "There is no API at " + path + "; see the REST API list in the README.";
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 404, "path", path, "message", message));
    }
}
