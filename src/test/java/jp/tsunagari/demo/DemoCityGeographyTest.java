package jp.tsunagari.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The demo city's boundaries look like a city's: valid polygons in lon/lat, neighbourhoods tiling their daily-life
 * area, daily-life areas tiling the city, organizations inside the area they serve; the same for the same seed.
 */
class DemoCityGeographyTest {

    private final DemoCity city = DemoCityGenerator.generate(20261123, DemoScale.HAGI);
    private final Map<String, Geometry> shapes = shapes(city);

    @Test
    void everyAreaHasAValidPolygonInLongitudeAndLatitude() {
        assertThat(shapes).hasSize(city.rows("areas").size());
        shapes.forEach((id, shape) -> {
            assertThat(shape.isValid()).as(id).isTrue();
            assertThat(shape.getGeometryType()).as(id).isEqualTo("Polygon");
            for (Coordinate c : shape.getCoordinates()) {
                assertThat(c.x).isBetween(131.0, 132.0);
                assertThat(c.y).isBetween(34.0, 35.0);
            }
        });
    }

    @Test
    void neighbourhoodsTileTheirDailyLifeAreaAndAreasTileTheCity() {
        Map<String, List<Geometry>> children = new HashMap<>();
        for (Map<String, Object> area : city.rows("areas")) {
            if (area.get("parentId") != null) {
                children.computeIfAbsent((String) area.get("parentId"), k -> new java.util.ArrayList<>())
                        .add(shapes.get((String) area.get("id")));
            }
        }
        children.forEach((parent, parts) -> {
            Geometry whole = shapes.get(parent);
            Geometry union = UnaryUnionOp.union(parts);
            // Equal but for rounding to six decimals: less than 0.1 % of the area differs.
            assertThat(union.symDifference(whole).getArea() / whole.getArea()).as(parent).isLessThan(0.001);
            for (int i = 0; i < parts.size(); i++) {
                for (int j = i + 1; j < parts.size(); j++) {
                    assertThat(parts.get(i).intersection(parts.get(j)).getArea() / whole.getArea()).isLessThan(1e-6);
                }
            }
        });
        assertThat(children.get(DemoCityGenerator.MUNICIPALITY_ID)).hasSize(6);
    }

    @Test
    void organizationsLieInsideTheAreaTheyServe() {
        GeometryFactory factory = new GeometryFactory();
        assertThat(city.rows("organizations")).isNotEmpty().allSatisfy(org -> {
            Geometry area = shapes.get((String) ((List<?>) org.get("serves")).getFirst());
            assertThat(area.covers(factory.createPoint(new Coordinate((Double) org.get("longitude"),
                    (Double) org.get("latitude"))))).as((String) org.get("id")).isTrue();
        });
    }

    @Test
    void theSameSeedDrawsTheSameMap() {
        DemoCity again = DemoCityGenerator.generate(20261123, DemoScale.HAGI);
        assertThat(again.rows("areas")).isEqualTo(city.rows("areas"));
        assertThat(again.rows("organizations")).isEqualTo(city.rows("organizations"));
    }

    private static Map<String, Geometry> shapes(DemoCity city) {
        Map<String, Geometry> shapes = new HashMap<>();
        GeoJsonReader reader = new GeoJsonReader();
        for (Map<String, Object> area : city.rows("areas")) {
            try {
                shapes.put((String) area.get("id"), reader.read((String) area.get("boundary")));
            } catch (org.locationtech.jts.io.ParseException e) {
                throw new AssertionError(area.get("id") + ": " + e.getMessage(), e);
            }
        }
        return shapes;
    }
}
