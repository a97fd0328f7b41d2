package jp.tsunagari.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar tsunagari.jar import --kind=organizations --file=orgs.csv [--dry-run] [--encoding=auto|UTF-8|CP932]
 * [--municipality=352047] [--area=…] [--lang=ja|en]}: imports one file into the configured database (the embedded
 * one under {@code tsunagari.data-dir}, which the running app must not hold open, or {@code NEO4J_URI}), prints the
 * report as JSON and ends with exit code 0 (imported or checked), 1 (the file has errors; nothing written) or 2
 * (wrong arguments). It runs as the operating-system user, audited as {@code cli:<user>} with a layer-1
 * coordinator's rights: whoever can run the jar on the database's machine can read the database anyway.
 */
@Component
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    /** The first argument that switches the application into this command (see TsunagariApplication). */
    static final String COMMAND = "import";

    private final Importer importer;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;
    private final JsonMapper json;
    private int exitCode;

    ImportCommand(Importer importer, ObjectProvider<SecurityContextHolderStrategy> strategy, JsonMapper json) {
        this.importer = importer;
        this.strategy = strategy;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().isEmpty() || !args.getNonOptionArgs().getFirst().equals(COMMAND)) {
            return;
        }
        exitCode = run(args, System.out, System.err);
    }

    int run(ApplicationArguments args, PrintStream out, PrintStream err) {
        String kindName = option(args, "kind");
        String file = option(args, "file");
        ImportKind kind = ImportKind.of(kindName).orElse(null);
        if (kind == null || file == null) {
            err.println("usage: java -jar tsunagari.jar import --kind=<" + String.join("|",
                    java.util.Arrays.stream(ImportKind.values()).map(k -> k.slug).toList())
                    + "> --file=<path> [--dry-run] [--encoding=auto|UTF-8|CP932] [--municipality=<6-digit code>]"
                    + " [--area=<area id>] [--lang=ja|en]");
            return 2;
        }
        Charset charset;
        byte[] bytes;
        try {
            charset = Encodings.chosen(option(args, "encoding"));
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IllegalArgumentException e) {
            err.println("unknown encoding '" + option(args, "encoding") + "'; one of " + Encodings.CHOICES);
            return 2;
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        boolean dryRun = args.containsOption("dry-run") && !"false".equals(option(args, "dry-run"));
        Locale locale = "en".equals(option(args, "lang")) ? Locale.ENGLISH : Locale.JAPANESE;
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "cli:" + System.getProperty("user.name", "unknown"), null,
                List.of(new SimpleGrantedAuthority("ROLE_LAYER1_COORDINATOR"))));
        holder.setContext(context);
        try {
            ImportReport report = importer.run(new Importer.Request(kind, bytes, charset, dryRun,
                    option(args, "municipality"), option(args, "area")), locale, Importer.Progress.NONE);
            PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
            utf8.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return report.ok() ? 0 : 1;
        } finally {
            holder.clearContext();
        }
    }

    private static String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
