package jp.tsunagari.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Files with each kind of error give exactly the report in their golden file ({@code errors/<name>.expected}:
 * {@code line|column|value|reason}, English) and change nothing in the graph.
 */
@TsunagariTest
@WithMockUser(username = "test-import-layer1", roles = "LAYER1_COORDINATOR")
class ImportErrorsTest {

    @Autowired Importer importer;
    @Autowired Driver driver;
    TestGraph graph;
    ImportFixture files;

    @BeforeEach
    void cleanTown() {
        graph = new TestGraph(driver);
        graph.clear();
        files = new ImportFixture(importer);
        files.importClean();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "organizations, errors/organizations.csv, ''",
            "areas,         errors/areas.csv, ''",
            "supports,      errors/supports.csv, ''",
            "areas,         errors/header.csv, ''",
            "areas,         errors/undecodable.csv, ''",
            "organizations, cp932-organizations.csv, UTF-8",
            "kaigo-opendata, errors/kaigo.csv, ''",
    })
    void aFileWithErrorsGetsItsExactReportAndChangesNothing(String kind, String file, String encoding)
            throws IOException {
        String before = graph.fingerprintOfNetwork();

        ImportReport report = importer.run(new Importer.Request(ImportKind.of(kind).orElseThrow(),
                ImportFixture.bytes(file), Encodings.chosen(encoding), false, "352047", null), Locale.ENGLISH,
                Importer.Progress.NONE);

        assertThat(report.ok()).isFalse();
        assertThat(report.created() + report.updated()).isZero();
        assertThat(graph.fingerprintOfNetwork()).isEqualTo(before);
        String name = file.replace('/', '-').replace(".csv", "") + (encoding.isEmpty() ? "" : "-as-" + encoding);
        assertThat(ImportFixture.errors(report)).isEqualTo(golden(name, ImportFixture.errors(report)));
    }

    /** The golden report; when missing, the actual one is written to target/golden/ to be reviewed and copied. */
    static String golden(String name, String actual) throws IOException {
        try (InputStream in = ImportErrorsTest.class.getResourceAsStream("/importer/expected/" + name + ".txt")) {
            if (in == null) {
                Path out = Path.of("target/golden/" + name + ".txt");
                Files.createDirectories(out.getParent());
                Files.writeString(out, actual + "\n");
                return "(no golden file importer/expected/" + name + ".txt; actual written to " + out + ")";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        }
    }
}
