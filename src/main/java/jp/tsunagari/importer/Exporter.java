package jp.tsunagari.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tsunagari.security.AreaScope;
import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * Everything the user may see, in the import layouts, as CSV (UTF-8 with BOM, CRLF, RFC 4180) or .xlsx: resident
 * rows only within the user's resident scope, residents named as the user may see them (pseudonyms for analysts).
 * In CSV a cell starting with {@code = + - @} gets a leading apostrophe so spreadsheet programs show it as text; the
 * import reads it back without that apostrophe. Every export is audited; templates (headers only) are not.
 */
@Service
class Exporter {

    enum Format {
        CSV("text/csv; charset=UTF-8", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        static Format of(String name) {
            return name != null && name.equalsIgnoreCase("xlsx") ? XLSX : CSV;
        }
    }

    private final GraphRows graphRows;
    private final CurrentUser user;
    private final AuditTrail audit;

    Exporter(GraphRows graphRows, CurrentUser user, AuditTrail audit) {
        this.graphRows = graphRows;
        this.user = user;
        this.audit = audit;
    }

    /** Who may export: everyone but council viewers (who see projections only). */
    void requireExporter() {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.LAYER2_COORDINATOR, Role.ANALYST, Role.ADMIN);
    }

    /** The rows of a kind the user may see, as the cells of the layout (canonical text, not neutralised). */
    List<List<String>> rows(ImportKind kind) {
        requireExporter();
        // Analysts read residents city-wide, pseudonymised (as CurrentUser.requireResident allows); others their scope.
        AreaScope scope = user.has(Role.ANALYST) ? AreaScope.ALL : user.residentScope();
        GraphRows.Selection selection = kind.aboutResidents() ? GraphRows.Selection.within(scope)
                : GraphRows.Selection.all();
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> stored : graphRows.read(kind, selection)) {
            List<String> cells = new ArrayList<>(kind.columns.size());
            for (Column column : kind.columns) {
                Object value = stored.get(column.key());
                if (kind == ImportKind.RESIDENTS && column.key().equals("name")) {
                    value = user.residentName((String) value, (String) stored.get("pseudonym"),
                            Boolean.TRUE.equals(stored.get("consentToShare")));
                }
                cells.add(Cells.canonical(column, value));
            }
            rows.add(cells);
        }
        return rows;
    }

    byte[] export(ImportKind kind, Format format) {
        List<List<String>> rows = rows(kind);
        audit.record(AuditAction.EXPORT, List.of(kind.slug), rows.size() + " rows as " + format.extension);
        return write(kind, rows, format);
    }

    /** An empty file of the layout (the header; for .xlsx also a sheet describing the columns). */
    static byte[] template(ImportKind kind, Format format) {
        return write(kind, List.of(), format);
    }

    static byte[] write(ImportKind kind, List<List<String>> rows, Format format) {
        List<String> header = kind.columns.stream().map(Column::header).toList();
        return format == Format.XLSX ? xlsx(kind, header, rows) : csv(header, rows);
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF'); // Excel reads UTF-8 Japanese correctly only with a BOM
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Cells::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] xlsx(ImportKind kind, List<String> header, List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            var bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet(kind.nameJa.length() > 31 ? kind.nameJa.substring(0, 31) : kind.nameJa);
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
                first.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (List<String> row : rows) {
                Row sheetRow = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    if (!row.get(i).isEmpty()) {
                        sheetRow.createCell(i).setCellValue(row.get(i)); // text cells: never run as formulas
                    }
                }
            }
            Sheet help = workbook.createSheet("列の説明 columns");
            String[] titles = {"見出し (header)", "英語名 (alias)", "必須 (required)", "形式 (format)"};
            Row helpHeader = help.createRow(0);
            for (int i = 0; i < titles.length; i++) {
                helpHeader.createCell(i).setCellValue(titles[i]);
                helpHeader.getCell(i).setCellStyle(bold);
            }
            int h = 1;
            for (Column column : kind.columns) {
                Row row = help.createRow(h++);
                row.createCell(0).setCellValue(column.header());
                row.createCell(1).setCellValue(column.key());
                row.createCell(2).setCellValue(column.required() ? "必須 required" : "");
                row.createCell(3).setCellValue(format(column));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a column's values are written, for the template's description sheet and the docs. */
    static String format(Column column) {
        return switch (column.type()) {
            case ID -> "ID (A-Z a-z 0-9 . _ : -)";
            case IDS -> "ID;ID;…";
            case TEXT -> "text ≤ 200";
            case ENUM, INTEGER -> String.join(" | ", column.values());
            case SERVICE -> "service kind code (WATCHING …) or 見守り …";
            case SERVICES -> "service kinds; separated by ;";
            case BOOLEAN -> "true | false";
            case DATE -> "yyyy-MM-dd";
            case LATITUDE -> "20–46 (decimal degrees)";
            case LONGITUDE -> "122–154 (decimal degrees)";
            case DIGITS -> column.values().getFirst() + " digits";
        };
    }
}
