package jp.tsunagari.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo city, loaded into the database, contains every gap the seeds describe, at believable rates. The gaps are
 * found with the analysts' own query library, {@code cypher/queries/gaps.cypher}, which this also keeps honest.
 */
@TsunagariTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCityGapsTest {

    static final List<String> GAP_TYPES = List.of("ISOLATED_RESIDENT", "SINGLE_SUPPORTER", "UNMET_NEED",
            "NETWORK_NOT_FORMED", "NO_COORDINATOR_ROUTE", "OUTSIDE_SAME_KIND_NETWORK", "NO_SAME_KIND_NETWORK",
            "SERVICE_SHORTAGE", "SERVICE_DUPLICATION", "CROSS_KIND_MISSING_KIND", "NO_CROSS_KIND_NETWORK",
            "ASSOCIATION_WITHOUT_NPO", "UNREFERRED_NEED", "KEY_PERSON", "SILOED_CLUSTER");

    @Autowired Driver driver;
    @Autowired DemoCityLoader loader;
    TestGraph graph;
    Map<String, List<Record>> findings = new LinkedHashMap<>();
    long residents;

    @BeforeAll
    void loadDemoCityAndRunGapQueries() throws IOException {
        graph = new TestGraph(driver);
        graph.clear();
        assertThat(loader.isEmpty()).isTrue();
        loader.load(DemoCityGenerator.generate(20261123, DemoScale.HAGI));
        residents = graph.count("MATCH (r:Resident) RETURN count(r)");
        gapQueries().forEach((type, cypher) -> findings.put(type, driver.executableQuery(cypher).execute().records()));
    }

    static Map<String, String> gapQueries() throws IOException {
        String library = Files.readString(Path.of("cypher/queries/gaps.cypher"));
        Map<String, String> queries = new LinkedHashMap<>();
        Matcher m = Pattern.compile("// gap: (\\w+)\\n(.*?);\\s*(?=// gap:|\\z)", Pattern.DOTALL).matcher(library);
        while (m.find()) {
            queries.put(m.group(1), m.group(2));
        }
        return queries;
    }

    @Test
    void queryLibraryHasOneQueryPerGapType() throws IOException {
        assertThat(gapQueries().keySet()).containsExactlyElementsOf(GAP_TYPES);
    }

    @Test
    void everyGapTypeOccursInTheDemoCity() {
        assertThat(findings).allSatisfy((type, rows) -> assertThat(rows).as(type).isNotEmpty());
    }

    @Test
    void isolationAndFragilityOccurAtBelievableRates() {
        assertThat(share("ISOLATED_RESIDENT")).isBetween(0.02, 0.10);
        assertThat(share("SINGLE_SUPPORTER")).isBetween(0.05, 0.20);
        double withNetwork = graph.count("MATCH (r:Resident) WHERE EXISTS { (:IndividualNetwork)-[:FOR]->(r) } RETURN count(r)")
                / (double) residents;
        assertThat(withNetwork).isBetween(0.2, 0.6);
    }

    @Test
    void shortageAndDuplicationAreWhereTheCityWasBuiltToHaveThem() {
        assertThat(findings.get("SERVICE_SHORTAGE")).anySatisfy(r -> {
            assertThat(r.get("area").asString()).isEqualTo("area-d02");
            assertThat(r.get("service").asString()).isEqualTo("HOME_CARE");
        });
        assertThat(findings.get("SERVICE_DUPLICATION")).anySatisfy(r -> {
            assertThat(r.get("area").asString()).isEqualTo("area-d04");
            assertThat(r.get("service").asString()).isEqualTo("DAY_CARE");
        });
        assertThat(findings.get("NO_CROSS_KIND_NETWORK")).extracting(r -> r.get("area").asString())
                .containsExactly("area-d06");
    }

    @Test
    void suspendedSalonsLeaveTheirOnlyParticipantsIsolated() {
        long onlyInactive = graph.count("""
                MATCH (r:Resident)<-[:SUPPORTS]-(o:Organization {active: false})
                WHERE NOT EXISTS { MATCH (s)-[:SUPPORTS]->(r) WHERE coalesce(s.active, true) }
                RETURN count(DISTINCT r)""");
        assertThat(onlyInactive).isPositive();
        assertThat(findings.get("ISOLATED_RESIDENT").size()).isGreaterThan((int) onlyInactive);
    }

    private double share(String type) {
        return findings.get(type).size() / (double) residents;
    }
}
