package jp.tsunagari.console;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The console's privacy rules, applied to every cell of a result before it leaves the server:
 * <ul>
 * <li>the application's internal data never leaves: nodes with none of the model's labels, relationships of internal
 *     types, maps that carry internal keys (e.g. {@code properties(u)} of a user) and password-hash strings become
 *     null — whoever runs the query;</li>
 * <li>for users who may not identify residents ({@code pseudonymise}): a Resident node's {@code name} is its
 *     pseudonym, a supporting person's name their id, and every string cell, list element or map value that is or
 *     contains such a name has it replaced ({@link NameDictionary}) — {@code RETURN r.name}, {@code collect(r.name)},
 *     map projections, paths and individual networks named after their resident alike;</li>
 * <li>and count columns ({@code count(…)} in the plan, or declared by a library query) below the minimum cell size
 *     become null.</li>
 * </ul>
 */
@Component
class ResultPrivacy {

    /** The model's labels (cypher/README.md); a node with none of them is the application's own data. */
    static final Set<String> MODEL_LABELS = Set.of("Area", "Resident", "Person", "Coordinator", "Organization", "NPO",
            "NeighborhoodAssociation", "ServiceKind", "IndividualNetwork", "ProviderNetwork", "Council", "GapCount");
    private static final Pattern PASSWORD_HASH = Pattern.compile("^\\{(bcrypt|noop|pbkdf2|scrypt|argon2|sha256|MD5|SHA-1|ldap)[^}]*}.*");

    private final NameDictionary dictionary;

    ResultPrivacy(NameDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** What the rules are for one user. */
    record Policy(boolean pseudonymise, int suppressBelow) {
    }

    ConsoleResult apply(ReadOnlyRunner.RawResult raw, Collection<String> countColumns, Policy policy, long ms) {
        NameDictionary.Names names = policy.pseudonymise() ? dictionary.current() : null;
        List<Integer> suppressed = new ArrayList<>();
        if (policy.suppressBelow() > 0) {
            for (int i = 0; i < raw.columns().size(); i++) {
                if (countColumns.contains(raw.columns().get(i))) {
                    suppressed.add(i);
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>(raw.rows().size());
        for (List<Object> row : raw.rows()) {
            List<Object> shaped = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                Object cell = shape(row.get(i), names);
                if (suppressed.contains(i) && cell instanceof Number n && n.longValue() < policy.suppressBelow()) {
                    cell = null;
                }
                shaped.add(cell);
            }
            rows.add(shaped);
        }
        return new ConsoleResult(raw.columns(), rows, raw.truncated(), ms,
                suppressed.isEmpty() ? null : policy.suppressBelow(),
                suppressed.stream().map(raw.columns()::get).toList());
    }

    Object shape(Object value, NameDictionary.Names names) {
        return switch (value) {
            case null -> null;
            case String s -> PASSWORD_HASH.matcher(s).matches() ? null : names == null ? s : names.replaceIn(s);
            case ResultNode n -> node(n, names);
            case ResultRelationship r -> relationship(r, names);
            case ResultPath p -> path(p, names);
            case List<?> list -> {
                List<Object> out = new ArrayList<>(list.size());
                list.forEach(v -> out.add(shape(v, names)));
                yield out;
            }
            case Map<?, ?> map -> {
                if (map.keySet().stream().anyMatch(QueryCheck.INTERNAL_KEYS::contains)) {
                    yield null;
                }
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(String.valueOf(k), shape(v, names)));
                yield out;
            }
            default -> value;
        };
    }

    private ResultNode node(ResultNode node, NameDictionary.Names names) {
        if (node.labels().stream().noneMatch(MODEL_LABELS::contains)) {
            return null;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        node.properties().forEach((k, v) -> properties.put(k, shape(v, names)));
        if (names != null && node.has("Resident") && properties.containsKey("name")) {
            properties.put("name", node.properties().get("pseudonym") instanceof String p ? p : node.id());
        } else if (names != null && node.has("Person") && !node.has("Coordinator") && properties.containsKey("name")) {
            properties.put("name", node.id());
        }
        return new ResultNode(node.elementId(), node.labels(), properties);
    }

    private ResultRelationship relationship(ResultRelationship r, NameDictionary.Names names) {
        if (QueryCheck.INTERNAL_LABELS.contains(r.type())) {
            return null;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        r.properties().forEach((k, v) -> properties.put(k, shape(v, names)));
        return new ResultRelationship(r.elementId(), r.type(), r.startElementId(), r.endElementId(), properties);
    }

    private ResultPath path(ResultPath path, NameDictionary.Names names) {
        List<ResultNode> nodes = new ArrayList<>();
        for (ResultNode n : path.nodes()) {
            ResultNode shaped = node(n, names);
            if (shaped == null) {
                return null;
            }
            nodes.add(shaped);
        }
        List<ResultRelationship> rels = new ArrayList<>();
        for (ResultRelationship r : path.relationships()) {
            ResultRelationship shaped = relationship(r, names);
            if (shaped == null) {
                return null;
            }
            rels.add(shaped);
        }
        return new ResultPath(nodes, rels);
    }
}
