package jp.tsunagari.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One query of the library in {@code cypher/queries/<theme>/<name>.cypher}: its header (see cypher/README.md) and
 * its Cypher.
 *
 * @param id       {@code <theme>/<name>}
 * @param suppress count columns the query declares (small values suppressed for analysts)
 */
public record LibraryQuery(String id, String theme, String titleJa, String titleEn, String descriptionJa,
                           String descriptionEn, List<Parameter> parameters, List<String> suppress, String cypher) {

    public LibraryQuery {
        parameters = List.copyOf(parameters);
        suppress = List.copyOf(suppress);
    }

    public String title(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? titleJa : titleEn;
    }

    public String description(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? descriptionJa : descriptionEn;
    }

    /** The parameters' defaults, as the query's {@code params}. */
    public java.util.Map<String, Object> defaults() {
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        parameters.forEach(p -> params.put(p.name(), p.defaultValue()));
        return params;
    }

    /** The types a library parameter may have. */
    public enum Type {
        STRING, INTEGER, FLOAT, BOOLEAN, DATE, LIST_OF_STRING;

        static Type parse(String text) {
            return switch (text.strip().toUpperCase(Locale.ROOT)) {
                case "STRING" -> STRING;
                case "INTEGER" -> INTEGER;
                case "FLOAT" -> FLOAT;
                case "BOOLEAN" -> BOOLEAN;
                case "DATE" -> DATE;
                case "LIST<STRING>" -> LIST_OF_STRING;
                default -> throw new IllegalArgumentException("unknown parameter type " + text
                        + " (STRING, INTEGER, FLOAT, BOOLEAN, DATE, LIST<STRING>)");
            };
        }

        /** The header's spelling. */
        public String label() {
            return this == LIST_OF_STRING ? "LIST<STRING>" : name();
        }

        /**
         * The value typed in a form or written in a header ({@code 'text'}, {@code 10}, {@code 2026-04-01},
         * {@code a, b}); blank or {@code null} is null. Throws {@link IllegalArgumentException} saying what is wrong.
         */
        public Object parseValue(String text) {
            if (text == null || text.isBlank() || text.strip().equals("null")) {
                return null;
            }
            String t = text.strip();
            try {
                return switch (this) {
                    case STRING -> unquote(t);
                    case INTEGER -> Long.parseLong(t);
                    case FLOAT -> Double.parseDouble(t);
                    case BOOLEAN -> {
                        if (!t.equalsIgnoreCase("true") && !t.equalsIgnoreCase("false")) {
                            throw new IllegalArgumentException("true or false");
                        }
                        yield Boolean.parseBoolean(t);
                    }
                    case DATE -> LocalDate.parse(unquote(t));
                    case LIST_OF_STRING -> {
                        String inner = t.startsWith("[") && t.endsWith("]") ? t.substring(1, t.length() - 1) : t;
                        List<String> items = new ArrayList<>();
                        for (String item : inner.split(",")) {
                            if (!item.isBlank()) {
                                items.add(unquote(item.strip()));
                            }
                        }
                        yield items;
                    }
                };
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(label() + " expected, was '" + t + "'", e);
            }
        }

        private static String unquote(String t) {
            if (t.length() >= 2 && (t.startsWith("'") && t.endsWith("'") || t.startsWith("\"") && t.endsWith("\""))) {
                return t.substring(1, t.length() - 1);
            }
            return t;
        }
    }

    /** A parameter: name, type, default (as written in the header) and what it means. */
    public record Parameter(String name, Type type, String defaultText, String descriptionJa, String descriptionEn) {

        public Object defaultValue() {
            return type.parseValue(defaultText);
        }

        public String description(Locale locale) {
            return "ja".equals(locale.getLanguage()) ? descriptionJa : descriptionEn;
        }
    }
}
