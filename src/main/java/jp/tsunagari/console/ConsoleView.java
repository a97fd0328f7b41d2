package jp.tsunagari.console;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagari.diagram.GraphData;
import jp.tsunagari.diagram.NetworkGraph;
import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import org.springframework.context.MessageSource;
import tools.jackson.core.type.TypeReference;

/**
 * {@code /console}: the analyst console, as Neo4j Browser users expect it — a Cypher editor with completion
 * (Ctrl+Enter runs), the query's parameters, the query library (browse, search, open, fill in, run), the user's saved
 * queries and history; results as a sortable, lazily loaded grid and, when nodes or relationships came back, as a
 * graph; CSV and JSON downloads.
 */
@Route("console")
@RolesAllowed({Role.ANALYST_ROLE, Role.LAYER1, Role.LAYER2})
public class ConsoleView extends VerticalLayout implements HasDynamicTitle {

    private final ConsoleService console;
    private final QueryLibrary library;
    private final SavedQueries saved;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final MessageSource messages;

    private final CypherEditor editor = new CypherEditor();
    private final ParametersPanel parameters = new ParametersPanel();
    private final Span description = new Span();
    private final Div error = new Div();
    private final Span status = new Span();
    private final Grid<List<Object>> table = new Grid<>();
    private final NetworkGraph graph = new NetworkGraph();
    private final TabSheet results = new TabSheet();
    private final Grid<LibraryQuery> libraryGrid = new Grid<>();
    private final Grid<SavedQueries.Entry> savedGrid = new Grid<>();
    private final Grid<SavedQueries.Entry> historyGrid = new Grid<>();
    private final Anchor csv;
    private final Anchor json;
    private CypherEditor.Schema schema;
    private LibraryQuery opened;
    private ConsoleResult last;

    public ConsoleView(ConsoleService console, QueryLibrary library, SavedQueries saved, ConsoleSchema consoleSchema,
                       CurrentUser user, AuditTrail audit, MessageSource messages) {
        this.console = console;
        this.library = library;
        this.saved = saved;
        this.user = user;
        this.audit = audit;
        this.messages = messages;
        user.requireConsole();
        setSizeFull();
        setPadding(true);

        H2 title = new H2(getTranslation("console.title"));
        title.setId("console-title");
        Span privacy = new Span(getTranslation("console.pseudonymised"));
        privacy.setId("console-privacy");
        privacy.setVisible(!user.consoleIdentifiesResidents());
        privacy.addClassName("tsunagari-muted");

        schema = consoleSchema.read();
        editor.setId("console-editor");
        editor.setSchema(schema);
        editor.setPlaceholder(getTranslation("console.placeholder"));
        editor.setHeight("160px");
        editor.addValueChangeListener(e -> edited(e.getValue()));
        editor.addRunListener(e -> run(e.getValue()));
        description.setId("console-description");
        description.addClassName("tsunagari-muted");

        Button runButton = new Button(getTranslation("console.run"), e -> editor.run());
        runButton.setId("console-run");
        runButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextField saveName = new TextField();
        saveName.setPlaceholder(getTranslation("console.saveName"));
        saveName.setId("console-save-name");
        Button saveButton = new Button(getTranslation("console.save"), e -> save(saveName.getValue()));
        saveButton.setId("console-save");
        csv = download("csv", "text/csv", () -> "\uFEFF" + ResultExports.csv(last));
        json = download("json", "application/json", () -> ResultExports.json(last));
        csv.setText(getTranslation("console.downloadCsv"));
        json.setText(getTranslation("console.downloadJson"));
        status.setId("console-status");
        HorizontalLayout actions = new HorizontalLayout(runButton, saveName, saveButton, csv, json, status);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);

        error.setId("console-error");
        error.addClassName("tsunagari-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-wrap");
        error.setVisible(false);

        table.setId("console-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        table.setPageSize(100);
        table.setSizeFull();
        graph.setId("console-graph");
        graph.setStyles(ResultGraph.STYLES);
        graph.setHeight("480px");
        results.setId("console-results");
        results.add(getTranslation("console.table"), table);
        results.add(getTranslation("console.graph"), graph);
        results.setSizeFull();

        VerticalLayout main = new VerticalLayout(editor, description, parameters, actions, error, results);
        main.setPadding(false);
        main.setSizeFull();

        SplitLayout split = new SplitLayout(sidePanel(), main);
        split.setSplitterPosition(25);
        split.setSizeFull();
        add(new HorizontalLayout(title, privacy), split);
        expand(split);
        refreshKept();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.title") + " — つながり";
    }

    private Component sidePanel() {
        TextField search = new TextField();
        search.setId("console-library-search");
        search.setPlaceholder(getTranslation("console.librarySearch"));
        search.setWidthFull();
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> libraryGrid.setItems(library.search(e.getValue(), getLocale())));

        libraryGrid.setId("console-library");
        libraryGrid.addComponentColumn(q -> {
            Span theme = new Span(getTranslation("console.theme." + q.theme()));
            theme.addClassName("tsunagari-muted");
            theme.getStyle().set("font-size", "var(--lumo-font-size-xs)");
            Span name = new Span(q.title(getLocale()));
            name.getElement().setAttribute("data-query", q.id());
            Div cell = new Div(theme, new Div(name));
            cell.getElement().setAttribute("title", q.description(getLocale()));
            cell.addClickListener(e -> open(q)); // the cell itself: a click anywhere on it opens the query
            return cell;
        }).setHeader(getTranslation("console.library"));
        libraryGrid.setItems(library.all());
        libraryGrid.setSizeFull();
        // Titles wrap in the narrow side panel instead of widening the column (which scrolled the grid sideways).
        libraryGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        savedGrid.setId("console-saved");
        savedGrid.addColumn(SavedQueries.Entry::name).setHeader(getTranslation("console.saved"));
        savedGrid.addComponentColumn(entry -> {
            Button delete = new Button(getTranslation("console.delete"), e -> {
                saved.delete(entry.id());
                refreshKept();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return delete;
        }).setAutoWidth(true).setFlexGrow(0);
        savedGrid.addItemClickListener(e -> openKept(e.getItem()));
        savedGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        historyGrid.setId("console-history");
        historyGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        historyGrid.addColumn(entry -> entry.cypher().replaceAll("\\s+", " ")).setHeader(getTranslation("console.history"));
        historyGrid.addItemClickListener(e -> openKept(e.getItem()));

        VerticalLayout libraryTab = new VerticalLayout(search, libraryGrid);
        libraryTab.setPadding(false);
        libraryTab.setSizeFull();
        TabSheet side = new TabSheet();
        side.setId("console-side");
        side.add(getTranslation("console.library"), libraryTab);
        side.add(getTranslation("console.saved"), savedGrid);
        side.add(getTranslation("console.history"), historyGrid);
        side.setSizeFull();
        return side;
    }

    /** Opens a library query: its text, its description, its parameters with their defaults. */
    void open(LibraryQuery query) {
        opened = query;
        editor.setValue(query.cypher());
        description.setText(query.title(getLocale()) + " — " + query.description(getLocale()));
        parameters.show(query.parameters());
        editor.setSchema(schema.withParameters(query.parameters().stream().map(LibraryQuery.Parameter::name).toList()));
    }

    private void openKept(SavedQueries.Entry entry) {
        opened = library.all().stream().filter(q -> q.cypher().equals(entry.cypher())).findFirst().orElse(null);
        editor.setValue(entry.cypher());
        description.setText(entry.name() == null ? "" : entry.name());
        if (opened != null) {
            parameters.show(opened.parameters());
        } else {
            parameters.detect(entry.cypher());
        }
        parameters.fill(JacksonUtils.getMapper().readValue(entry.paramsJson(), new TypeReference<Map<String, Object>>() { }));
    }

    private void edited(String text) {
        if (opened != null && !opened.cypher().equals(text)) {
            opened = null;
            description.setText("");
        }
        if (opened == null) {
            parameters.detect(text);
        }
    }

    /** Runs the text with the panel's parameters; shows the result, or the refusal's message. */
    void run(String text) {
        error.setVisible(false);
        try {
            Map<String, Object> params = parameters.values();
            ConsoleResult result = opened != null && opened.cypher().equals(text)
                    ? console.run(opened, params) : console.run(text, params);
            saved.remember(text, JacksonUtils.getMapper().writeValueAsString(jsonable(params)));
            show(result);
        } catch (ConsoleRefusal refusal) {
            error.setText(refusal.message(messages, getLocale()));
            error.setVisible(true);
        }
        refreshKept();
    }

    private void save(String name) {
        String text = editor.getValue();
        if (name == null || name.isBlank() || text.isBlank()) {
            return;
        }
        try {
            saved.save(name.strip(), text, JacksonUtils.getMapper().writeValueAsString(jsonable(parameters.values())));
            status.setText(getTranslation("console.savedAs", name.strip()));
        } catch (ConsoleRefusal refusal) {
            error.setText(refusal.message(messages, getLocale()));
            error.setVisible(true);
        }
        refreshKept();
    }

    private void show(ConsoleResult result) {
        last = result;
        table.removeAllColumns();
        for (int i = 0; i < result.columns().size(); i++) {
            int column = i;
            boolean suppressed = result.suppressedColumns().contains(result.columns().get(i));
            table.addColumn(row -> cellText(row.get(column), suppressed, result.suppressedBelow()))
                    .setHeader(result.columns().get(i)).setSortable(true).setResizable(true).setAutoWidth(true)
                    .setComparator(Comparator.comparing(row -> row.get(column), ConsoleView::compareCells));
        }
        table.setItems(result.rows());
        String text = getTranslation("console.status", result.rows().size(), result.ms());
        if (result.truncated()) {
            text += " " + getTranslation("console.truncated", result.rows().size());
        }
        if (result.suppressedBelow() != null) {
            text += " " + getTranslation("console.suppressed", result.suppressedBelow());
        }
        status.setText(text);
        GraphData data = ResultGraph.of(result);
        graph.setGraph(data);
        // As in Neo4j Browser: a result with nodes opens on its graph, others on the table.
        results.setSelectedIndex(data.nodes().isEmpty() ? 0 : 1);
        csv.setEnabled(true);
        json.setEnabled(true);
    }

    private String cellText(Object cell, boolean suppressed, Integer below) {
        if (cell == null) {
            return suppressed && below != null ? getTranslation("console.below", below) : "";
        }
        return switch (cell) {
            case ResultNode n -> "(:" + String.join(":", n.labels()) + " " + ResultExports.text(n.properties()) + ")";
            case ResultRelationship r -> "[:" + r.type() + " " + ResultExports.text(r.properties()) + "]";
            case ResultPath p -> "path of " + p.relationships().size();
            default -> ResultExports.text(cell);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareCells(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable c && a.getClass().equals(b.getClass())) {
            return c.compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    private void refreshKept() {
        savedGrid.setItems(saved.saved());
        historyGrid.setItems(saved.history());
    }

    private Anchor download(String extension, String contentType, java.util.function.Supplier<String> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = Objects.requireNonNull(last == null ? "" : content.get()).getBytes(StandardCharsets.UTF_8);
            audit.record(AuditAction.EXPORT, List.of("console"), extension + " " + (last == null ? 0 : last.rows().size()) + " rows");
            return new DownloadResponse(new ByteArrayInputStream(bytes), "console-result." + extension, contentType,
                    bytes.length);
        }), "");
        anchor.setId("console-" + extension);
        anchor.setEnabled(false);
        return anchor;
    }

    /** Parameters as JSON values (dates as ISO text). */
    private static Map<String, Object> jsonable(Map<String, Object> params) {
        Map<String, Object> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, v instanceof java.time.temporal.Temporal t ? t.toString() : v));
        return out;
    }
}
