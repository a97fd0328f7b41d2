package jp.tsunagari.importer;

import java.util.List;

/**
 * What an import did, or (dry run) would do: {@code created}, {@code updated} and {@code unchanged} rows (an
 * unchanged row is written not at all and counted in neither of the first two); {@code ok} is false when any
 * {@code errors}, and then nothing was written.
 */
record ImportReport(boolean ok, boolean dryRun, String kind, String encoding, int rows, int created, int updated,
                    int unchanged, List<Error> errors) {

    /** One problem: line (1 = header; 0 = the file as a whole), column header as in the file, the cell, why. */
    record Error(long line, String column, String value, String reason) {
    }

    ImportReport {
        errors = List.copyOf(errors);
    }
}
