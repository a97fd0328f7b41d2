package jp.tsunagari.console;

import java.util.List;

/** A path in a console result: its nodes in order and the relationships between them. */
public record ResultPath(List<ResultNode> nodes, List<ResultRelationship> relationships) {

    public ResultPath {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }
}
