package jp.tsunagari.diagram;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An edge of a {@link GraphData}, from {@code source} to {@code target} (e.g. supporter → resident). {@code id} may
 * be null (the browser makes one); {@code kind} picks its style; {@code dashed} marks a tie outside the formal
 * network (family, neighbours) whatever its kind.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GraphEdge(String id, String source, String target, String kind,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean dashed) {

    public GraphEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    public GraphEdge(String source, String target, String kind) {
        this(null, source, target, kind, false);
    }

    public GraphEdge asDashed() {
        return new GraphEdge(id, source, target, kind, true);
    }
}
