package jp.tsunagari.importer;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.tsunagari.network.NetworkChanged;
import jp.tsunagari.network.ResidentPseudonym;
import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one file of one kind: reads it (strict decoding), reads every cell by its column's type, checks the rows
 * against each other and the database, compares them with what is stored, and — only when nothing is wrong and it
 * is not a dry run — writes the created and updated rows in one transaction of batched {@code UNWIND}s. A file with
 * any error changes nothing. Layer-1 coordinators and administrators only; every run is audited.
 */
@Service
class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    /** Columns whose empty cell keeps the stored value (or the default for a new row) rather than clearing it. */
    private static final Set<String> EMPTY_KEEPS = Set.of("since", "formedOn", "active", "livesAlone", "consentToShare");

    /** What to import: {@code encoding} null detects it; {@code municipality}/{@code areaId} for the open data. */
    record Request(ImportKind kind, byte[] bytes, Charset encoding, boolean dryRun, String municipality,
                   String areaId) {
    }

    /** Told how far an import has got, from 0 to 1. */
    interface Progress {
        void at(double fraction);

        Progress NONE = fraction -> {
        };
    }

    private final GraphRows graphRows;
    private final GraphState state;
    private final Neo4jClient client;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final ImportProperties properties;

    Importer(GraphRows graphRows, GraphState state, Neo4jClient client, PlatformTransactionManager transactionManager,
             AuditTrail audit, CurrentUser user, ApplicationEventPublisher events, MessageSource messages,
             ImportProperties properties) {
        this.graphRows = graphRows;
        this.state = state;
        this.client = client;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.user = user;
        this.events = events;
        this.messages = messages;
        this.properties = properties;
    }

    ImportReport run(Request request, Locale locale, Progress progress) {
        user.requireRole(Role.LAYER1_COORDINATOR, Role.ADMIN);
        long started = System.nanoTime();
        Run run = new Run(request);
        try {
            run.execute(progress);
        } catch (RuntimeException e) {
            log.warn("Import of {} failed while writing; nothing was written", request.kind().slug, e);
            run.problems.add(Problem.of(0, "", "", "import.error.write", String.valueOf(e.getMessage())));
            run.created = run.updated = run.unchanged = 0;
        }
        ImportReport report = run.report(locale);
        String detail = "%s%s: %d rows, %d created, %d updated, %d unchanged, %d errors, %d ms".formatted(
                request.kind().slug, request.dryRun() ? " (dry run)" : "", report.rows(), report.created(),
                report.updated(), report.unchanged(), run.problems.size(), (System.nanoTime() - started) / 1_000_000);
        if (!run.written) {
            audit.record(AuditAction.IMPORT, List.of(request.kind().slug), detail);
        }
        log.info("Import by {}: {}", user.username(), detail);
        progress.at(1);
        return report;
    }

    /** One import's state from reading to writing. */
    private final class Run {
        final Request request;
        final ImportKind kind;
        final List<Problem> problems = new ArrayList<>();
        String encoding = "";
        int rows, created, updated, unchanged;
        boolean written;

        Run(Request request) {
            this.request = request;
            this.kind = request.kind() == ImportKind.KAIGO_OPENDATA ? ImportKind.ORGANIZATIONS : request.kind();
        }

        void execute(Progress progress) {
            if (request.bytes().length > properties.maxFileSize().toBytes()) {
                problems.add(Problem.of(0, "", "", "import.error.tooLarge", properties.maxFileSize().toMegabytes()));
                return;
            }
            if (request.bytes().length == 0) {
                problems.add(Problem.of(0, "", "", "import.error.emptyFile"));
                return;
            }
            TableReader.Table table = TableReader.read(request.bytes(), request.encoding(), properties.maxRows());
            encoding = table.encoding();
            problems.addAll(table.problems());
            progress.at(0.15);
            if (table.problems().stream().anyMatch(p -> p.line() == 1 && p.key().equals("import.error.encoding"))) {
                return; // a header that cannot be decoded cannot be matched: the encoding is the problem
            }
            if (table.header().isEmpty()) {
                if (table.problems().isEmpty()) {
                    problems.add(Problem.of(0, "", "", "import.error.emptyFile"));
                }
                return;
            }
            List<ParsedRow> parsed;
            if (request.kind() == ImportKind.KAIGO_OPENDATA) {
                String area = openDataArea();
                if (area == null) {
                    return;
                }
                KaigoOpenData.Result result = KaigoOpenData.read(table, request.municipality(), area);
                problems.addAll(result.problems());
                parsed = result.organizations();
                rows = result.rowsRead();
            } else {
                parsed = parse(table);
                rows = table.rows().size();
            }
            if (!problems.isEmpty() && parsed.isEmpty()) {
                return;
            }
            problems.addAll(Validator.check(kind, parsed, state));
            progress.at(0.35);
            List<Map<String, Object>> changed = compare(parsed, progress);
            if (!problems.isEmpty() || request.dryRun()) {
                return;
            }
            write(changed, progress);
        }

        /** The open data's providers serve this area: the one named, else the municipality with this code. */
        private String openDataArea() {
            String code = request.municipality() == null ? "" : request.municipality().strip();
            if (!Cells.validMunicipalityCode(code)) {
                problems.add(Problem.of(0, "municipality", code, "import.error.municipalityCode"));
                return null;
            }
            Map<String, GraphState.AreaInfo> areas = state.areas();
            if (request.areaId() != null && !request.areaId().isBlank()) {
                if (!areas.containsKey(request.areaId())) {
                    problems.add(Problem.of(0, "area", request.areaId(), "import.error.missing", "Area", request.areaId()));
                    return null;
                }
                return request.areaId();
            }
            List<String> municipalities = areas.entrySet().stream()
                    .filter(e -> "MUNICIPALITY".equals(e.getValue().level())).map(Map.Entry::getKey).sorted().toList();
            List<String> withCode = municipalities.stream()
                    .filter(id -> code.equals(areas.get(id).municipalityCode())).toList();
            if (withCode.size() == 1) {
                return withCode.getFirst();
            }
            if (municipalities.size() == 1) {
                return municipalities.getFirst();
            }
            problems.add(Problem.of(0, "area", "", "import.error.openDataArea", code));
            return null;
        }

        private List<ParsedRow> parse(TableReader.Table table) {
            Map<Integer, Column> columns = new HashMap<>();
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < table.header().size(); i++) {
                String header = table.header().get(i);
                String h = normalize(header);
                if (h.isEmpty() || ignored(h)) {
                    continue;
                }
                Column column = kind.columns.stream()
                        .filter(c -> normalize(c.header()).equals(h) || c.key().toLowerCase(Locale.ROOT).equals(h))
                        .findFirst().orElse(null);
                if (column == null) {
                    problems.add(Problem.of(1, header, header, "import.error.columnUnknown",
                            String.join(", ", kind.columns.stream().map(Column::header).toList())));
                } else if (!seen.add(column.key())) {
                    problems.add(Problem.of(1, header, header, "import.error.columnTwice"));
                } else {
                    columns.put(i, column);
                }
            }
            for (Column column : kind.columns) {
                if (column.required() && !seen.contains(column.key())) {
                    problems.add(Problem.of(1, column.header(), "", "import.error.columnMissing"));
                }
            }
            if (!problems.isEmpty() && problems.stream().anyMatch(p -> p.line() == 1)) {
                return List.of(); // rows cannot be read against a wrong header
            }
            Cells.ServiceKinds services = state.serviceKinds();
            List<ParsedRow> parsed = new ArrayList<>(table.rows().size());
            for (TableReader.SourceRow source : table.rows()) {
                ParsedRow row = new ParsedRow(source.line());
                for (var entry : columns.entrySet()) {
                    int i = entry.getKey();
                    Column column = entry.getValue();
                    String raw = i < source.cells().size() ? source.cells().get(i) : "";
                    String text = Cells.unneutralised(raw.strip());
                    Cells.Read read = Cells.read(column, text, services);
                    row.put(column.key(), table.header().get(i), raw, read.value());
                    if (read.bad() != null) {
                        row.bad = true;
                        problems.add(new Problem(source.line(), table.header().get(i), raw, read.bad().key(),
                                read.bad().args()));
                    }
                }
                for (int i = table.header().size(); i < source.cells().size(); i++) {
                    if (!source.cells().get(i).isBlank()) {
                        problems.add(Problem.of(source.line(), "", source.cells().get(i), "import.error.extraCell", i + 1));
                        break;
                    }
                }
                parsed.add(row);
            }
            return parsed;
        }

        /** Compares each row with the stored one; returns the rows to write (created or updated). */
        private List<Map<String, Object>> compare(List<ParsedRow> parsed, Progress progress) {
            List<Map<String, Object>> changed = new ArrayList<>();
            int batch = properties.batchSize();
            for (int from = 0; from < parsed.size(); from += batch) {
                List<ParsedRow> chunk = GraphRows.chunk(parsed, from, batch);
                List<Map<String, Object>> keys = new ArrayList<>();
                for (ParsedRow row : chunk) {
                    if (!row.bad && kind.keyColumns.stream().allMatch(c -> row.get(c) != null)) {
                        keys.add(GraphRows.keyMap(kind, row.values));
                    }
                }
                Map<String, Map<String, Object>> stored = new HashMap<>();
                graphRows.read(kind, GraphRows.Selection.keys(keys)).forEach(r -> stored.put(GraphRows.key(kind, r), r));
                for (ParsedRow row : chunk) {
                    if (row.bad) {
                        continue;
                    }
                    Map<String, Object> old = stored.get(GraphRows.key(kind, row.values));
                    if (request.kind() == ImportKind.KAIGO_OPENDATA && old != null) {
                        union(row, old, "offers");
                        union(row, old, "serves");
                    }
                    if (kind == ImportKind.RESIDENTS && old != null && old.get("pseudonym") != null
                            && old.get("pseudonym").equals(row.get("name"))) {
                        row.bad = true;
                        problems.add(Problem.of(row.line, row.header("name", kind), row.raw.get("name"),
                                "import.error.pseudonymName"));
                        continue;
                    }
                    if (old == null) {
                        created++;
                    } else if (same(row, old)) {
                        unchanged++;
                        continue;
                    } else {
                        updated++;
                    }
                    Map<String, Object> params = new HashMap<>(row.values);
                    params.put("present", List.copyOf(row.present));
                    params.put("isNew", old == null);
                    if (kind == ImportKind.ORGANIZATIONS) {
                        params.put("labels", switch (String.valueOf(row.get("type"))) {
                            case "NPO" -> List.of("NPO");
                            case "NEIGHBORHOOD_ASSOCIATION" -> List.of("NeighborhoodAssociation");
                            default -> List.of();
                        });
                    }
                    changed.add(params);
                }
                progress.at(0.35 + 0.25 * Math.min(1, (from + batch) / (double) Math.max(1, parsed.size())));
            }
            return changed;
        }

        private static void union(ParsedRow row, Map<String, Object> old, String column) {
            TreeSet<String> all = new TreeSet<>(row.list(column));
            if (old.get(column) instanceof List<?> stored) {
                stored.forEach(v -> all.add(String.valueOf(v)));
            }
            row.values.put(column, List.copyOf(all));
        }

        private boolean same(ParsedRow row, Map<String, Object> old) {
            for (String key : row.present) {
                Object value = row.get(key);
                if (value == null && EMPTY_KEEPS.contains(key)) {
                    continue;
                }
                Column column = kind.column(key);
                if (!Cells.canonical(column, value).equals(Cells.canonical(column, old.get(key)))) {
                    return false;
                }
            }
            return true;
        }

        private void write(List<Map<String, Object>> changed, Progress progress) {
            if (changed.isEmpty()) {
                return;
            }
            List<String> statements = GraphWrites.STATEMENTS.get(kind);
            int batch = properties.batchSize();
            long total = (long) statements.size() * changed.size();
            transactions.executeWithoutResult(status -> {
                if (kind == ImportKind.RESIDENTS) {
                    pseudonyms(changed);
                }
                long done = 0;
                for (String statement : statements) {
                    for (int from = 0; from < changed.size(); from += batch) {
                        List<Map<String, Object>> rowsOfBatch = GraphRows.chunk(changed, from, batch);
                        client.query(statement).bindAll(Map.of("rows", rowsOfBatch)).run();
                        done += rowsOfBatch.size();
                        progress.at(0.6 + 0.38 * done / total);
                    }
                }
                audit.record(AuditAction.IMPORT, List.of(request.kind().slug), "%s: %d rows, %d created, %d updated, %d unchanged"
                        .formatted(request.kind().slug, rows, created, updated, unchanged));
                // Many elements at once: the gap engine and live views reload after the commit.
                events.publishEvent(new NetworkChanged.BulkLoaded("import"));
            });
            written = true;
        }

        /** New residents take the next pseudonyms (住民-0001 …) from the counter, in file order. */
        private void pseudonyms(List<Map<String, Object>> changed) {
            List<Map<String, Object>> fresh = changed.stream().filter(r -> Boolean.TRUE.equals(r.get("isNew"))).toList();
            if (fresh.isEmpty()) {
                return;
            }
            long first = client.query("""
                    MERGE (c:Counter {name: $counter}) ON CREATE SET c.value = 0
                    WITH c, c.value AS first SET c.value = first + $count RETURN first""")
                    .bindAll(Map.of("counter", ResidentPseudonym.COUNTER, "count", fresh.size()))
                    .fetchAs(Long.class).one().orElseThrow();
            for (int i = 0; i < fresh.size(); i++) {
                fresh.get(i).put("pseudonym", ResidentPseudonym.format(first + i + 1));
            }
        }

        ImportReport report(Locale locale) {
            List<ImportReport.Error> errors = new ArrayList<>();
            problems.sort(java.util.Comparator.comparingLong(Problem::line));
            for (Problem p : problems.subList(0, Math.min(problems.size(), properties.maxErrors()))) {
                errors.add(new ImportReport.Error(p.line(), p.column(), p.value(),
                        messages.getMessage(p.key(), p.args().toArray(), p.key(), locale)));
            }
            if (problems.size() > properties.maxErrors()) {
                errors.add(new ImportReport.Error(0, "", "", messages.getMessage("import.error.more",
                        new Object[] {problems.size() - properties.maxErrors()}, locale)));
            }
            boolean ok = problems.isEmpty();
            return new ImportReport(ok, request.dryRun(), request.kind().slug, encoding, rows,
                    ok ? created : 0, ok ? updated : 0, ok ? unchanged : 0, errors);
        }
    }

    static String normalize(String header) {
        return Normalizer.normalize(header.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** Columns a clerk keeps for themselves: notes, and anything whose header starts with #. */
    private static boolean ignored(String header) {
        return header.startsWith("#") || header.startsWith("備考") || header.startsWith("メモ")
                || header.equals("note") || header.equals("notes") || header.equals("memo");
    }
}
