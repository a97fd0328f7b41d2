package jp.tsunagari.importer;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jp.tsunagari.shell.ApiLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the limit is refused before it reaches the importer (the servlet container stops reading it); the
 * client gets the import report's shape with a clear reason and 413.
 */
@RestControllerAdvice
class UploadLimits {

    private final MessageSource messages;
    private final ImportProperties properties;

    UploadLimits(MessageSource messages, ImportProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ImportReport> tooLarge(HttpServletRequest request) {
        Locale locale = ApiLanguage.of(request);
        String reason = messages.getMessage("import.error.tooLarge",
                new Object[] {properties.maxFileSize().toMegabytes()}, locale);
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new ImportReport(false, false,
                String.valueOf(request.getParameter("kind")), "", 0, 0, 0, 0,
                List.of(new ImportReport.Error(0, "file", "", reason))));
    }
}
