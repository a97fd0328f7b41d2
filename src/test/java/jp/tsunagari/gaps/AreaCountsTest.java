package jp.tsunagari.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import jp.tsunagari.demo.DemoCityFixture;
import jp.tsunagari.network.OrganizationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The start page's counts read from the projection are the analysts' Cypher counts
 * ({@code cypher/queries/area-statistics.cypher}): on a small hand-made town, exactly as a coordinator would count
 * them, and area by area on the demo city.
 */
@TsunagariTest
class AreaCountsTest {

    @Autowired AreaCountsFromProjection counts;
    @Autowired GapEngine engine;
    @Autowired OrganizationService organizations;
    @Autowired Driver driver;
    @Autowired ApplicationContext context;
    TestGraph graph;

    @BeforeEach
    void town() {
        graph = new TestGraph(driver);
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 'city', name: '東雲市', level: 'MUNICIPALITY'}),
                       (d:Area {id: 'd1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (n1:Area {id: 'n1', name: '桜ヶ丘地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d),
                       (n2:Area {id: 'n2', name: '若葉台地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d),
                       (n3:Area {id: 'n3', name: '新町地区', level: 'NEIGHBORHOOD'})-[:PART_OF]->(d),
                       (r1:Resident {id: 'r1', name: 'A'})-[:LIVES_IN]->(n1),
                       (r2:Resident {id: 'r2', name: 'B'})-[:LIVES_IN]->(n1),
                       (r3:Resident {id: 'r3', name: 'C'})-[:LIVES_IN]->(n2),
                       (p:Person {id: 'p1', name: 'P', role: 'NEIGHBOR'})-[:SUPPORTS {service: 'WATCHING'}]->(r1),
                       (p)-[:SUPPORTS {service: 'SHOPPING'}]->(r1),
                       (p)-[:SUPPORTS {service: 'SHOPPING'}]->(r3),
                       (salon:Organization {id: 'o1', name: 'S', type: 'SENIOR_CLUB', active: false})-[:SUPPORTS {service: 'SALON'}]->(r2),
                       (salon)-[:SERVES]->(n1),
                       (care:Organization {id: 'o2', name: 'C', type: 'CARE_PROVIDER', active: true})-[:SERVES]->(d),
                       (care)-[:SERVES]->(n3),
                       (:Organization {id: 'o3', name: 'M', type: 'CARE_PROVIDER'})-[:SERVES]->(city),
                       (:IndividualNetwork {id: 'i1', name: 'N'})-[:FOR]->(r1),
                       (:ProviderNetwork {id: 'pn1', name: 'X', scope: 'CROSS_KIND'})-[:COVERS]->(d),
                       (:ProviderNetwork {id: 'pn2', name: 'Y', scope: 'SAME_KIND', service: 'HOME_CARE'})-[:COVERS]->(n3)""");
        engine.refresh(); // written around the application: no change event told the engine
    }

    @Test
    void countsIncludeTheAreasBelowAndASuspendedSupporterLeavesItsResidentUnsupported() {
        Map<String, AreaCounts> byId = byId(counts.all());
        // r2's only supporter, the salon, is suspended: r2 counts as unsupported, the salon still as a supporter.
        assertThat(byId.get("n1")).isEqualTo(new AreaCounts("n1", "桜ヶ丘地区", "NEIGHBORHOOD", "d1", 2, 1, 2, 1, 1));
        assertThat(byId.get("n2")).isEqualTo(new AreaCounts("n2", "若葉台地区", "NEIGHBORHOOD", "d1", 1, 0, 1, 0, 0));
        // No residents: only the organization and the network serving it.
        assertThat(byId.get("n3")).isEqualTo(new AreaCounts("n3", "新町地区", "NEIGHBORHOOD", "d1", 0, 0, 0, 1, 1));
        // o2 serves d1 and n3: counted once; the municipal o3 is not counted below the municipality.
        assertThat(byId.get("d1")).isEqualTo(new AreaCounts("d1", "中央圏域", "DAILY_LIFE_AREA", "city", 3, 1, 2, 2, 3));
        assertThat(byId.get("city")).isEqualTo(new AreaCounts("city", "東雲市", "MUNICIPALITY", null, 3, 1, 2, 3, 3));
        assertThat(counts.all()).isEqualTo(cypher());
    }

    @Test
    @WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
    void resumingTheOnlySupporterThroughTheAppCountsTheResidentAsSupported() {
        counts.all(); // the projection as it was
        organizations.setActive("o1", true);

        assertThat(byId(counts.all()).get("n1").unsupported()).isZero();
        assertThat(counts.all()).isEqualTo(cypher());
    }

    @Test
    void emptyDatabaseHasNoAreas() {
        graph.clear();
        engine.refresh();

        assertThat(counts.all()).isEmpty();
        assertThat(cypher()).isEmpty();
    }

    @Test
    void demoCityCountsEqualTheCypherCountsAreaByArea() {
        graph.clear();
        DemoCityFixture.loadHagi(context);
        engine.refresh();

        List<AreaCounts> projected = counts.all();
        assertThat(projected).hasSizeGreaterThan(40).allSatisfy(a -> assertThat(a.name()).isNotBlank());
        assertThat(projected).filteredOn(a -> a.parentId() == null).singleElement()
                .satisfies(city -> assertThat(city.residents()).isEqualTo(3000));
        assertThat(projected).isEqualTo(cypher());
    }

    private static Map<String, AreaCounts> byId(List<AreaCounts> all) {
        return all.stream().collect(Collectors.toMap(AreaCounts::id, Function.identity()));
    }

    /** The analysts' query, run as it stands in the library. */
    private List<AreaCounts> cypher() {
        try {
            String query = Files.readString(Path.of("cypher/queries/area-statistics.cypher")).strip();
            return driver.executableQuery(query.substring(0, query.length() - 1)).execute().records().stream()
                    .map(AreaCountsTest::counts).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AreaCounts counts(Record r) {
        return new AreaCounts(r.get("id").asString(), r.get("name").asString(null), r.get("level").asString(null),
                r.get("parentId").asString(null), r.get("residents").asLong(), r.get("unsupported").asLong(),
                r.get("supporters").asLong(), r.get("organizations").asLong(), r.get("networks").asLong());
    }
}
