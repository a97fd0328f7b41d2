package jp.tsunagari.diagram;

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

    private DiagramStyles() {
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
}
