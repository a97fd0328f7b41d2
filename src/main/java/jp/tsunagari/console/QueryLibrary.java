package jp.tsunagari.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The analysts' query library: every {@code cypher/queries/<theme>/<name>.cypher} (packaged as
 * {@code classpath:console/queries}), one query per file with a header of {@code // key: value} lines (format in
 * cypher/README.md). A malformed header fails start-up, naming the file and line.
 */
@Component
public class QueryLibrary {

    static final String LOCATION = "classpath*:console/queries/*/*.cypher";
    /** The themes, in the order the console lists them. */
    public static final List<String> THEMES = List.of("isolation", "needs-coverage", "provider-networks",
            "associations-npos", "councils", "data-quality");

    private static final Pattern HEADER = Pattern.compile("^// ([a-z]+(?:\\.[a-z]{2})?):\\s?(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "^\\$?(\\w+)\\s+(LIST<STRING>|\\w+)\\s*=\\s*(.*?)\\s*\\|\\s*(.*?)\\s*\\|\\s*(.*?)\\s*$");

    private final List<LibraryQuery> queries;

    QueryLibrary() {
        this(load());
    }

    QueryLibrary(List<LibraryQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    public List<LibraryQuery> all() {
        return queries;
    }

    public Optional<LibraryQuery> find(String id) {
        return queries.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * Queries whose title, description, parameters' descriptions, theme or Cypher contain every word of {@code text}
     * (case-insensitive).
     */
    public List<LibraryQuery> search(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return queries;
        }
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return queries.stream().filter(q -> {
            StringBuilder hay = new StringBuilder(String.join(" ", q.id(), q.titleJa(), q.titleEn(),
                    q.descriptionJa(), q.descriptionEn(), q.cypher()));
            q.parameters().forEach(p -> hay.append(' ').append(p.descriptionJa()).append(' ').append(p.descriptionEn()));
            String all = hay.toString().toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!all.contains(w)) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    static List<LibraryQuery> load() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<LibraryQuery> out = new ArrayList<>();
            for (Resource r : resources) {
                String path = r.getURL().getPath();
                String[] parts = path.split("/");
                String theme = parts[parts.length - 2];
                String name = parts[parts.length - 1].replaceFirst("\\.cypher$", "");
                out.add(parse(theme + "/" + name, r.getContentAsString(StandardCharsets.UTF_8)));
            }
            out.sort(Comparator.comparing((LibraryQuery q) -> THEMES.indexOf(q.theme()) < 0 ? 99 : THEMES.indexOf(q.theme()))
                    .thenComparing(LibraryQuery::id));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one file: its header lines, then the Cypher (without a final semicolon). */
    static LibraryQuery parse(String id, String text) {
        Map<String, StringBuilder> header = new LinkedHashMap<>();
        List<LibraryQuery.Parameter> parameters = new ArrayList<>();
        List<String> suppress = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        int body = 0;
        String last = null;
        for (; body < lines.length; body++) {
            String line = lines[body].strip();
            if (!line.startsWith("//")) {
                break;
            }
            Matcher m = HEADER.matcher(line);
            boolean continuation = lines[body].stripLeading().startsWith("//  ");
            if (!continuation && m.matches()) {
                last = m.group(1);
                String value = m.group(2).strip();
                switch (last) {
                    case "param" -> {
                        Matcher p = PARAM.matcher(value);
                        if (!p.matches()) {
                            throw new IllegalStateException(id + ".cypher line " + (body + 1)
                                    + ": param must read 'name TYPE = default | 日本語の説明 | English description'");
                        }
                        LibraryQuery.Type type;
                        try {
                            type = LibraryQuery.Type.parse(p.group(2));
                            type.parseValue(p.group(3));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalStateException(id + ".cypher line " + (body + 1) + ": " + e.getMessage(), e);
                        }
                        parameters.add(new LibraryQuery.Parameter(p.group(1), type, p.group(3), p.group(4), p.group(5)));
                        last = null;
                    }
                    case "suppress" -> {
                        for (String c : value.split(",")) {
                            if (!c.isBlank()) {
                                suppress.add(c.strip());
                            }
                        }
                        last = null;
                    }
                    case "title.ja", "title.en", "description.ja", "description.en" ->
                            header.computeIfAbsent(last, k -> new StringBuilder()).append(value);
                    default -> throw new IllegalStateException(id + ".cypher line " + (body + 1) + ": unknown header key '"
                            + last + "' (title.ja, title.en, description.ja, description.en, param, suppress)");
                }
            } else if (continuation && last != null) { // a continuation of the previous line's text
                String more = line.substring(2).strip();
                StringBuilder sb = header.get(last);
                if (!more.isEmpty()) {
                    sb.append(sb.isEmpty() || "ja".equals(last.substring(last.length() - 2)) ? "" : " ").append(more);
                }
            }
        }
        for (String required : List.of("title.ja", "title.en", "description.ja", "description.en")) {
            if (!header.containsKey(required) || header.get(required).isEmpty()) {
                throw new IllegalStateException(id + ".cypher: header '" + required + "' is missing");
            }
        }
        String cypher = String.join("\n", java.util.Arrays.copyOfRange(lines, body, lines.length)).strip();
        if (cypher.endsWith(";")) {
            cypher = cypher.substring(0, cypher.length() - 1).strip();
        }
        if (cypher.isEmpty()) {
            throw new IllegalStateException(id + ".cypher: no query after the header");
        }
        String theme = id.substring(0, id.indexOf('/'));
        return new LibraryQuery(id, theme, header.get("title.ja").toString(), header.get("title.en").toString(),
                header.get("description.ja").toString(), header.get("description.en").toString(), parameters, suppress,
                cypher);
    }
}
