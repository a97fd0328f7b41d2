package jp.tsunagari.console;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a console query returned, as this user may see it. Cells are JSON-friendly values: null, booleans, numbers,
 * strings (temporal values in ISO form), lists, maps, {@link ResultNode}, {@link ResultRelationship},
 * {@link ResultPath}. {@code truncated}: there were more rows than the cap. {@code suppressedColumns}: count columns
 * whose values below {@code suppressedBelow} were replaced by null (「10未満」).
 */
public record ConsoleResult(List<String> columns, List<List<Object>> rows, boolean truncated, long ms,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Integer suppressedBelow,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> suppressedColumns) {

    public ConsoleResult {
        columns = List.copyOf(columns);
        rows = java.util.Collections.unmodifiableList(rows);
        suppressedColumns = suppressedColumns == null ? List.of() : List.copyOf(suppressedColumns);
    }
}
