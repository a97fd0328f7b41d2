package jp.tsunagari.diagram;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How kinds and flags look. Flags are kept in the order they were added: a node with several flags shows the halo
 * of the first. Immutable; each {@code with…} returns a new sheet.
 */
public record GraphStyles(Map<String, NodeStyle> nodes, Map<String, FlagStyle> flags, Map<String, EdgeStyle> edges) {

    public enum Shape {
        /** Filled circle. */
        CIRCLE,
        /** Hollow circle in the kind's colour, e.g. for organisations. */
        RING;

        @com.fasterxml.jackson.annotation.JsonValue
        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code name} is shown under the label in the tooltip (e.g. 「民生委員」). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NodeStyle(String color, Double size, Shape shape, String name) {
    }

    /** {@code halo}: a CSS colour, e.g. red for 孤立. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FlagStyle(String halo, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EdgeStyle(String color, Double size, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean dashed) {
    }

    public GraphStyles {
        nodes = frozen(nodes);
        flags = frozen(flags);
        edges = frozen(edges);
    }

    public static GraphStyles none() {
        return new GraphStyles(Map.of(), Map.of(), Map.of());
    }

    public GraphStyles withNode(String kind, String color, double size, Shape shape, String name) {
        var copy = new LinkedHashMap<>(nodes);
        copy.put(kind, new NodeStyle(color, size, shape, name));
        return new GraphStyles(copy, flags, edges);
    }

    public GraphStyles withFlag(String flag, String haloColor, String name) {
        var copy = new LinkedHashMap<>(flags);
        copy.put(flag, new FlagStyle(haloColor, name));
        return new GraphStyles(nodes, copy, edges);
    }

    public GraphStyles withEdge(String kind, String color, double size, boolean dashed) {
        var copy = new LinkedHashMap<>(edges);
        copy.put(kind, new EdgeStyle(color, size, dashed));
        return new GraphStyles(nodes, flags, copy);
    }

    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
