package jp.tsunagari.map;

import java.util.List;
import java.util.function.BiConsumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The map's data as GeoJSON FeatureCollections (RFC 7946), for the REST API and the map element alike. */
final class GeoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJson() {
    }

    /**
     * The areas as polygons (an area without a boundary has a null geometry), properties {@code id, name, level,
     * parent, residents, gapCount, providers, needing, suppressedBelow}, plus what {@code extra} adds.
     */
    static ObjectNode areas(List<MapData.AreaFeature> areas, BiConsumer<MapData.AreaFeature, ObjectNode> extra) {
        ObjectNode collection = collection();
        ArrayNode features = collection.putArray("features");
        for (MapData.AreaFeature a : areas) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", a.id());
            if (a.boundary() == null) {
                feature.putNull("geometry");
            } else {
                feature.set("geometry", geometry(a.boundary()));
            }
            ObjectNode p = feature.putObject("properties");
            p.put("id", a.id());
            p.put("name", a.name());
            p.put("level", a.level().name());
            p.put("parent", a.parentId());
            p.put("residents", a.residents());
            p.put("gapCount", a.gapCount());
            p.put("providers", a.providers());
            p.put("needing", a.needing());
            p.put("suppressedBelow", a.suppressedBelow());
            extra.accept(a, p);
        }
        return collection;
    }

    /** The providers as points, properties {@code id, name, type, active, offers, membership}, plus {@code extra}. */
    static ObjectNode providers(List<MapData.Provider> providers, BiConsumer<MapData.Provider, ObjectNode> extra) {
        ObjectNode collection = collection();
        ArrayNode features = collection.putArray("features");
        for (MapData.Provider o : providers) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", o.id());
            ObjectNode point = feature.putObject("geometry");
            point.put("type", "Point");
            point.putArray("coordinates").add(o.longitude()).add(o.latitude());
            ObjectNode p = feature.putObject("properties");
            p.put("id", o.id());
            p.put("name", o.name());
            p.put("type", o.type());
            p.put("active", o.active());
            ArrayNode offers = p.putArray("offers");
            o.offers().forEach(offers::add);
            p.put("membership", o.membership().name());
            extra.accept(o, p);
        }
        return collection;
    }

    /** Boundaries (GeoJSON geometry texts) as one FeatureCollection of unnamed features. */
    static ObjectNode outlines(List<String> boundaries) {
        ObjectNode collection = collection();
        ArrayNode features = collection.putArray("features");
        for (String boundary : boundaries) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.set("geometry", geometry(boundary));
            feature.putObject("properties");
        }
        return collection;
    }

    private static ObjectNode collection() {
        ObjectNode collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        return collection;
    }

    private static JsonNode geometry(String boundary) {
        return JSON.readTree(boundary);
    }
}
