package jp.tsunagari.console;

import java.util.Map;

/** A relationship in a console result. */
public record ResultRelationship(String elementId, String type, String startElementId, String endElementId,
                                 Map<String, Object> properties) {

    public ResultRelationship {
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
    }
}
