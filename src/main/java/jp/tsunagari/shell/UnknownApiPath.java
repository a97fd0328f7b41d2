package jp.tsunagari.shell;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
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

    private final MessageSource messages;

    UnknownApiPath(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/api/**")
    ResponseEntity<Map<String, Object>> notFound(HttpServletRequest request) {
        String path = request.getRequestURI();
        String message = messages.getMessage("api.notFound", new Object[] {path}, ApiLanguage.of(request));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 404, "path", path, "message", message));
    }
}
