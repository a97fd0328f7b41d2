package jp.tsunagari.map;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.tsunagari.gaps.GapType;
import jp.tsunagari.network.AreaLevel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 支え合いマップ's data as GeoJSON:
 * <ul>
 * <li>{@code GET /api/map/areas?type=<gap type>&level=&service=}: the areas of a level (default daily-life areas)
 * with {@code gapCount} of the type, {@code residents}, and with a service kind its coverage ({@code providers},
 * {@code needing}); counts null below the minimum cell size for councils and analysts;</li>
 * <li>{@code GET /api/map/providers?service=}: organizations with coordinates, with their same-kind network
 * {@code membership};</li>
 * <li>{@code POST /api/map/boundaries?idProperty=}: import boundaries (body: a GeoJSON FeatureCollection) — layer-1
 * coordinators and administrators; 400 with every problem, naming its feature, and nothing changed.</li>
 * </ul>
 */
@RestController
class MapController {

    /** Large enough for a prefecture's 国土数値情報 行政区域 at full detail. */
    static final int MAX_UPLOAD_CHARS = 64 * 1024 * 1024;

    private final MapData data;
    private final AreaBoundaries boundaries;

    MapController(MapData data, AreaBoundaries boundaries) {
        this.data = data;
        this.boundaries = boundaries;
    }

    @GetMapping(value = "/api/map/areas", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<?> areas(@RequestParam(required = false) String type, @RequestParam(required = false) String level,
                            @RequestParam(required = false) String service) {
        data.requireMapRole();
        if (type == null || type.isBlank()) {
            return invalid("type", "required: one of " + List.of(GapType.values()));
        }
        GapType gapType;
        try {
            gapType = GapType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            return invalid("type", "unknown gap type '" + type + "'; one of " + List.of(GapType.values()));
        }
        AreaLevel areaLevel = AreaLevel.DAILY_LIFE_AREA;
        if (level != null && !level.isBlank()) {
            try {
                areaLevel = AreaLevel.valueOf(level.strip());
            } catch (IllegalArgumentException e) {
                return invalid("level", "unknown area level '" + level + "'; one of " + Arrays.toString(AreaLevel.values()));
            }
        }
        String kind = blankToNull(service);
        if (kind != null && !data.isServiceKind(kind)) {
            return invalid("service", "unknown service kind '" + service + "'");
        }
        return ResponseEntity.ok(GeoJson.areas(data.areas(areaLevel, gapType, kind), (a, p) -> {
        }));
    }

    @GetMapping(value = "/api/map/providers", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<?> providers(@RequestParam(required = false) String service) {
        data.requireMapRole();
        String kind = blankToNull(service);
        if (kind != null && !data.isServiceKind(kind)) {
            return invalid("service", "unknown service kind '" + service + "'");
        }
        return ResponseEntity.ok(GeoJson.providers(data.providers(kind), (o, p) -> {
        }));
    }

    @PostMapping("/api/map/boundaries")
    ResponseEntity<?> importBoundaries(@RequestParam(required = false) String idProperty,
                                       @RequestBody(required = false) String body) {
        if (body != null && body.length() > MAX_UPLOAD_CHARS) {
            return invalid("body", "the file is larger than " + MAX_UPLOAD_CHARS / 1024 / 1024 + " MB");
        }
        try {
            List<String> areas = boundaries.importGeoJson(body, idProperty);
            return ResponseEntity.ok(Map.of("areas", areas));
        } catch (AreaBoundaries.InvalidBoundariesException e) {
            return ResponseEntity.badRequest().body(Map.of("field", "features", "message",
                    e.problems().size() + " problem(s); nothing was imported", "problems", e.problems()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ResponseEntity<Map<String, String>> invalid(String field, String message) {
        return ResponseEntity.badRequest().body(Map.of("field", field, "message", message));
    }
}
