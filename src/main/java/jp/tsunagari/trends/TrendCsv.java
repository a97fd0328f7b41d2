package jp.tsunagari.trends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.tsunagari.gaps.GapCounts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The trend as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read the Japanese): day, area id, area name,
 * gap type code and name, count — 「10未満」 where suppressed. A cell starting with {@code = + - @} (or a tab or CR)
 * gets a leading apostrophe, so a spreadsheet does not run an area name as a formula.
 */
final class TrendCsv {

    private TrendCsv() {
    }

    static void write(List<GapCounts.TrendPoint> points, Map<String, String> areaNames,
                      Function<GapCounts.TrendPoint, String> typeName, Function<Integer, String> suppressed,
                      List<String> header, Writer out) {
        try {
            out.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(
                    org.apache.commons.csv.QuoteMode.ALL).get())) {
                csv.printRecord(header.stream().map(TrendCsv::neutral).toList());
                for (GapCounts.TrendPoint p : points) {
                    csv.printRecord(neutral(p.day().toString()), neutral(p.area()),
                            neutral(areaNames.getOrDefault(p.area(), "")), neutral(p.type().name()),
                            neutral(typeName.apply(p)),
                            neutral(p.count() == null ? suppressed.apply(p.suppressedBelow()) : p.count().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell a spreadsheet would read as a formula, made text. */
    static String neutral(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
