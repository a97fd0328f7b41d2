package jp.tsunagari.diagram;

import java.util.Objects;

/** An entry of a node's context menu: {@link NetworkGraph.ContextActionEvent} reports its {@code id}. */
public record Action(String id, String label) {

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
