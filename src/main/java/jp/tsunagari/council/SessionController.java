package jp.tsunagari.council;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jp.tsunagari.gaps.GapType;
import jp.tsunagari.network.InvalidInputException;
import jp.tsunagari.network.Violation;
import jp.tsunagari.shell.ApiLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/councils}; {@code POST /api/councils/{id}/sessions} ({@code {"title","date","agenda"}}, optional
 * {@code "attendees"}: member names) → {@code {"id"}}; {@code GET /api/sessions/{id}} (with its changes and gap
 * counts); {@code POST /api/sessions/{id}/close}; {@code GET /api/sessions/{id}/minutes.pdf} (once closed). Ids and
 * names as council rules allow: residents as pseudonyms, no care level.
 */
@RestController
class SessionController {

    /** The body of {@code POST /api/councils/{id}/sessions}; the date as ISO text (2026-12-04). */
    record OpenRequest(String title, String date, String agenda, List<String> attendees) {
    }

    private final CouncilSessions sessions;
    private final SessionBroadcaster broadcaster;
    private final ChangeTexts texts;
    private final Minutes minutes;
    private final MessageSource messages;

    SessionController(CouncilSessions sessions, SessionBroadcaster broadcaster, ChangeTexts texts, Minutes minutes,
                      MessageSource messages) {
        this.sessions = sessions;
        this.broadcaster = broadcaster;
        this.texts = texts;
        this.minutes = minutes;
        this.messages = messages;
    }

    @GetMapping("/api/councils")
    List<Map<String, Object>> councils() {
        return sessions.councils().stream().map(c -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", c.id());
            json.put("name", c.name());
            json.put("layer", c.layer());
            json.put("areaIds", c.areaIds());
            json.put("members", c.members());
            json.put("sessions", sessions.sessionsOf(c).stream().map(s -> Map.of("id", s.id(), "title", s.title(),
                    "date", s.date().toString(), "state", s.state().name())).toList());
            return json;
        }).toList();
    }

    @PostMapping("/api/councils/{id}/sessions")
    ResponseEntity<Map<String, String>> open(@PathVariable String id, @RequestBody OpenRequest request,
                                             HttpServletRequest http) {
        return sessions.council(id).map(council -> {
            LocalDate date = parseDate(request.date());
            String sessionId = sessions.open(council, new CouncilSessions.NewSession(request.title(), date,
                    request.agenda(), request.attendees()));
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", sessionId));
        }).orElseGet(() -> notFound(http, "council.api.noCouncil", id));
    }

    @GetMapping("/api/sessions/{id}")
    ResponseEntity<Map<String, Object>> session(@PathVariable String id, HttpServletRequest request) {
        Locale locale = ApiLanguage.of(request);
        return sessions.session(id).map(s -> ResponseEntity.ok(json(s, locale)))
                .orElseGet(() -> notFound(request, "council.api.noSession", id));
    }

    @PostMapping("/api/sessions/{id}/close")
    ResponseEntity<Map<String, Object>> close(@PathVariable String id, HttpServletRequest request) {
        Locale locale = ApiLanguage.of(request);
        return sessions.session(id).map(s -> {
            byte[] snapshot = minutes.snapshot(s.id(), locale);
            sessions.close(s, snapshot);
            return ResponseEntity.ok(json(sessions.session(id).orElseThrow(), locale));
        }).orElseGet(() -> notFound(request, "council.api.noSession", id));
    }

    @GetMapping("/api/sessions/{id}/minutes.pdf")
    ResponseEntity<?> minutes(@PathVariable String id, HttpServletRequest request) {
        Locale locale = ApiLanguage.of(request);
        return sessions.session(id).<ResponseEntity<?>>map(s -> {
            if (s.open()) {
                return ResponseEntity.status(HttpStatus.CONFLICT)
                        .body(Map.of("error", text(request, "council.api.minutesWhenClosed")));
            }
            byte[] pdf = minutes.pdf(s, locale);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"minutes-" + s.id() + ".pdf\"")
                    .body(pdf);
        }).orElseGet(() -> notFound(request, "council.api.noSession", id));
    }

    private Map<String, Object> json(CouncilSession s, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("council", Map.of("id", s.councilId(), "name", s.councilName(), "layer", s.layer()));
        json.put("title", s.title());
        json.put("date", s.date().toString());
        json.put("agenda", s.agenda());
        json.put("attendees", s.attendees());
        json.put("state", s.state().name());
        json.put("openedAt", s.openedAt());
        json.put("openedBy", s.openedBy());
        json.put("closedAt", s.closedAt());
        json.put("areaIds", s.areaIds());
        Map<GapType, Integer> now = s.open() ? broadcaster.counts(s.areaIds()) : s.after();
        Map<String, Object> counts = new LinkedHashMap<>();
        SessionBroadcaster.table(s.before(), now).forEach((type, bn) -> {
            Map<String, Integer> pair = new LinkedHashMap<>();
            pair.put("before", bn[0]);
            pair.put(s.open() ? "now" : "after", bn[1]);
            counts.put(type.name(), pair);
        });
        json.put("gapCounts", counts);
        json.put("changes", texts.describe(sessions.changes(s), locale).stream().map(d -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("seq", d.change().seq());
            c.put("at", d.change().at());
            c.put("by", d.change().username());
            c.put("change", d.change().change());
            c.put("element", d.change().element());
            c.put("description", d.what());
            c.put("opened", d.change().opened().stream().map(g -> g.type().name()).toList());
            c.put("closed", d.change().closed().stream().map(g -> g.type().name()).toList());
            c.put("openedText", d.opened());
            c.put("closedText", d.closed());
            return c;
        }).toList());
        return json;
    }

    /** A message in the answer's language ({@link ApiLanguage}: Japanese unless the client asks for English). */
    private String text(HttpServletRequest request, String key, Object... args) {
        return messages.getMessage(key, args, ApiLanguage.of(request));
    }

    private <T> ResponseEntity<T> notFound(HttpServletRequest request, String key, String id) {
        @SuppressWarnings("unchecked")
        T body = (T) Map.of("error", text(request, key, id));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body);
    }

    private static LocalDate parseDate(String date) {
        if (date == null || date.isBlank()) {
            return null; // reported as required by the service
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(new Violation("date", "council.validation.date", List.of(date))));
        }
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e, HttpServletRequest request) {
        Locale locale = ApiLanguage.of(request);
        boolean state = e.violations().stream().anyMatch(v -> v.field().equals("state"));
        return ResponseEntity.status(state ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST).body(Map.of("violations",
                e.violations().stream().map(v -> Map.of("field", v.field(), "message", v.message(messages, locale)))
                        .toList()));
    }
}
