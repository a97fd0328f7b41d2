package jp.tsunagari.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jp.tsunagari.shell.ApiLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import and export over REST.
 * <ul>
 * <li>{@code POST /api/import?kind=&dryRun=&encoding=&municipality=&area=} (multipart {@code file}): the report.</li>
 * <li>{@code GET /api/import/templates/{kind}?format=csv|xlsx}: an empty file of the layout.</li>
 * <li>{@code GET /api/export?kind=&format=csv|xlsx}: what the user may see, in the layout.</li>
 * <li>{@code GET /api/export/hsds?format=json|csv}: organizations as Open Referral HSDS.</li>
 * </ul>
 */
@RestController
class ImportController {

    private final Importer importer;
    private final Exporter exporter;
    private final Hsds hsds;
    private final MessageSource messages;

    ImportController(Importer importer, Exporter exporter, Hsds hsds, MessageSource messages) {
        this.importer = importer;
        this.exporter = exporter;
        this.hsds = hsds;
        this.messages = messages;
    }

    @PostMapping("/api/import")
    ResponseEntity<ImportReport> importFile(@RequestParam(required = false) String kind,
                                            @RequestParam(defaultValue = "false") boolean dryRun,
                                            @RequestParam(required = false) String encoding,
                                            @RequestParam(required = false) String municipality,
                                            @RequestParam(required = false) String area,
                                            @RequestParam(required = false) MultipartFile file,
                                            HttpServletRequest http) throws IOException {
        Locale locale = ApiLanguage.of(http);
        ImportKind importKind = ImportKind.of(kind).orElse(null);
        if (importKind == null) {
            return badRequest(kind, dryRun, "kind", kind, "import.error.kind", String.join(", ",
                    java.util.Arrays.stream(ImportKind.values()).map(k -> k.slug).toList()), locale);
        }
        Charset charset;
        try {
            charset = Encodings.chosen(encoding);
        } catch (IllegalArgumentException e) {
            return badRequest(kind, dryRun, "encoding", encoding, "import.error.encodingName",
                    String.join(", ", Encodings.CHOICES), locale);
        }
        if (file == null || file.isEmpty()) {
            return badRequest(kind, dryRun, "file", "", "import.error.noFile", "", locale);
        }
        ImportReport report = importer.run(new Importer.Request(importKind, file.getBytes(), charset, dryRun,
                municipality, area), locale, Importer.Progress.NONE);
        return ResponseEntity.ok(report);
    }

    private ResponseEntity<ImportReport> badRequest(String kind, boolean dryRun, String column, String value, String key,
                                                    String arg, Locale locale) {
        String reason = messages.getMessage(key, new Object[] {arg}, key, locale);
        return ResponseEntity.badRequest().body(new ImportReport(false, dryRun, kind == null ? "" : kind, "", 0, 0, 0, 0,
                List.of(new ImportReport.Error(0, column, value == null ? "" : value, reason))));
    }

    @GetMapping("/api/import/templates/{kind}")
    ResponseEntity<byte[]> template(@PathVariable String kind, @RequestParam(defaultValue = "csv") String format) {
        exporter.requireExporter();
        ImportKind k = ImportKind.of(kind).filter(x -> x != ImportKind.KAIGO_OPENDATA).orElse(null);
        if (k == null) {
            return ResponseEntity.notFound().build();
        }
        Exporter.Format f = Exporter.Format.of(format);
        return file(Exporter.template(k, f), "template-" + k.slug + "." + f.extension, f.contentType);
    }

    @GetMapping("/api/export")
    ResponseEntity<?> export(@RequestParam(required = false) String kind,
                             @RequestParam(defaultValue = "csv") String format) {
        exporter.requireExporter();
        ImportKind k = ImportKind.of(kind).filter(x -> x != ImportKind.KAIGO_OPENDATA).orElse(null);
        if (k == null) {
            return ResponseEntity.badRequest().body(Map.of("field", "kind", "message", "unknown kind '" + kind
                    + "'; one of " + ImportKind.layouts().stream().map(x -> x.slug).toList()));
        }
        Exporter.Format f = Exporter.Format.of(format);
        return file(exporter.export(k, f), k.slug + "-" + LocalDate.now() + "." + f.extension, f.contentType);
    }

    @GetMapping("/api/export/hsds")
    ResponseEntity<?> hsds(@RequestParam(defaultValue = "json") String format) {
        if (format.equalsIgnoreCase("csv")) {
            return file(hsds.csvZip(), "hsds-" + LocalDate.now() + ".zip", "application/zip");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(hsds.json());
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(contentType)).body(bytes);
    }

    /** The client's language when it sends one (Accept-Language), else Japanese like the UI. */

}
