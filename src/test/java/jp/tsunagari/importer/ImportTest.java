package jp.tsunagari.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Clean files of every element, re-import, dry runs, round trips through export. */
@TsunagariTest
@WithMockUser(username = "test-import-layer1", roles = "LAYER1_COORDINATOR")
class ImportTest {

    @Autowired Importer importer;
    @Autowired Exporter exporter;
    @Autowired Driver driver;
    TestGraph graph;
    ImportFixture files;

    @BeforeEach
    void empty() {
        graph = new TestGraph(driver);
        graph.clear();
        files = new ImportFixture(importer);
    }

    @Test
    void cleanFileOfEveryElementImportsEveryRow() {
        List<ImportReport> reports = files.importClean();

        assertThat(reports).allSatisfy(r -> assertThat(r.ok()).as(r.kind() + ": " + ImportFixture.errors(r)).isTrue());
        assertThat(reports.stream().map(r -> r.kind() + "=" + r.created()).toList()).containsExactly("areas=5",
                "organizations=4", "people=4", "residents=2", "supports=3", "individual-networks=1",
                "individual-network-members=3", "provider-networks=2", "provider-network-members=3", "referrals=1",
                "councils=1", "council-members=3");
        assertThat(graph.count("MATCH (:Area {id: 't-n1'})-[:PART_OF]->(:Area {id: 't-d1'})-[:PART_OF]->(c:Area {id: 't-city'}) "
                + "WHERE c.municipalityCode = '352047' RETURN count(*)")).isEqualTo(1);
        assertThat(graph.count("MATCH (o:Organization:NPO {id: 't-npo'})-[:OFFERS]->(s:ServiceKind) RETURN count(s)")).isEqualTo(2);
        assertThat(graph.count("MATCH (:NeighborhoodAssociation {id: 't-assoc'})-[:REFERS_TO]->(:NPO {id: 't-npo'}) RETURN count(*)"))
                .isEqualTo(1);
        assertThat(graph.single("MATCH (o:Organization {id: 't-care'}) RETURN o.latitude AS lat, o.longitude AS lon, "
                + "o.officeNumber AS office, o.corporateNumber AS corp", Map.of()).asMap())
                .isEqualTo(Map.of("lat", 34.408, "lon", 131.399, "office", "3510000001", "corp", "1234567890123"));
        assertThat(graph.count("MATCH (o:Organization {id: 't-salon', active: false})-[:OFFERS]->(:ServiceKind {code: 'SALON'}) "
                + "RETURN count(*)")).as("a Japanese service name is read as its code").isEqualTo(1);
        assertThat(graph.count("MATCH (c:Person:Coordinator {id: 't-c2', layer: 2})-[:ASSIGNED_TO]->(:Area {id: 't-d1'}) "
                + "MATCH (c)-[:WORKS_FOR]->(:Organization {id: 't-care'}) RETURN count(*)")).isEqualTo(1);
        assertThat(graph.count("MATCH (r:Resident {id: 't-r1', livesAlone: true})-[:NEEDS]->(s) "
                + "WHERE r.pseudonym STARTS WITH '住民-' RETURN count(s)")).isEqualTo(2);
        assertThat(graph.count("MATCH (:Organization {id: 't-npo'})-[t:SUPPORTS {service: 'SHOPPING'}]->(:Resident {id: 't-r1'}) "
                + "WHERE t.since = date('2026-05-01') RETURN count(*)")).isEqualTo(1);
        assertThat(graph.count("MATCH (n:IndividualNetwork {id: 't-in1'})-[:FOR]->(:Resident {id: 't-r1'}), "
                + "(n)-[:CONVENED_BY]->(:Coordinator {id: 't-c2'}) RETURN count(*)")).isEqualTo(1);
        assertThat(graph.count("MATCH (:ProviderNetwork {id: 't-pn1'})-[:MEMBER_OF]->(:ProviderNetwork {id: 't-pn2'}) RETURN count(*)"))
                .isEqualTo(1);
        assertThat(graph.count("MATCH (m)-[:SITS_ON]->(:Council {id: 't-council1'}) RETURN count(m)")).isEqualTo(3);
    }

    @Test
    void reimportingTheSameFilesChangesNothing() {
        files.importClean();
        String before = graph.fingerprintOfNetwork();

        List<ImportReport> again = files.importClean();

        assertThat(again).allSatisfy(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.created()).as(r.kind()).isZero();
            assertThat(r.updated()).as(r.kind()).isZero();
            assertThat(r.unchanged()).as(r.kind()).isEqualTo(r.rows());
        });
        assertThat(graph.fingerprintOfNetwork()).isEqualTo(before);
    }

    @Test
    void aChangedCellUpdatesOnlyItsRow() {
        files.importClean();
        String changed = new String(ImportFixture.bytes("clean/organizations.csv"), StandardCharsets.UTF_8)
                .replace("ふれあいサロン,VOLUNTEER_GROUP,false", "ふれあいサロン,VOLUNTEER_GROUP,true");

        ImportReport report = files.run(ImportKind.ORGANIZATIONS, changed.getBytes(StandardCharsets.UTF_8), false);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(3);
        assertThat(graph.count("MATCH (o:Organization {id: 't-salon', active: true}) RETURN count(o)")).isEqualTo(1);
    }

    @Test
    void dryRunReportsWhatWouldHappenAndWritesNothing() {
        files.run(ImportKind.AREAS, "clean/areas.csv");
        String before = graph.fingerprintOfNetwork();

        ImportReport report = files.run(ImportKind.ORGANIZATIONS, ImportFixture.bytes("clean/organizations.csv"), true);

        assertThat(report.ok()).isTrue();
        assertThat(report.dryRun()).isTrue();
        assertThat(report.created()).isEqualTo(4);
        assertThat(graph.fingerprintOfNetwork()).isEqualTo(before);
    }

    @Test
    void exportThenImportGivesTheSameGraphAndTheSameFiles() {
        files.importClean();
        String graphBefore = graph.fingerprintOfNetwork();
        Map<ImportKind, byte[]> csv = new HashMap<>();
        Map<ImportKind, byte[]> xlsx = new HashMap<>();
        for (ImportKind kind : ImportFixture.ORDER) {
            csv.put(kind, exporter.export(kind, Exporter.Format.CSV));
            xlsx.put(kind, exporter.export(kind, Exporter.Format.XLSX));
        }
        String propertiesBefore = properties();

        graph.clear();
        for (ImportKind kind : ImportFixture.ORDER) {
            ImportReport report = files.run(kind, csv.get(kind), false);
            assertThat(report.ok()).as(kind + ": " + ImportFixture.errors(report)).isTrue();
        }

        assertThat(graph.fingerprintOfNetwork()).isEqualTo(graphBefore);
        assertThat(properties()).as("everything but the pseudonyms, which are never reused").isEqualTo(propertiesBefore);
        for (ImportKind kind : ImportFixture.ORDER) {
            assertThat(new String(exporter.export(kind, Exporter.Format.CSV), StandardCharsets.UTF_8))
                    .as(kind.slug).isEqualTo(new String(csv.get(kind), StandardCharsets.UTF_8));
            ImportReport fromXlsx = files.run(kind, xlsx.get(kind), false);
            assertThat(fromXlsx.ok()).as(kind + ": " + ImportFixture.errors(fromXlsx)).isTrue();
            assertThat(fromXlsx.unchanged()).as(kind.slug + " from .xlsx").isEqualTo(fromXlsx.rows());
        }
    }

    /** Every node's and tie's properties, as text, in a stable order (pseudonyms masked). */
    private String properties() {
        try (var session = driver.session()) {
            List<String> lines = new java.util.ArrayList<>();
            session.run("MATCH (n) WHERE n.id IS NOT NULL AND NOT n:ServiceKind RETURN n").list().forEach(r -> {
                var n = r.get("n").asNode();
                lines.add(new java.util.TreeSet<>((java.util.Collection<String>) n.labels()) + " "
                        + new java.util.TreeMap<>(n.asMap()));
            });
            session.run("""
                    MATCH (a)-[t]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL
                    RETURN a.id AS a, type(t) AS type, b.id AS b, properties(t) AS p""").list()
                    .forEach(r -> lines.add(r.get("a").asString() + " " + r.get("type").asString() + " "
                            + r.get("b").asString() + " " + new java.util.TreeMap<>(r.get("p").asMap())));
            java.util.Collections.sort(lines);
            return String.join("\n", lines).replaceAll("住民-\\d+", "住民-n");
        }
    }
}
