package jp.tsunagari.console;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.internal.JacksonUtils;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A console result as a downloadable file. CSV: RFC 4180 (Apache Commons CSV), one column per result column, nodes
 * and relationships written as their JSON; a cell starting with {@code = + - @} (or a tab or carriage return) gets a
 * leading apostrophe so spreadsheet programs do not run it as a formula. JSON: the same object as
 * {@code POST /api/query} answers.
 */
final class ResultExports {

    private ResultExports() {
    }

    static String csv(ConsoleResult result) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(result.columns().stream().map(ResultExports::neutralised).toList());
            for (List<Object> row : result.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object cell : row) {
                    // A number is data, never a formula: -3 stays -3.
                    cells.add(cell instanceof Number ? text(cell) : neutralised(text(cell)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String json(ConsoleResult result) {
        return JacksonUtils.getMapper().writeValueAsString(result);
    }

    /** A cell as text: scalars as they are, lists and maps, nodes and relationships as JSON. */
    static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case String s -> s;
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            case List<?> list when list.stream().allMatch(v -> v instanceof String || v instanceof Number) ->
                    list.stream().map(String::valueOf).collect(Collectors.joining(", "));
            case Map<?, ?> m -> JacksonUtils.getMapper().writeValueAsString(m);
            default -> JacksonUtils.getMapper().writeValueAsString(cell);
        };
    }

    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
