package jp.tsunagari.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the golden files under src/test/resources/importer/ and runs imports of them. */
record ImportFixture(Importer importer) {

    /** The clean files, in an order in which each one's references are already there. */
    static final List<ImportKind> ORDER = List.of(ImportKind.AREAS, ImportKind.ORGANIZATIONS, ImportKind.PEOPLE,
            ImportKind.RESIDENTS, ImportKind.SUPPORTS, ImportKind.INDIVIDUAL_NETWORKS,
            ImportKind.INDIVIDUAL_NETWORK_MEMBERS, ImportKind.PROVIDER_NETWORKS, ImportKind.PROVIDER_NETWORK_MEMBERS,
            ImportKind.REFERRALS, ImportKind.COUNCILS, ImportKind.COUNCIL_MEMBERS);

    static byte[] bytes(String resource) {
        try (InputStream in = ImportFixture.class.getResourceAsStream("/importer/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource importer/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportReport run(ImportKind kind, byte[] bytes, boolean dryRun) {
        return importer.run(new Importer.Request(kind, bytes, null, dryRun, null, null), Locale.ENGLISH,
                Importer.Progress.NONE);
    }

    ImportReport run(ImportKind kind, String resource) {
        return run(kind, bytes(resource), false);
    }

    /** Imports every clean file; returns the reports in order. */
    List<ImportReport> importClean() {
        return ORDER.stream().map(k -> run(k, "clean/" + k.slug + ".csv")).toList();
    }

    /** A report's errors one a line, {@code line|column|value|reason}, as the golden files hold them. */
    static String errors(ImportReport report) {
        return report.errors().stream().map(e -> e.line() + "|" + e.column() + "|" + e.value() + "|" + e.reason())
                .collect(Collectors.joining("\n"));
    }
}
