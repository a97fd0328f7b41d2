package jp.tsunagari.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Plausible boundaries for the demo city, deterministic from its seed: an irregular city outline on the Sea of
 * Japan coast of Yamaguchi (where Hagi-like cities lie), cut into daily-life areas by a Voronoi diagram of their
 * centres, each cut again into its neighbourhoods by a Voronoi diagram of points inside it — so a daily-life area is
 * exactly the union of its neighbourhoods — and organizations placed at points inside the area they belong to. It
 * draws from its own random generator, so the rest of the city is the same with or without it.
 */
final class DemoCityGeography {

    /** Where 東雲市 lies (a fictional city; 131.5°E 34.4°N is inland from Hagi). */
    static final double CENTRE_LON = 131.52, CENTRE_LAT = 34.38;

    /** Six decimals, as imported boundaries are kept; with a fixed grid the cells stay valid once rounded. */
    private static final PrecisionModel GRID = new PrecisionModel(1_000_000);
    private static final GeometryFactory FACTORY = new GeometryFactory(GRID, 4326);

    private final Random random;
    private final Map<String, Geometry> shapes = new HashMap<>();

    private DemoCityGeography(long seed) {
        this.random = new Random(seed ^ 0x6E6F6E6F6D65L);
    }

    /** Adds {@code boundary} to every area row and {@code latitude}/{@code longitude} to every organization row. */
    static void addTo(DemoCity city, long seed) {
        new DemoCityGeography(seed).place(city);
    }

    private void place(DemoCity city) {
        Map<String, List<String>> children = new HashMap<>();
        String municipality = null;
        for (Map<String, Object> area : city.rows("areas")) {
            Object parent = area.get("parentId");
            if (parent == null) {
                municipality = (String) area.get("id");
            } else {
                children.computeIfAbsent((String) parent, k -> new ArrayList<>()).add((String) area.get("id"));
            }
        }
        if (municipality == null) {
            return;
        }
        Geometry outline = outline();
        shapes.put(municipality, outline);
        split(outline, children.getOrDefault(municipality, List.of()), children);
        GeoJsonWriter writer = new GeoJsonWriter(6);
        writer.setEncodeCRS(false);
        for (Map<String, Object> area : city.rows("areas")) {
            Geometry shape = shapes.get((String) area.get("id"));
            area.put("boundary", shape == null ? null : writer.write(shape));
        }
        for (Map<String, Object> org : city.rows("organizations")) {
            List<?> serves = (List<?>) org.get("serves");
            Geometry shape = serves == null || serves.isEmpty() ? outline
                    : shapes.getOrDefault((String) serves.getFirst(), outline);
            Coordinate at = pointIn(shape);
            org.put("latitude", round(at.y));
            org.put("longitude", round(at.x));
        }
    }

    /** A city about 30 km × 22 km: a wobbly ellipse (cos(lat) keeps it round on the ground). */
    private Geometry outline() {
        int corners = 48;
        double rx = 0.165, ry = 0.10;
        double phase1 = random.nextDouble() * Math.PI * 2, phase2 = random.nextDouble() * Math.PI * 2;
        Coordinate[] ring = new Coordinate[corners + 1];
        for (int i = 0; i < corners; i++) {
            double t = 2 * Math.PI * i / corners;
            double wobble = 1 + 0.12 * Math.sin(3 * t + phase1) + 0.07 * Math.sin(5 * t + phase2)
                    + 0.04 * (random.nextDouble() - 0.5);
            ring[i] = new Coordinate(CENTRE_LON + rx * wobble * Math.cos(t), CENTRE_LAT + ry * wobble * Math.sin(t));
        }
        ring[corners] = ring[0].copy();
        return GeometryPrecisionReducer.reduce(FACTORY.createPolygon(ring), GRID);
    }

    /** Cuts {@code shape} into one cell per child (Voronoi of points inside it), recursively down the area tree. */
    private void split(Geometry shape, List<String> ids, Map<String, List<String>> children) {
        if (ids.isEmpty()) {
            return;
        }
        if (ids.size() == 1) {
            shapes.put(ids.getFirst(), shape);
            split(shape, children.getOrDefault(ids.getFirst(), List.of()), children);
            return;
        }
        List<Coordinate> sites = spreadPoints(shape, ids.size());
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(sites);
        Envelope frame = new Envelope(shape.getEnvelopeInternal());
        frame.expandBy(0.05);
        voronoi.setClipEnvelope(frame);
        Geometry cells = voronoi.getDiagram(FACTORY);
        for (int c = 0; c < cells.getNumGeometries(); c++) {
            Geometry cell = cells.getGeometryN(c);
            Coordinate site = (Coordinate) cell.getUserData();
            int index = sites.indexOf(site);
            Geometry clipped = GeometryPrecisionReducer.reduce(cell.intersection(shape), GRID);
            Geometry part = largestPolygon(clipped);
            String id = ids.get(index);
            shapes.put(id, part);
            split(part, children.getOrDefault(id, List.of()), children);
        }
    }

    /**
     * {@code count} points inside the shape kept apart (the best of a few random candidates each, farthest from
     * those chosen), so no cell is a sliver.
     */
    private List<Coordinate> spreadPoints(Geometry shape, int count) {
        List<Coordinate> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            Coordinate best = null;
            double bestDistance = -1;
            for (int k = 0; k < 12; k++) {
                Coordinate candidate = pointIn(shape);
                double nearest = Double.MAX_VALUE;
                for (Coordinate c : chosen) {
                    nearest = Math.min(nearest, c.distance(candidate));
                }
                if (nearest > bestDistance) {
                    bestDistance = nearest;
                    best = candidate;
                }
            }
            chosen.add(best);
        }
        return chosen;
    }

    private Coordinate pointIn(Geometry shape) {
        Envelope box = shape.getEnvelopeInternal();
        for (int attempt = 0; attempt < 1000; attempt++) {
            Coordinate c = new Coordinate(round(box.getMinX() + random.nextDouble() * box.getWidth()),
                    round(box.getMinY() + random.nextDouble() * box.getHeight()));
            Point p = FACTORY.createPoint(c);
            if (shape.contains(p)) {
                return c;
            }
        }
        return shape.getInteriorPoint().getCoordinate();
    }

    /** A Voronoi cell clipped to a wobbly outline is one polygon, but rounding may split off a speck: keep the body. */
    private static Geometry largestPolygon(Geometry geometry) {
        if (geometry instanceof Polygon) {
            return geometry;
        }
        Geometry best = null;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry g = geometry.getGeometryN(i);
            if (g instanceof Polygon && (best == null || g.getArea() > best.getArea())) {
                best = g;
            }
        }
        return best == null ? geometry : best;
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000) / 1_000_000.0;
    }
}
