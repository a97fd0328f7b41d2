package jp.tsunagari.diagram;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An entry of a node's context menu: {@link NetworkGraph.ContextActionEvent} reports its {@code id}. Offered on
 * every node unless it names {@code kinds} (node kinds) or {@code nodes} (node ids) it applies to — then only on
 * those (both named: on nodes that are in both). The server still checks what a picked action may do.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Action(String id, String label, List<String> kinds, List<String> nodes) {

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        kinds = kinds == null ? null : List.copyOf(kinds);
        nodes = nodes == null ? null : List.copyOf(nodes);
    }

    public Action(String id, String label) {
        this(id, label, null, null);
    }

    /** This action, offered only on nodes of these kinds. */
    public Action onKinds(Collection<String> kinds) {
        return new Action(id, label, List.copyOf(kinds), nodes);
    }

    /** This action, offered only on these nodes. */
    public Action onNodes(Collection<String> nodes) {
        return new Action(id, label, kinds, List.copyOf(nodes));
    }
}
