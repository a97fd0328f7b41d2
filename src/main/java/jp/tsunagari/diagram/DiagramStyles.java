package jp.tsunagari.diagram;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jp.tsunagari.diagram.GraphStyles.Shape;

/**
 * The look of the area diagram and the ecomap — a colour per kind, a halo per flag, a style per edge kind — and the
 * legend that explains it, both from the same sheet. Names come from {@code diagram.kind.*}, {@code diagram.flag.*}
 * and {@code diagram.edge.*}.
 */
final class DiagramStyles {

    private static final Map<String, Object[]> NODES = Map.of(
            DiagramKinds.RESIDENT, new Object[] {"#1565c0", 6.0, Shape.CIRCLE},
            DiagramKinds.PERSON, new Object[] {"#6a1b9a", 5.0, Shape.CIRCLE},
            DiagramKinds.ORGANIZATION, new Object[] {"#2e7d32", 8.0, Shape.RING},
            DiagramKinds.NPO, new Object[] {"#ef6c00", 8.0, Shape.RING},
            DiagramKinds.ASSOCIATION, new Object[] {"#6d4c41", 8.0, Shape.RING},
            DiagramKinds.INDIVIDUAL_NETWORK, new Object[] {"#00897b", 5.0, Shape.CIRCLE},
            DiagramKinds.PROVIDER_NETWORK, new Object[] {"#37474f", 11.0, Shape.CIRCLE},
            DiagramKinds.AREA, new Object[] {"#9e9e9e", 14.0, Shape.RING});

    private static final Map<String, String> FLAGS = Map.of(
            DiagramKinds.ISOLATED, "#e53935", DiagramKinds.SINGLE_SUPPORTER, "#fb8c00",
            DiagramKinds.UNMET_NEED, "#fdd835", DiagramKinds.OUTSIDE_NETWORK, "#8e24aa",
            DiagramKinds.OTHER_GAP, "#5c6bc0", DiagramKinds.INACTIVE, "#bdbdbd");

    private static final Map<String, Object[]> EDGES = Map.of(
            DiagramKinds.SUPPORTS, new Object[] {"#90a4ae", 1.0, false},
            DiagramKinds.MEMBER, new Object[] {"#80cbc4", 1.0, false},
            DiagramKinds.REFERS, new Object[] {"#ffb74d", 1.5, false},
            DiagramKinds.COVERS, new Object[] {"#cfd8dc", 1.0, false},
            DiagramKinds.OUTSIDE, new Object[] {"#8e24aa", 1.5, true});

    /** Kinds only the network image, provider-network and association views draw. */
    private static final Map<String, Object[]> MORE_NODES = Map.of(
            DiagramKinds.CROSS_KIND_NETWORK, new Object[] {"#283593", 13.0, Shape.CIRCLE},
            DiagramKinds.COUNCIL, new Object[] {"#ad1457", 13.0, Shape.RING},
            DiagramKinds.COORDINATOR, new Object[] {"#6a1b9a", 6.0, Shape.RING},
            DiagramKinds.SERVICE, new Object[] {"#f9a825", 6.0, Shape.CIRCLE},
            // Band and column headings: pale dots whose labels read as headings (as the ecomap's sectors).
            DiagramKinds.BAND, new Object[] {"#e0e0e0", 9.0, Shape.CIRCLE});

    private static final Map<String, Object[]> MORE_EDGES = Map.of(
            DiagramKinds.SHARES_MEMBER, new Object[] {"#4db6ac", 1.0, true},
            DiagramKinds.CONVENED_BY, new Object[] {"#ce93d8", 1.0, false},
            DiagramKinds.SITS_ON, new Object[] {"#f48fb1", 1.0, false},
            DiagramKinds.REPORTS, new Object[] {"#ffe082", 1.5, false},
            DiagramKinds.OFFERS, new Object[] {"#c5e1a5", 1.0, false});

    private static final Map<String, String> MORE_FLAGS = Map.of(DiagramKinds.NO_NPO, "#d81b60");

    private DiagramStyles() {
    }

    /**
     * A sheet with only the given node kinds, flags and edge kinds (of the area diagram's and the other views'),
     * for views that draw other things than the area diagram: the legend made from it lists only what they draw.
     */
    static GraphStyles sheet(Function<String, String> translate, List<String> nodeKinds, List<String> flags,
                             List<String> edgeKinds) {
        GraphStyles styles = GraphStyles.none();
        for (String kind : nodeKinds) {
            Object[] s = NODES.containsKey(kind) ? NODES.get(kind) : MORE_NODES.get(kind);
            styles = styles.withNode(kind, (String) s[0], (Double) s[1], (Shape) s[2],
                    translate.apply("diagram.kind." + kind));
        }
        for (String flag : flags) {
            styles = styles.withFlag(flag, FLAGS.containsKey(flag) ? FLAGS.get(flag) : MORE_FLAGS.get(flag),
                    translate.apply("diagram.flag." + flag));
        }
        for (String kind : edgeKinds) {
            Object[] s = EDGES.containsKey(kind) ? EDGES.get(kind) : MORE_EDGES.get(kind);
            styles = styles.withEdge(kind, (String) s[0], (Double) s[1], (Boolean) s[2]);
        }
        return styles;
    }

    /**
     * A legend of the sheet's node kinds (headings left out) and flags, then of the given edge kinds (named by
     * {@code diagram.edge.<kind>}).
     */
    static Div legend(GraphStyles styles, Function<String, String> translate, List<String> edgeKinds) {
        Div legend = new Div();
        legend.addClassName("tsunagari-legend");
        styles.nodes().forEach((kind, style) -> {
            if (!DiagramKinds.SECTOR.equals(kind) && !DiagramKinds.BAND.equals(kind)) {
                legend.add(entry(kind, style.name(), dot(style.color(), style.shape() == Shape.RING)));
            }
        });
        styles.flags().forEach((flag, style) -> legend.add(entry(flag, style.name(), halo(style.halo()))));
        for (String kind : edgeKinds) {
            GraphStyles.EdgeStyle style = styles.edges().get(kind);
            if (style != null) {
                legend.add(entry(kind, translate.apply("diagram.edge." + kind), line(style.color(), style.dashed())));
            }
        }
        return legend;
    }

    /**
     * The sheet, with names in the reader's language ({@code translate} gives a key's text). An ecomap has a few
     * nodes: they are drawn larger (labels show from 8 px), the resident largest.
     */
    static GraphStyles sheet(Function<String, String> translate, boolean ecomap) {
        GraphStyles styles = GraphStyles.none();
        for (String kind : DiagramKinds.NODE_KINDS) {
            Object[] s = NODES.get(kind);
            double scale = !ecomap ? 1 : DiagramKinds.RESIDENT.equals(kind) ? 3 : 2;
            styles = styles.withNode(kind, (String) s[0], (Double) s[1] * scale, (Shape) s[2],
                    translate.apply("diagram.kind." + kind));
        }
        // Sector names: pale dots whose labels read as headings.
        styles = styles.withNode(DiagramKinds.SECTOR, "#e0e0e0", 9, Shape.CIRCLE, translate.apply("diagram.kind.sector"));
        for (String flag : DiagramKinds.FLAGS) {
            styles = styles.withFlag(flag, FLAGS.get(flag), translate.apply("diagram.flag." + flag));
        }
        for (String kind : DiagramKinds.EDGE_KINDS) {
            Object[] s = EDGES.get(kind);
            styles = styles.withEdge(kind, (String) s[0], (Double) s[1] * (ecomap ? 2 : 1), (Boolean) s[2]);
        }
        return styles;
    }

    /** A legend of the sheet's node kinds and flags (sector labels left out), then of the dashed ties. */
    static Div legend(GraphStyles styles, Function<String, String> translate) {
        Div legend = new Div();
        legend.addClassName("tsunagari-legend");
        styles.nodes().forEach((kind, style) -> {
            if (!DiagramKinds.SECTOR.equals(kind)) {
                legend.add(entry(kind, style.name(), dot(style.color(), style.shape() == Shape.RING)));
            }
        });
        styles.flags().forEach((flag, style) -> legend.add(entry(flag, style.name(), halo(style.halo()))));
        legend.add(entry("dashed", translate.apply("diagram.edge.dashed"), line("#90a4ae")));
        legend.add(entry(DiagramKinds.OUTSIDE, translate.apply("diagram.edge.outside"), line(FLAGS.get(DiagramKinds.OUTSIDE_NETWORK))));
        return legend;
    }

    private static Span entry(String key, String name, Span symbol) {
        Span entry = new Span(symbol, new Span(name));
        entry.addClassName("tsunagari-legend-entry");
        entry.getElement().setAttribute("data-legend", key);
        return entry;
    }

    private static Span dot(String color, boolean ring) {
        Span dot = new Span();
        dot.addClassName("tsunagari-legend-dot");
        dot.getStyle().set("border-color", color).set("background", ring ? "transparent" : color);
        return dot;
    }

    private static Span halo(String color) {
        Span halo = new Span();
        halo.addClassName("tsunagari-legend-dot");
        halo.getStyle().set("border-color", color).set("background", "#90a4ae").set("box-shadow", "0 0 0 3px " + color);
        return halo;
    }

    private static Span line(String color) {
        Span line = new Span();
        line.addClassName("tsunagari-legend-line");
        line.getStyle().set("border-top-color", color);
        return line;
    }

    private static Span line(String color, boolean dashed) {
        Span line = line(color);
        line.getStyle().set("border-top-style", dashed ? "dashed" : "solid");
        return line;
    }
}
