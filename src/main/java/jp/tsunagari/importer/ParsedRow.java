package jp.tsunagari.importer;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One data row after its cells were read by type: the typed values by column key, which columns the file has
 * ({@code present}), and each column's header and raw text as written (for the report).
 */
final class ParsedRow {

    final long line;
    final Map<String, Object> values = new HashMap<>();
    final Set<String> present = new LinkedHashSet<>();
    final Map<String, String> headers = new HashMap<>();
    final Map<String, String> raw = new HashMap<>();
    boolean bad;

    ParsedRow(long line) {
        this.line = line;
    }

    Object get(String key) {
        return values.get(key);
    }

    String text(String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString();
    }

    @SuppressWarnings("unchecked")
    java.util.List<String> list(String key) {
        Object v = values.get(key);
        return v == null ? java.util.List.of() : (java.util.List<String>) v;
    }

    void put(String key, String header, String rawText, Object value) {
        values.put(key, value);
        present.add(key);
        headers.put(key, header);
        raw.put(key, rawText);
    }

    String header(String key, ImportKind kind) {
        return headers.getOrDefault(key, kind.columns.stream().filter(c -> c.key().equals(key)).map(Column::header)
                .findFirst().orElse(key));
    }
}
