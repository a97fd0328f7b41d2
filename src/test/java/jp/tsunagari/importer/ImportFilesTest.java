package jp.tsunagari.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Files as municipalities have them: CP932, formula-like names, the national open data; HSDS out. */
@TsunagariTest
@WithMockUser(username = "test-import-layer1", roles = "LAYER1_COORDINATOR")
class ImportFilesTest {

    @Autowired Importer importer;
    @Autowired Exporter exporter;
    @Autowired Hsds hsds;
    @Autowired Driver driver;
    TestGraph graph;
    ImportFixture files;

    @BeforeEach
    void areas() {
        graph = new TestGraph(driver);
        graph.clear();
        files = new ImportFixture(importer);
        assertThat(files.run(ImportKind.AREAS, "clean/areas.csv").ok()).isTrue();
    }

    @Test
    void cp932FileKeepsWaveDashMinusCircledDigitsAndNecSpecialCharacters() {
        ImportReport report = files.run(ImportKind.ORGANIZATIONS, "cp932-organizations.csv");

        assertThat(report.ok()).as(ImportFixture.errors(report)).isTrue();
        assertThat(report.encoding()).isEqualTo("windows-31j");
        assertThat(name("sj-1")).isEqualTo("㈱ケアサービス～東雲－第①事業所");
        assertThat(name("sj-2")).isEqualTo("髙橋医院 ≒≡∫∮∑√⊥∠∟⊿∵∩∪ Ⅰ㍉㌔㈲№℡");
        assertThat(name("sj-3")).isEqualTo("ⅰⅱ纊褜鍈銈 ∥￢￤");
        assertThat(graph.single("MATCH (o:Organization {id: 'sj-1'}) RETURN o.address AS a", Map.of()).get("a").asString())
                .isEqualTo("東雲市中央１－２－３");
    }

    @Test
    void theSameCp932FileChosenAsCp932ReadsTheSame() {
        ImportReport report = importer.run(new Importer.Request(ImportKind.ORGANIZATIONS,
                ImportFixture.bytes("cp932-organizations.csv"), Encodings.chosen("Shift_JIS"), false, null, null),
                Locale.JAPANESE, Importer.Progress.NONE);

        assertThat(report.ok()).isTrue();
        assertThat(name("sj-1")).isEqualTo("㈱ケアサービス～東雲－第①事業所");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstHeader() {
        TableReader.Table table = TableReader.read(ImportFixture.bytes("clean/areas.csv"), null, 10);

        assertThat(table.header().getFirst()).isEqualTo("区域ID");
        assertThat(table.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void rowsBeyondTheCapAreAnErrorOfTheFile() {
        TableReader.Table table = TableReader.read(ImportFixture.bytes("clean/areas.csv"), null, 3);

        assertThat(table.rows()).hasSize(3);
        assertThat(table.problems()).extracting(Problem::key).containsExactly("import.error.tooManyRows");
    }

    @Test
    void formulaLikeNamesAreNeutralisedInCsvAndReadBackUnchanged() {
        assertThat(files.run(ImportKind.ORGANIZATIONS, "formulas.csv").ok()).isTrue();
        byte[] exported = exporter.export(ImportKind.ORGANIZATIONS, Exporter.Format.CSV);
        String csv = new String(exported, StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\"").contains("'@SUM(A1:A9)")
                .contains("'-2+3").contains("'+81-838-00-0000").contains("'-1 番地").contains("'普通の名前");
        assertThat(csv.lines().filter(l -> l.startsWith("f-") || l.startsWith("\"f-")).toList())
                .noneMatch(l -> l.matches(".*,[=+\\-@].*"));
        ImportReport again = files.run(ImportKind.ORGANIZATIONS, exported, false);
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(name("f-1")).isEqualTo("=HYPERLINK(\"http://example.com\",\"click\")");
        assertThat(name("f-4")).isEqualTo("'普通の名前");
    }

    @Test
    void nationalOpenDataOfOneMunicipalityBecomesOneOrganizationPerProvider() {
        ImportReport report = importer.run(new Importer.Request(ImportKind.KAIGO_OPENDATA,
                ImportFixture.bytes("kaigo-sample.csv"), null, false, "352047", null), Locale.ENGLISH,
                Importer.Progress.NONE);

        assertThat(report.ok()).as(ImportFixture.errors(report)).isTrue();
        assertThat(report.rows()).as("rows of 萩市 only").isEqualTo(4);
        assertThat(report.created()).isEqualTo(3);
        var care = graph.single("""
                MATCH (o:Organization {id: 'kaigo-3510100011'})-[:SERVES]->(a:Area)
                RETURN o.name AS name, o.type AS type, o.officeNumber AS office, o.corporateNumber AS corporate,
                       o.latitude AS latitude, o.longitude AS longitude, o.address AS address, a.id AS area,
                       COLLECT { MATCH (o)-[:OFFERS]->(s) RETURN s.code ORDER BY s.code } AS offers""", Map.of()).asMap();
        assertThat(care).containsEntry("name", "ケアステーション萩").containsEntry("type", "CARE_PROVIDER")
                .containsEntry("office", "3510100011").containsEntry("corporate", "1234567890123")
                .containsEntry("latitude", 34.417).containsEntry("longitude", 131.412)
                .containsEntry("address", "山口県萩市大字椿東1-1 萩ビル2F").containsEntry("area", "t-city")
                .containsEntry("offers", List.of("HOME_CARE", "HOME_NURSING", "HOUSEWORK"));
        assertThat(graph.count("MATCH (o:Organization {id: 'kaigo-3570100033'}) WHERE NOT (o)-[:OFFERS]->() "
                + "AND o.latitude IS NULL RETURN count(o)")).as("an unmapped type still imports the provider").isEqualTo(1);
        assertThat(graph.count("MATCH (o:Organization {id: 'kaigo-3510200011'}) RETURN count(o)"))
                .as("another municipality's provider").isZero();

        String before = graph.fingerprintOfNetwork();
        ImportReport again = importer.run(new Importer.Request(ImportKind.KAIGO_OPENDATA,
                ImportFixture.bytes("kaigo-sample.csv"), null, false, "352047", null), Locale.ENGLISH,
                Importer.Progress.NONE);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(graph.fingerprintOfNetwork()).isEqualTo(before);
    }

    @Test
    void municipalityCodeWithAWrongCheckDigitIsRefused() {
        ImportReport report = importer.run(new Importer.Request(ImportKind.KAIGO_OPENDATA,
                ImportFixture.bytes("kaigo-sample.csv"), null, true, "352048", null), Locale.ENGLISH,
                Importer.Progress.NONE);

        assertThat(report.ok()).isFalse();
        assertThat(ImportFixture.errors(report)).isEqualTo("0|municipality|352048|not a 6-digit local government code"
                + " with a valid check digit (全国地方公共団体コード)");
        assertThat(Cells.validMunicipalityCode("131016")).as("千代田区").isTrue();
        assertThat(Cells.validMunicipalityCode("011002")).as("札幌市").isTrue();
    }

    @Test
    void hsdsListsOrganizationsWithTheirServicesLocationsAndServiceAreas() {
        files.run(ImportKind.ORGANIZATIONS, "clean/organizations.csv");

        List<Map<String, Object>> json = hsds.json();

        Map<String, Object> care = json.stream().filter(o -> o.get("id").equals("t-care")).findFirst().orElseThrow();
        assertThat(care).containsEntry("name", "東雲ヘルパーステーション").containsEntry("tax_id", "1234567890123");
        assertThat((List<?>) care.get("services")).hasSize(2);
        assertThat(care.get("services").toString()).contains("service_areas").contains("中央圏域").contains("東部圏域")
                .contains("status=active");
        assertThat(care.get("locations").toString()).contains("latitude=34.408").contains("address_1=東雲市中央1-2-3");
        Map<String, Object> salon = json.stream().filter(o -> o.get("id").equals("t-salon")).findFirst().orElseThrow();
        assertThat(salon.get("services").toString()).contains("status=inactive");
        assertThat(hsds.csvZip()).isNotEmpty();
    }

    private String name(String id) {
        return graph.single("MATCH (o:Organization {id: $id}) RETURN o.name AS name", Map.of("id", id)).get("name").asString();
    }
}
