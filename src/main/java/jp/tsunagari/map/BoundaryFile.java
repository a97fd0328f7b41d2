package jp.tsunagari.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoJSON FeatureCollection of area boundaries, read and checked feature by feature: each feature must carry the
 * id of a known area in the chosen property, and a valid Polygon or MultiPolygon in longitude/latitude (WGS84 or
 * JGD2011, as 国土数値情報 ships them). Features sharing an id (国土数値情報 has one per island) are merged into one
 * boundary. Every problem found is reported, each naming its feature, so a coordinator fixes the file in one go.
 */
final class BoundaryFile {

    /** Boundaries keep six decimals of a degree (about 0.1 m): more is noise, and it keeps the nodes small. */
    static final int DECIMALS = 6;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private BoundaryFile() {
    }

    /** What a file holds once read: area id → its boundary as GeoJSON geometry text; or the problems found. */
    record Result(Map<String, String> boundaries, List<String> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads {@code geojson}, matching the features' {@code idProperty} against {@code knownAreas}. When
     * {@code idProperty} is {@code id} and a feature has no such property, the feature's own {@code id} is used.
     */
    static Result read(String geojson, String idProperty, Set<String> knownAreas) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(geojson == null ? "" : geojson);
        } catch (JacksonException e) {
            return new Result(Map.of(), List.of("the file is not JSON: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))) {
            return new Result(Map.of(), List.of("the file is not a GeoJSON FeatureCollection (\"type\": \"FeatureCollection\")"));
        }
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            return new Result(Map.of(), List.of("the FeatureCollection has no features"));
        }
        Map<String, List<Geometry>> byArea = new LinkedHashMap<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            String name = "feature #" + (i + 1);
            if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
                problems.add(name + ": not a GeoJSON Feature");
                continue;
            }
            String id = id(feature, idProperty);
            if (id == null) {
                problems.add(name + ": no property '" + idProperty + "' naming its area");
                continue;
            }
            name += " (" + idProperty + " '" + id + "')";
            if (!knownAreas.contains(id)) {
                problems.add(name + ": no area with id '" + id + "'");
                continue;
            }
            Geometry geometry = geometry(feature.path("geometry"), name, problems);
            if (geometry != null) {
                byArea.computeIfAbsent(id, k -> new ArrayList<>()).add(geometry);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(Map.of(), List.copyOf(problems));
        }
        Map<String, String> boundaries = new LinkedHashMap<>();
        GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
        writer.setEncodeCRS(false);
        byArea.forEach((id, parts) -> {
            Geometry merged = parts.size() == 1 ? parts.getFirst() : UnaryUnionOp.union(parts);
            boundaries.put(id, writer.write(merged));
        });
        return new Result(boundaries, List.of());
    }

    private static String id(JsonNode feature, String idProperty) {
        JsonNode value = feature.path("properties").path(idProperty);
        if ((value.isMissingNode() || value.isNull()) && "id".equals(idProperty)) {
            value = feature.path("id");
        }
        if (value.isString() || value.isNumber()) {
            String id = value.asString().strip();
            return id.isEmpty() ? null : id;
        }
        return null;
    }

    /** The feature's geometry when it is a valid (Multi)Polygon in lon/lat; otherwise adds why not and gives null. */
    private static Geometry geometry(JsonNode json, String name, List<String> problems) {
        if (json.isMissingNode() || json.isNull()) {
            problems.add(name + ": no geometry");
            return null;
        }
        String type = json.path("type").asString("");
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            problems.add(name + ": geometry is " + (type.isEmpty() ? "of no type" : "a " + type)
                    + "; a Polygon or MultiPolygon is needed");
            return null;
        }
        Geometry geometry;
        try {
            geometry = new GeoJsonReader(FACTORY).read(json.toString());
        } catch (ParseException | RuntimeException e) {
            problems.add(name + ": the " + type + " cannot be read (" + e.getMessage() + ")");
            return null;
        }
        if (!(geometry instanceof Polygon) && !(geometry instanceof MultiPolygon) || geometry.isEmpty()) {
            problems.add(name + ": the " + type + " is empty");
            return null;
        }
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || c.x < -180 || c.x > 180 || c.y < -90 || c.y > 90) {
                problems.add(name + ": coordinate (" + c.x + ", " + c.y + ") is not a longitude/latitude; the file "
                        + "must be in WGS84 or JGD2011 degrees (not a plane rectangular system such as 平面直角座標系)");
                return null;
            }
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            problems.add(name + ": invalid " + type + ": " + error.getMessage()
                    + (at == null ? "" : " at (" + at.x + ", " + at.y + ")"));
            return null;
        }
        return geometry;
    }
}
