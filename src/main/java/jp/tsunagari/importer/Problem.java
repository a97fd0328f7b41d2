package jp.tsunagari.importer;

import java.util.List;

/**
 * One thing wrong with an input file, before translation: the line (1 is the header; for .xlsx the sheet's row
 * number; 0 for the file as a whole), the column's header as written in the file, the cell's value, and a message key
 * of {@code messages*.properties} with its arguments.
 */
record Problem(long line, String column, String value, String key, List<Object> args) {

    Problem {
        args = List.copyOf(args);
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    static Problem of(long line, String column, String value, String key, Object... args) {
        return new Problem(line, column, value, key, List.of(args));
    }
}
