package jp.tsunagari.diagram;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;

/**
 * What every diagram view offers around its {@link NetworkGraph}: the user's arrangement kept (positions saved per
 * user and view whenever a node is dropped, restored on the next visit), a 「再配置」 button starting the layout
 * fresh, and exports of the current view as PNG or SVG and of its graph as GraphML or GEXF (for Gephi and yEd).
 * Views hand their graph to {@link #show} instead of {@link NetworkGraph#setGraph}.
 */
class DiagramTools extends HorizontalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final NetworkGraph graph;
    private final SavedLayouts layouts;
    private final AuditTrail audit;
    private final Span status = new Span();
    private String view;
    private GraphData original = GraphData.empty();
    private Layout layout = Layout.FORCE_ATLAS2;
    private List<String> subjects = List.of();

    DiagramTools(NetworkGraph graph, SavedLayouts layouts, AuditTrail audit) {
        this.graph = graph;
        this.layouts = layouts;
        this.audit = audit;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);

        Button relayout = new Button(getTranslation("diagram.tools.relayout"), e -> relayout());
        relayout.setId("diagram-relayout");
        relayout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        MenuBar export = new MenuBar();
        export.setId("diagram-export");
        export.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem exportItem = export.addItem(getTranslation("diagram.tools.export"));
        SubMenu formats = exportItem.getSubMenu();
        formats.addItem(getTranslation("diagram.tools.export.png"), e -> exportPicture("png"))
                .setId("diagram-export-png");
        formats.addItem(getTranslation("diagram.tools.export.svg"), e -> exportPicture("svg"))
                .setId("diagram-export-svg");
        formats.addItem(getTranslation("diagram.tools.export.graphml"), e -> exportGraph("graphml"))
                .setId("diagram-export-graphml");
        formats.addItem(getTranslation("diagram.tools.export.gexf"), e -> exportGraph("gexf"))
                .setId("diagram-export-gexf");

        status.setId("diagram-layout-status");
        status.addClassName("tsunagari-help");
        add(relayout, export, status);

        graph.addNodeDragEndListener(e -> saveArrangement());
    }

    /**
     * Draws a view's graph: with the user's saved positions when there are some (nodes added since go next to their
     * neighbours), otherwise with the view's own layout.
     *
     * @param view     the view's key, its route (e.g. {@code diagram/area-d01})
     * @param data     the graph as the view built it (positions it set are its default picture)
     * @param layout   how to lay it out when the user saved nothing
     * @param subjects ids recorded in the audit trail when the view is exported (e.g. the area's id)
     */
    void show(String view, GraphData data, Layout layout, List<String> subjects) {
        this.view = Objects.requireNonNull(view);
        this.original = data;
        this.layout = layout;
        this.subjects = List.copyOf(subjects);
        Map<String, double[]> saved = layouts.load(view);
        if (saved.isEmpty()) {
            graph.setLayout(layout);
            graph.setGraph(data);
            status.setText("");
        } else {
            graph.setLayout(Layout.KEEP);
            graph.setGraph(SavedLayouts.apply(data, saved));
            status.setText(getTranslation("diagram.tools.restored"));
        }
    }

    /** Forgets the saved arrangement and lays the graph out afresh. */
    void relayout() {
        if (view == null) {
            return;
        }
        layouts.forget(view);
        graph.setLayout(layout);
        graph.setGraph(original);
        status.setText(getTranslation("diagram.tools.relaidOut"));
    }

    private void saveArrangement() {
        if (view == null) {
            return;
        }
        String key = view;
        graph.positions().thenAccept(positions -> getUI().ifPresent(ui -> ui.access(() -> {
            if (key.equals(view)) {
                status.setText(getTranslation(layouts.save(key, positions) ? "diagram.tools.saved"
                        : "diagram.tools.tooLarge"));
            }
        })));
    }

    /** PNG and SVG are drawn by the browser from what is on screen; the browser saves the file itself. */
    private void exportPicture(String format) {
        audit.record(AuditAction.EXPORT, subjects, view + " " + format);
        String file = fileName(format);
        String produce = "png".equals(format) ? "await this.exportPng()"
                : "URL.createObjectURL(new Blob([this.exportSvg()], {type: 'image/svg+xml'}))";
        graph.getElement().executeJs("""
                (async () => {
                  const url = %s;
                  const a = document.createElement('a');
                  a.href = url; a.download = $0; a.style.display = 'none';
                  document.body.appendChild(a); a.click(); a.remove();
                  if (url.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(url), 10000);
                })()""".formatted(produce), file);
    }

    /** GraphML and GEXF are written on the server from the graph as drawn (saved positions included). */
    private void exportGraph(String format) {
        audit.record(AuditAction.EXPORT, subjects, view + " " + format);
        GraphData drawn = graph.getGraph();
        String text = "graphml".equals(format) ? GraphExports.graphml(drawn) : GraphExports.gexf(drawn);
        graph.getElement().executeJs("""
                const url = URL.createObjectURL(new Blob([$0], {type: $1}));
                const a = document.createElement('a');
                a.href = url; a.download = $2; a.style.display = 'none';
                document.body.appendChild(a); a.click(); a.remove();
                setTimeout(() => URL.revokeObjectURL(url), 10000);""",
                text, "graphml".equals(format) ? "application/graphml+xml" : "application/gexf+xml", fileName(format));
    }

    private String fileName(String extension) {
        return "tsunagari-" + view.replaceAll("[^A-Za-z0-9_-]+", "-") + "-" + LocalDate.now().format(DAY) + "."
                + extension;
    }
}
