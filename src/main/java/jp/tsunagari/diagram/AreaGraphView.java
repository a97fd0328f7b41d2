package jp.tsunagari.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.security.AuditTrail;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the network image, provider-network and association views share, laid out as {@link AreaDiagramView}: a
 * title, a {@code toolbar} (area picker, search, fit), a summary line, a notice for an unknown or refused area, the
 * {@code graph} with its legend, and the {@link GapPanel} beside it — clicking a gap focuses the graph on its subject.
 * The route is {@code <route>/:areaId?}; without an area the first one the user may open is shown.
 */
abstract class AreaGraphView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String AREA_PARAMETER = "areaId";

    /** What a view shows of its query's answer. */
    record Shown(String areaName, GraphData graph, List<GapItem> findings, String summary) {
    }

    protected final H2 title = new H2();
    protected final Select<DiagramQueries.AreaChoice> areas = new Select<>();
    protected final TextField search = new TextField();
    protected final Paragraph summary = new Paragraph();
    protected final Paragraph notice = new Paragraph();
    protected final NetworkGraph graph = new NetworkGraph();
    protected final HorizontalLayout toolbar;
    protected final GapPanel findings;
    protected final SplitLayout split;
    protected final DiagramTools tools;
    private final String titleKey;
    private final String idPrefix;
    private final Layout layout;
    private Map<String, GraphNode> nodes = Map.of();

    /**
     * @param idPrefix  prefix of the graph's and the gap list's element ids ({@code <prefix>-graph},
     *                  {@code <prefix>-findings})
     * @param titleKey  message key of the title, {0} the area's name
     * @param sheet     the sheet in the reader's language (given a key's text), whose node kinds and flags the
     *                  legend lists
     * @param edgeKinds the edge kinds the legend explains
     */
    AreaGraphView(String idPrefix, String titleKey,
                  java.util.function.Function<java.util.function.Function<String, String>, GraphStyles> sheet,
                  List<String> edgeKinds, Layout layout, SavedLayouts layouts, AuditTrail audit) {
        this.titleKey = titleKey;
        this.idPrefix = idPrefix;
        this.layout = layout;
        this.tools = new DiagramTools(graph, layouts, audit);
        GraphStyles styles = sheet.apply(this::getTranslation);
        setSizeFull();
        title.setId("diagram-title");
        notice.setId("diagram-notice");
        notice.setVisible(false);
        summary.setId("diagram-summary");
        summary.addClassName("tsunagari-help");

        areas.setId("area-picker");
        areas.setLabel(getTranslation("views.area"));
        areas.setItemLabelGenerator(DiagramQueries.AreaChoice::name);
        areas.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigateTo(e.getValue().id(), QueryParameters.empty());
            }
        });
        search.setId("diagram-search");
        search.setLabel(getTranslation("diagram.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> graph.search(e.getValue()));
        Button fit = new Button(getTranslation("diagram.fit"), e -> {
            graph.clearFocus();
            graph.fit();
        });
        fit.setId("diagram-fit");
        fit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toolbar = new HorizontalLayout(areas, search, fit, tools);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        graph.setId(idPrefix + "-graph");
        graph.setSizeFull();
        graph.setStyles(styles);
        if (layout == Layout.FORCE_ATLAS2) {
            graph.setLayout(layout, java.time.Duration.ofSeconds(4));
        } else {
            graph.setLayout(layout);
        }
        Paragraph hint = new Paragraph(getTranslation("views.hint"));
        hint.addClassName("tsunagari-help");
        VerticalLayout left = new VerticalLayout(graph, DiagramStyles.legend(styles, this::getTranslation, edgeKinds),
                hint);
        left.setPadding(false);
        left.setSizeFull();
        left.setFlexGrow(1, graph);

        findings = new GapPanel(idPrefix, getTranslation("views.findings"));
        findings.addFindingClickListener(this::focusOn);

        split = new SplitLayout(left, findings);
        split.setSizeFull();
        split.setSplitterPosition(62);
        add(title, toolbar, summary, notice, split);
        setFlexGrow(1, split);
    }

    /** The areas the user may open here. */
    abstract List<DiagramQueries.AreaChoice> choices();

    /** The view's picture of an area: empty when there is none; throws AccessDeniedException when refused. */
    abstract Optional<Shown> load(String areaId, QueryParameters query);

    /** Opens this view on another area. */
    void navigateTo(String areaId, QueryParameters query) {
        getUI().ifPresent(ui -> ui.navigate(getClass(), new RouteParameters(AREA_PARAMETER, areaId), query));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<DiagramQueries.AreaChoice> choices;
        try {
            choices = choices();
        } catch (AccessDeniedException denied) {
            fail(getTranslation("diagram.denied"));
            return;
        }
        areas.setItems(choices);
        String areaId = event.getRouteParameters().get(AREA_PARAMETER).orElse(null);
        if (areaId == null) {
            if (choices.isEmpty()) {
                fail(getTranslation("diagram.noAreas"));
            } else {
                event.forwardTo(getClass(), new RouteParameters(AREA_PARAMETER, choices.getFirst().id()));
            }
            return;
        }
        choices.stream().filter(c -> c.id().equals(areaId)).findFirst().ifPresent(areas::setValue);
        try {
            load(areaId, event.getLocation().getQueryParameters()).ifPresentOrElse(shown -> show(areaId, shown),
                    () -> fail(getTranslation("views.notFound", areaId)));
        } catch (AccessDeniedException denied) {
            fail(getTranslation("diagram.denied"));
        }
    }

    private void show(String areaId, Shown shown) {
        Map<String, GraphNode> byId = new HashMap<>();
        shown.graph().nodes().forEach(n -> byId.put(n.id(), n));
        nodes = byId;
        tools.show(idPrefix + "/" + areaId, shown.graph(), layout, List.of(areaId));
        title.setText(getTranslation(titleKey, shown.areaName()));
        summary.setText(shown.summary());
        notice.setVisible(false);
        split.setVisible(true);
        findings.setFindings(shown.findings(), this::label, id -> false);
    }

    private void fail(String text) {
        title.setText(getTranslation(titleKey, ""));
        notice.setText(text);
        notice.setVisible(true);
        summary.setText("");
        split.setVisible(false);
    }

    /** Focuses the graph on the node a finding is about, and selects it. */
    private void focusOn(GapItem finding) {
        if (nodes.containsKey(finding.subject())) {
            graph.focus(finding.subject(), 1);
            graph.select(List.of(finding.subject()));
        } else {
            Notification.show(getTranslation("diagram.notInGraph"), 3000, Notification.Position.BOTTOM_START);
        }
    }

    private String label(String id) {
        GraphNode node = nodes.get(id);
        return node == null ? id : node.label();
    }
}
