package jp.tsunagari.importer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reading one cell by its column's type into the value written to Neo4j, and the canonical text both an imported
 * and a stored value are compared by (so re-importing a file finds every row unchanged).
 */
final class Cells {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    static final Pattern LIST_SEPARATOR = Pattern.compile("[;；、\\n]");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);
    /** Japan's extent, with a margin: a point outside is a typo or latitude and longitude swapped. */
    static final double MIN_LATITUDE = 20, MAX_LATITUDE = 46, MIN_LONGITUDE = 122, MAX_LONGITUDE = 154;

    private Cells() {
    }

    /** A parse failure: message key and arguments. */
    record Bad(String key, List<Object> args) {
    }

    /** What reading one cell gave: a value (null when empty) or what is wrong with it. */
    record Read(Object value, Bad bad) {
        static Read ok(Object value) {
            return new Read(value, null);
        }

        static Read bad(String key, Object... args) {
            return new Read(null, new Bad(key, List.of(args)));
        }
    }

    /**
     * Undoes what the export does to keep spreadsheet programs from running a cell as a formula: one leading
     * apostrophe before {@code = + - @} (the way Excel itself reads such a cell). Nothing else is changed.
     */
    static String unneutralised(String text) {
        if (text.length() >= 2 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    /** The export side: a text starting with {@code = + - @} gets a leading apostrophe in CSV. */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** Reads a cell (already stripped of surrounding spaces) by its column's type. */
    static Read read(Column column, String raw, ServiceKinds services) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return column.required() ? Read.bad("import.error.required") : Read.ok(column.isList() ? List.of() : null);
        }
        return switch (column.type()) {
            case ID -> ID.matcher(text).matches() ? Read.ok(text) : Read.bad("import.error.id");
            case IDS -> {
                List<String> ids = new ArrayList<>();
                for (String id : items(text)) {
                    if (!ID.matcher(id).matches()) {
                        yield Read.bad("import.error.idInList", id);
                    }
                    ids.add(id);
                }
                yield ids.isEmpty() && column.required() ? Read.bad("import.error.required") : Read.ok(sorted(ids));
            }
            case TEXT -> text.length() > 200 ? Read.bad("import.error.length", 200) : Read.ok(text);
            case ENUM -> {
                String value = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replace('-', '_');
                yield column.values().contains(value) ? Read.ok(value)
                        : Read.bad("import.error.enum", String.join(", ", column.values()));
            }
            case SERVICE -> {
                String code = services.code(text);
                yield code != null ? Read.ok(code) : Read.bad("import.error.service", text);
            }
            case SERVICES -> {
                List<String> codes = new ArrayList<>();
                for (String item : items(text)) {
                    String code = services.code(item);
                    if (code == null) {
                        yield Read.bad("import.error.service", item);
                    }
                    codes.add(code);
                }
                yield Read.ok(sorted(codes));
            }
            case BOOLEAN -> switch (Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "はい", "○", "〇", "有" -> Read.ok(Boolean.TRUE);
                case "false", "0", "no", "いいえ", "×", "無" -> Read.ok(Boolean.FALSE);
                default -> Read.bad("import.error.boolean");
            };
            case DATE -> date(Normalizer.normalize(text, Normalizer.Form.NFKC));
            case INTEGER -> {
                String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
                yield column.values().contains(n) ? Read.ok(Long.parseLong(n))
                        : Read.bad("import.error.enum", String.join(", ", column.values()));
            }
            case LATITUDE -> coordinate(text, MIN_LATITUDE, MAX_LATITUDE, "import.error.latitude");
            case LONGITUDE -> coordinate(text, MIN_LONGITUDE, MAX_LONGITUDE, "import.error.longitude");
            case DIGITS -> {
                String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("-", "");
                int length = Integer.parseInt(column.values().getFirst());
                yield digits.length() == length && digits.chars().allMatch(Character::isDigit) ? Read.ok(digits)
                        : Read.bad("import.error.digits", length);
            }
        };
    }

    private static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        for (String item : LIST_SEPARATOR.split(text)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static List<String> sorted(List<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    private static Read date(String text) {
        for (DateTimeFormatter f : List.of(DASHED, SLASHED)) {
            try {
                return Read.ok(LocalDate.parse(text, f));
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        return Read.bad("import.error.date");
    }

    private static Read coordinate(String text, double min, double max, String key) {
        try {
            double value = Double.parseDouble(Normalizer.normalize(text, Normalizer.Form.NFKC));
            if (Double.isFinite(value) && value >= min && value <= max) {
                return Read.ok(value);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        return Read.bad(key, (int) min, (int) max);
    }

    /** The text a value is compared and exported by: lists sorted and joined by ";", numbers without trailing zeros. */
    static String canonical(Column column, Object value) {
        if (value == null) {
            if (column.type() == Column.Type.BOOLEAN) {
                return column.key().equals("active") ? "true" : "false"; // absent: active, not alone, no consent
            }
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(";", new TreeSet<>(list.stream().map(String::valueOf).toList()));
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number n) {
            return Long.toString(n.longValue());
        }
        return String.valueOf(value);
    }

    /** The known service kinds, by code and by Japanese or English name. */
    record ServiceKinds(Map<String, String> codeByName, Set<String> codes) {

        String code(String text) {
            String t = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
            String upper = t.toUpperCase(Locale.ROOT).replace('-', '_');
            if (codes.contains(upper)) {
                return upper;
            }
            return codeByName.get(t.toLowerCase(Locale.ROOT));
        }
    }

    /** 全国地方公共団体コード: 5 digits and a check digit, (11 − Σ dᵢ·(6,5,4,3,2) mod 11) mod 10. */
    static boolean validMunicipalityCode(String code) {
        if (code == null || code.length() != 6 || !code.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (code.charAt(i) - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10 == code.charAt(5) - '0';
    }
}
