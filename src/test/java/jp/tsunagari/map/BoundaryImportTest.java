package jp.tsunagari.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Boundaries from a GeoJSON file: a good file sets them; a file with any bad feature is refused whole, with a
 * message naming the feature and what is wrong, and changes nothing.
 */
@TsunagariTest
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
class BoundaryImportTest {

    static final String SQUARE = "[[[131.50,34.30],[131.60,34.30],[131.60,34.40],[131.50,34.40],[131.50,34.30]]]";
    static final String OTHER_SQUARE = "[[[131.60,34.30],[131.70,34.30],[131.70,34.40],[131.60,34.40],[131.60,34.30]]]";

    @Autowired AreaBoundaries boundaries;
    @Autowired Driver driver;
    TestGraph graph;

    @BeforeEach
    void town() {
        graph = new TestGraph(driver);
        graph.clear();
        graph.run("""
                CREATE (city:Area {id: 'city', name: 'テスト市', level: 'MUNICIPALITY'}),
                       (:Area {id: 'd1', name: '中央圏域', level: 'DAILY_LIFE_AREA'})-[:PART_OF]->(city),
                       (:Area {id: 'd2', name: '東部圏域', level: 'DAILY_LIFE_AREA', boundary: 'kept'})-[:PART_OF]->(city)""");
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static String feature(String idJson, String geometryType, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":{\"areaId\":" + idJson + ",\"N03_004\":\"テスト市\"},"
                + "\"geometry\":{\"type\":\"" + geometryType + "\",\"coordinates\":" + coordinates + "}}";
    }

    @Test
    void aValidFileSetsTheBoundaryOfEachAreaItNamesAndLeavesTheOthers() {
        List<String> set = boundaries.importGeoJson(collection(feature("\"d1\"", "Polygon", SQUARE)), "areaId");

        assertThat(set).containsExactly("d1");
        String stored = graph.single("MATCH (a:Area {id: 'd1'}) RETURN a.boundary AS b", Map.of()).get("b").asString();
        assertThat(stored).contains("\"type\":\"Polygon\"").contains("131.6");
        assertThat(graph.single("MATCH (a:Area {id: 'd2'}) RETURN a.boundary AS b", Map.of()).get("b").asString())
                .isEqualTo("kept");
    }

    @Test
    void featuresSharingAnIdAreMergedIntoOneBoundary() {
        // 国土数値情報 has one feature per island of a municipality.
        boundaries.importGeoJson(collection(feature("\"city\"", "Polygon", SQUARE),
                feature("\"city\"", "MultiPolygon", "[" + OTHER_SQUARE + "]")), "areaId");

        String stored = graph.single("MATCH (a:Area {id: 'city'}) RETURN a.boundary AS b", Map.of()).get("b").asString();
        assertThat(stored).contains("\"type\":\"Polygon\"").contains("131.7").contains("131.5");
    }

    @Test
    void theFeatureIdIsUsedWhenTheIdPropertyIsId() {
        String file = collection("{\"type\":\"Feature\",\"id\":\"d1\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}}");

        assertThat(boundaries.importGeoJson(file, "id")).containsExactly("d1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            self-intersecting polygon (a bow tie) | "d1" | Polygon | [[[131.5,34.3],[131.6,34.4],[131.6,34.3],[131.5,34.4],[131.5,34.3]]] | feature #2 (areaId 'd1'): invalid Polygon: Self-intersection
            ring not closed                       | "d1" | Polygon | [[[131.5,34.3],[131.6,34.3],[131.6,34.4],[131.5,34.4]]]             | feature #2 (areaId 'd1'): the Polygon cannot be read
            too few points                        | "d1" | Polygon | [[[131.5,34.3],[131.6,34.3],[131.5,34.3]]]                          | feature #2 (areaId 'd1'): invalid Polygon: Too few distinct points
            hole outside its shell                | "d1" | Polygon | [[[131.5,34.3],[131.6,34.3],[131.6,34.4],[131.5,34.4],[131.5,34.3]],[[131.7,34.3],[131.8,34.3],[131.8,34.4],[131.7,34.3]]] | feature #2 (areaId 'd1'): invalid Polygon: Hole lies outside shell
            a line, not a polygon                 | "d1" | LineString | [[131.5,34.3],[131.6,34.4]]                                  | feature #2 (areaId 'd1'): geometry is a LineString; a Polygon or MultiPolygon is needed
            a point, not a polygon                | "d1" | Point | [131.5,34.3]                                                        | feature #2 (areaId 'd1'): geometry is a Point
            unknown area id                       | "d9" | Polygon | [[[131.5,34.3],[131.6,34.3],[131.6,34.4],[131.5,34.4],[131.5,34.3]]] | feature #2 (areaId 'd9'): no area with id 'd9'
            missing id                            | null | Polygon | [[[131.5,34.3],[131.6,34.3],[131.6,34.4],[131.5,34.4],[131.5,34.3]]] | feature #2: no property 'areaId' naming its area
            projected coordinates (平面直角座標系)  | "d1" | Polygon | [[[-35000.0,-180000.0],[-34000.0,-180000.0],[-34000.0,-179000.0],[-35000.0,-180000.0]]] | feature #2 (areaId 'd1'): coordinate (-35000.0, -180000.0) is not a longitude/latitude
            latitude beyond the pole              | "d1" | Polygon | [[[131.5,91.0],[131.6,91.0],[131.6,92.0],[131.5,91.0]]]             | feature #2 (areaId 'd1'): coordinate (131.5, 91.0) is not a longitude/latitude
            """)
    void aBadFeatureIsRefusedNamingItAndNothingChanges(String kind, String id, String type, String coordinates,
                                                        String expected) {
        String before = graph.fingerprintOfNetwork() + boundariesNow();
        // The first feature is fine: a refused file sets no boundary at all, not even the good ones.
        String file = collection(feature("\"d2\"", "Polygon", OTHER_SQUARE), feature(id, type, coordinates));

        assertThatThrownBy(() -> boundaries.importGeoJson(file, "areaId"))
                .isInstanceOfSatisfying(AreaBoundaries.InvalidBoundariesException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith(expected));
        assertThat(graph.fingerprintOfNetwork() + boundariesNow()).isEqualTo(before);
    }

    @Test
    void everyBadFeatureIsNamedAtOnce() {
        String file = collection(feature("\"d9\"", "Polygon", SQUARE), feature("\"d1\"", "LineString", "[[131.5,34.3],[131.6,34.4]]"),
                "{\"type\":\"Polygon\"}");

        assertThatThrownBy(() -> boundaries.importGeoJson(file, "areaId"))
                .isInstanceOfSatisfying(AreaBoundaries.InvalidBoundariesException.class, e -> assertThat(e.problems())
                        .satisfiesExactly(p -> assertThat(p).startsWith("feature #1 (areaId 'd9')"),
                                p -> assertThat(p).startsWith("feature #2 (areaId 'd1')"),
                                p -> assertThat(p).startsWith("feature #3: not a GeoJSON Feature")));
    }

    @Test
    void aFileThatIsNoFeatureCollectionIsRefused() {
        assertThatThrownBy(() -> boundaries.importGeoJson("{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}", "areaId"))
                .hasMessageContaining("not a GeoJSON FeatureCollection");
        assertThatThrownBy(() -> boundaries.importGeoJson("{not json", "areaId")).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> boundaries.importGeoJson(collection(), "areaId")).hasMessageContaining("no features");
    }

    @Test
    @WithMockUser(username = "test-council", roles = "COUNCIL_VIEWER")
    void onlyLayer1CoordinatorsAndAdministratorsImport() {
        String before = boundariesNow();
        assertThatThrownBy(() -> boundaries.importGeoJson(collection(feature("\"d1\"", "Polygon", SQUARE)), "areaId"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(boundariesNow()).isEqualTo(before);
    }

    private String boundariesNow() {
        return graph.single("MATCH (a:Area) WITH a ORDER BY a.id RETURN collect(a.id + '=' + coalesce(a.boundary, '')) AS b",
                Map.of()).get("b").asList().toString();
    }
}
