package jp.tsunagari.diagram;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.diagram.DiagramKinds.Sector;

/**
 * Where an ecomap's nodes go, computed on the server so the picture is the same every time ({@link Layout#KEEP}):
 * the resident at the origin, each sector a fifth of the circle clockwise from the top, its helpers spread over
 * its arc on concentric rings (the inner ring first, outer rings holding a few more), a label node well outside each
 * sector (sigma draws one label per ~100 px cell: closer, a helper's label would hide the sector's name), the
 * individual network between the resident and the rings.
 */
final class EcomapLayout {

    static final double FIRST_RING = 100, RING_GAP = 45, FIRST_RING_CAPACITY = 5, LABEL_GAP = 110,
            NETWORK_RADIUS = 45;
    private static final double SECTOR = 2 * Math.PI / Sector.values().length;
    /** Space left free at each side of a sector, so neighbouring sectors stay apart. */
    private static final double MARGIN = SECTOR * 0.1;

    /** Helpers' positions by id, each sector's label position, and the individual network's (or null). */
    record Placement(Map<String, double[]> helpers, Map<Sector, double[]> sectors, double[] network) {
    }

    private EcomapLayout() {
    }

    static Placement place(Map<Sector, List<String>> bySector, boolean withNetwork) {
        Map<String, double[]> helpers = new LinkedHashMap<>();
        int rings = 1;
        for (Sector sector : Sector.values()) {
            List<String> ids = bySector.getOrDefault(sector, List.of());
            int placed = 0;
            for (int ring = 0; placed < ids.size(); ring++) {
                int capacity = capacity(ring);
                int here = Math.min(capacity, ids.size() - placed);
                double radius = FIRST_RING + ring * RING_GAP;
                for (int i = 0; i < here; i++) {
                    helpers.put(ids.get(placed + i), polar(radius, angle(sector, (i + 0.5) / here)));
                }
                placed += here;
                rings = Math.max(rings, ring + 1);
            }
        }
        double labelRadius = FIRST_RING + (rings - 1) * RING_GAP + LABEL_GAP;
        Map<Sector, double[]> sectors = new EnumMap<>(Sector.class);
        for (Sector sector : Sector.values()) {
            sectors.put(sector, polar(labelRadius, angle(sector, 0.5)));
        }
        double[] network = withNetwork ? polar(NETWORK_RADIUS, angle(Sector.INFORMAL, 0.5)) : null;
        return new Placement(helpers, sectors, network);
    }

    /** How many helpers one ring of one sector holds. */
    static int capacity(int ring) {
        return (int) FIRST_RING_CAPACITY + 2 * ring;
    }

    /** The angle of a point {@code fraction} (0–1) of the way clockwise through a sector, 0 being the top. */
    static double angle(Sector sector, double fraction) {
        double start = Math.PI / 2 - sector.ordinal() * SECTOR - MARGIN;
        return start - fraction * (SECTOR - 2 * MARGIN);
    }

    /** The sector a point lies in (for tests and hit checks). */
    static Sector sectorAt(double x, double y) {
        double clockwiseFromTop = Math.PI / 2 - Math.atan2(y, x);
        double normalized = ((clockwiseFromTop % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
        return Sector.values()[(int) (normalized / SECTOR)];
    }

    private static double[] polar(double radius, double angle) {
        return new double[] {round(radius * Math.cos(angle)), round(radius * Math.sin(angle))};
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
