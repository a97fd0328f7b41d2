package jp.tsunagari.diagram;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A node of a {@link GraphData}. {@code kind} picks its style (colour, size, shape); {@code flags} add halos (e.g.
 * {@code isolated}); {@code x}/{@code y} are a saved position (null: the layout places it); {@code size} overrides
 * the kind's size. The label is plain text: the browser never interprets it as HTML.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GraphNode(String id, String label, String kind, Double x, Double y, Double size,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> flags) {

    public GraphNode {
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
        kind = kind == null ? "" : kind;
        flags = flags == null ? List.of() : List.copyOf(flags);
        if ((x == null) != (y == null)) {
            throw new IllegalArgumentException("Node " + id + " has only one coordinate");
        }
    }

    public GraphNode(String id, String label, String kind) {
        this(id, label, kind, null, null, null, List.of());
    }

    public GraphNode withFlags(String... flags) {
        return new GraphNode(id, label, kind, x, y, size, List.of(flags));
    }

    public GraphNode at(double x, double y) {
        return new GraphNode(id, label, kind, x, y, size, flags);
    }

    public GraphNode withSize(double size) {
        return new GraphNode(id, label, kind, x, y, size, flags);
    }

    @JsonIgnore
    public boolean placed() {
        return x != null;
    }
}
