package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the network image's nodes go, computed on the server so the picture reads like the seed's figure (002 §4-1)
 * every time ({@link Layout#KEEP}): one column per daily-life area, headed by the area; in each column, from the top,
 * the individual networks in a compact grid, the same-kind provider networks, the cross-kind network with the area's
 * council and coordinators; below all columns, across the whole width, the municipal level (the municipality's
 * networks, council and coordinators). A heading node left of each band names it. Sigma draws larger y higher up.
 */
final class NetworkImageLayout {

    /** The bands, top to bottom. */
    enum Band {
        INDIVIDUAL, SAME_KIND, CROSS_KIND, MUNICIPAL;

        String key() {
            return "networkImage.band." + name();
        }
    }

    static final double COLUMN = 440, CELL = 24, BAND_GAP = 260, ROW_GAP = 70, HEADING_GAP = 80, LABEL_GAP = 200;
    /** Individual networks per grid row, and provider networks per row of a lower band, in one column. */
    static final int GRID = 16, PER_ROW = 4;

    /** Positions by node id; each band's heading; each column's head (where its area goes). */
    record Placement(Map<String, double[]> nodes, Map<Band, double[]> bands, List<double[]> columns) {
    }

    private final int columns;
    private final Map<Band, Map<Integer, List<String>>> cells = new EnumMap<>(Band.class);
    private final List<String> municipal = new ArrayList<>();

    NetworkImageLayout(int columns) {
        this.columns = Math.max(1, columns);
        for (Band band : List.of(Band.INDIVIDUAL, Band.SAME_KIND, Band.CROSS_KIND)) {
            cells.put(band, new LinkedHashMap<>());
        }
    }

    /** A node in a column's band (the order of adding is the order of drawing: left to right, then down). */
    void add(Band band, int column, String id) {
        if (band == Band.MUNICIPAL) {
            municipal.add(id);
        } else {
            cells.get(band).computeIfAbsent(column, k -> new ArrayList<>()).add(id);
        }
    }

    Placement place() {
        Map<String, double[]> nodes = new LinkedHashMap<>();
        int sameKindRows = rows(Band.SAME_KIND, PER_ROW), crossKindRows = rows(Band.CROSS_KIND, PER_ROW);
        int gridRows = Math.max(1, rows(Band.INDIVIDUAL, GRID));
        // Bottom up: municipal band at 0, then cross-kind, same-kind, individual.
        double municipalY = 0;
        double crossKindY = municipalY + BAND_GAP + (crossKindRows - 1) * ROW_GAP;
        double sameKindY = crossKindY + BAND_GAP + (sameKindRows - 1) * ROW_GAP;
        double gridBottom = sameKindY + BAND_GAP;
        double gridTop = gridBottom + (gridRows - 1) * CELL;

        cells.get(Band.INDIVIDUAL).forEach((column, ids) -> {
            double left = x(column) - (GRID - 1) * CELL / 2;
            for (int i = 0; i < ids.size(); i++) {
                nodes.put(ids.get(i), point(left + (i % GRID) * CELL, gridTop - (i / GRID) * CELL));
            }
        });
        spread(nodes, Band.SAME_KIND, sameKindY);
        spread(nodes, Band.CROSS_KIND, crossKindY);
        double width = columns * COLUMN;
        for (int i = 0; i < municipal.size(); i++) {
            int row = i / (PER_ROW * columns), inRow = Math.min(PER_ROW * columns, municipal.size() - row * PER_ROW * columns);
            double step = width / inRow;
            nodes.put(municipal.get(i), point(x(0) - COLUMN / 2 + (i % (PER_ROW * columns) + 0.5) * step,
                    municipalY - row * ROW_GAP));
        }

        Map<Band, double[]> bands = new EnumMap<>(Band.class);
        double labelX = x(0) - COLUMN / 2 - LABEL_GAP;
        bands.put(Band.INDIVIDUAL, point(labelX, (gridTop + gridBottom) / 2));
        bands.put(Band.SAME_KIND, point(labelX, sameKindY));
        bands.put(Band.CROSS_KIND, point(labelX, crossKindY));
        bands.put(Band.MUNICIPAL, point(labelX, municipalY));
        List<double[]> heads = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            heads.add(point(x(c), gridTop + HEADING_GAP));
        }
        return new Placement(nodes, bands, heads);
    }

    /** Rows the busiest column needs in a band. */
    private int rows(Band band, int perRow) {
        return cells.get(band).values().stream().mapToInt(ids -> (ids.size() + perRow - 1) / perRow).max().orElse(1);
    }

    private void spread(Map<String, double[]> nodes, Band band, double top) {
        cells.get(band).forEach((column, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                int row = i / PER_ROW, inRow = Math.min(PER_ROW, ids.size() - row * PER_ROW);
                double step = COLUMN / inRow;
                nodes.put(ids.get(i), point(x(column) - COLUMN / 2 + (i % PER_ROW + 0.5) * step, top - row * ROW_GAP));
            }
        });
    }

    private static double x(int column) {
        return column * COLUMN;
    }

    private static double[] point(double x, double y) {
        return new double[] {Math.round(x * 100) / 100.0, Math.round(y * 100) / 100.0};
    }
}
