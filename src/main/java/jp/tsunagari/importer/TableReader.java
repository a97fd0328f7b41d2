package jp.tsunagari.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a CSV file (Apache Commons CSV, RFC 4180 quoting, after strict decoding) or the first sheet of an .xlsx
 * workbook (Apache POI) into a header and rows of text cells, each with the line or sheet row it came from.
 */
final class TableReader {

    /** A table read from a file; {@code problems} are those of the file itself (encoding, quoting, size). */
    record Table(List<String> header, List<SourceRow> rows, List<Problem> problems, String encoding) {
    }

    /** One data row: the line it starts on (1 is the header) and its cells in file order. */
    record SourceRow(long line, List<String> cells) {
    }

    private TableReader() {
    }

    static boolean isXlsx(byte[] bytes) {
        // A zip container ("PK\3\4"): .xlsx. CSV files never start with these bytes.
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Reads at most {@code maxRows} data rows; one more is reported as a problem ("too many rows"). */
    static Table read(byte[] bytes, Charset chosen, int maxRows) {
        if (isXlsx(bytes)) {
            return readXlsx(bytes, maxRows);
        }
        if (Encodings.hasUtf16Bom(bytes)) {
            return new Table(List.of(), List.of(), List.of(Problem.of(0, "", "", "import.error.utf16")), "UTF-16");
        }
        Charset charset = chosen != null ? chosen : Encodings.detect(bytes);
        Encodings.Decoded decoded = Encodings.decode(bytes, charset);
        List<Problem> problems = new ArrayList<>(decoded.problems());
        List<String> header = null;
        List<SourceRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false)
                .get();
        try (CSVParser parser = CSVParser.parse(String.join("\n", decoded.lines()), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long before = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(Problem.of(before + 1, "", "", "import.error.csv", String.valueOf(e.getMessage())));
                    break;
                }
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue; // a row of empty cells, as spreadsheet programs leave at the end
                }
                if (header == null) {
                    header = cells;
                } else if (rows.size() >= maxRows) {
                    problems.add(Problem.of(before + 1, "", "", "import.error.tooManyRows", maxRows));
                    break;
                } else {
                    rows.add(new SourceRow(firstLineOf(record, before), cells));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Table(header == null ? List.of() : header, rows, problems, charset.name());
    }

    /** The physical line a record starts on: after the last line feed read before it, skipping empty lines. */
    private static long firstLineOf(CSVRecord record, long linesBefore) {
        return linesBefore + 1;
    }

    private static Table readXlsx(byte[] bytes, int maxRows) {
        List<Problem> problems = new ArrayList<>();
        List<String> header = null;
        List<SourceRow> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else if (rows.size() >= maxRows) {
                    problems.add(Problem.of(row.getRowNum() + 1, "", "", "import.error.tooManyRows", maxRows));
                    break;
                } else {
                    rows.add(new SourceRow(row.getRowNum() + 1, cells));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.of(0, "", "", "import.error.xlsx", String.valueOf(e.getMessage())));
        }
        return new Table(header == null ? List.of() : header, rows, problems, "xlsx");
    }

    /** A cell's value as text: dates as yyyy-MM-dd, numbers without grouping, a formula's last computed value. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
                    : number(cell.getNumericCellValue());
            default -> cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell);
        };
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value); // 事業所番号 typed as a number
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
