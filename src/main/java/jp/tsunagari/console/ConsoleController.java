package jp.tsunagari.console;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jp.tsunagari.shell.ApiLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/query} with {@code {"cypher": "...", "params": {...}}} → {@code {"columns", "rows", "truncated",
 * "ms"}} (plus {@code suppressedBelow}/{@code suppressedColumns} when counts were suppressed). A refused or failed
 * query → 400 {@code {"reason", "message"}} in the language of {@code Accept-Language} (Japanese without one); too
 * many at once → 429; roles without console access → 403.
 */
@RestController
class ConsoleController {

    record QueryRequest(String cypher, Map<String, Object> params) {
    }

    private final ConsoleService console;
    private final MessageSource messages;

    ConsoleController(ConsoleService console, MessageSource messages) {
        this.console = console;
        this.messages = messages;
    }

    @PostMapping("/api/query")
    ConsoleResult query(@RequestBody QueryRequest request) {
        return console.run(request.cypher(), request.params());
    }

    @ExceptionHandler(ConsoleRefusal.class)
    ResponseEntity<Map<String, String>> refused(ConsoleRefusal refusal, HttpServletRequest request) {
        Locale locale = ApiLanguage.of(request);
        HttpStatus status = refusal.reason() == ConsoleRefusal.Reason.BUSY ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(Map.of("reason", refusal.reason().name(),
                "message", refusal.message(messages, locale)));
    }
}
