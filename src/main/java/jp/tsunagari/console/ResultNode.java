package jp.tsunagari.console;

import java.util.List;
import java.util.Map;

/** A node in a console result, as Neo4j Browser's JSON export shows it. */
public record ResultNode(String elementId, List<String> labels, Map<String, Object> properties) {

    public ResultNode {
        labels = List.copyOf(labels);
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }

    /** The {@code id} property when there is one (every node of the model has it), else the element id. */
    public String id() {
        return properties.get("id") instanceof String s ? s : elementId;
    }

    public boolean has(String label) {
        return labels.contains(label);
    }
}
