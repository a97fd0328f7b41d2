package jp.tsunagari.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagari.gaps.GapFindings;
import jp.tsunagari.shell.LiveUpdates;
import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.Role;
import jp.tsunagari.shell.MainLayout;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * One daily-life area's support network as a diagram (bookmarkable: {@code /diagram/<areaId>}), with the gaps found
 * there marked on it and listed beside it. Clicking a gap focuses the diagram on what it is about; double-clicking a
 * resident opens their ecomap.
 */
@Route(value = "diagram/:areaId?", layout = MainLayout.class)
@RolesAllowed({Role.LAYER1, Role.LAYER2})
public class AreaDiagramView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String AREA_PARAMETER = "areaId";

    private final DiagramQueries queries;
    private final GapFindings gaps;
    private final H2 title = new H2();
    private final Select<DiagramQueries.AreaChoice> areas = new Select<>();
    private final TextField search = new TextField();
    private final Paragraph summary = new Paragraph();
    private final Paragraph notice = new Paragraph();
    private final NetworkGraph graph = new NetworkGraph();
    private final GapPanel findings = new GapPanel("area", getTranslation("diagram.findings"));
    private final SplitLayout split;
    private final DiagramTools tools;
    private final DiagramFilters filters;
    private final NodeDetails details = new NodeDetails();
    private final WhatIfMode whatIf;
    private GraphData drawn = GraphData.empty();
    private Map<String, Set<String>> services = Map.of();
    private List<GapItem> allFindings = List.of();
    private Map<String, GraphNode> nodes = Map.of();
    private Set<String> residents = Set.of();
    private final DiagramEdits edits;
    private final EditControls editControls;
    private String areaId;
    /** When this view last read the findings ({@link System#nanoTime()}): older change events are already shown. */
    private long readAt;
    /** Embedded (a council session's presenter view): where a picked area goes instead of navigating. */
    private java.util.function.Consumer<String> areaPicked;

    AreaDiagramView(DiagramQueries queries, GapFindings gaps, SavedLayouts layouts, AuditTrail audit,
                    DiagramEdits edits, LiveUpdates live, MessageSource messages) {
        this.queries = queries;
        this.gaps = gaps;
        this.edits = edits;
        editControls = new EditControls(edits, messages, () -> reload(true));
        editControls.describeWith(edit -> getTranslation("diagram.edit.done." + edit.kind().name(),
                EditControls.nameOf(nodes, edit.ids().getFirst())));
        this.tools = new DiagramTools(graph, layouts, audit);
        this.filters = new DiagramFilters(graph);
        this.whatIf = new WhatIfMode(graph, gaps);
        setSizeFull();
        title.setId("diagram-title");
        notice.setId("diagram-notice");
        notice.setVisible(false);
        summary.setId("diagram-summary");
        summary.addClassName("tsunagari-help");

        areas.setId("area-picker");
        areas.setLabel(getTranslation("diagram.area"));
        areas.setItemLabelGenerator(DiagramQueries.AreaChoice::name);
        areas.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && areaPicked != null) {
                areaPicked.accept(e.getValue().id());
            } else if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(AreaDiagramView.class,
                        new RouteParameters(AREA_PARAMETER, e.getValue().id())));
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
        HorizontalLayout toolbar = new HorizontalLayout(areas, search, fit, whatIf.toggle(), tools);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        graph.setId("area-graph");
        graph.setSizeFull();
        graph.setStyles(DiagramStyles.sheet(this::getTranslation, false));
        graph.addNodeDoubleClickListener(e -> openEcomap(e.getNodeId()));
        graph.addContextActionListener(e -> onAction(e.getActionId(), e.getNodeId()));
        Paragraph hint = new Paragraph(getTranslation("diagram.hint"));
        hint.addClassName("tsunagari-help");
        VerticalLayout left = new VerticalLayout(graph, DiagramStyles.legend(DiagramStyles.sheet(this::getTranslation,
                false), this::getTranslation), hint);
        left.setPadding(false);
        left.setSizeFull();
        left.setFlexGrow(1, graph);

        findings.addFindingClickListener(this::focusOn);
        graph.addSelectionListener(e -> showDetails(e.getNodeIds()));
        details.setFindingActions((finding, item) -> {
            Map<String, String> names = candidateNames(finding);
            CandidateActions.buttons(finding, edits, editControls, id -> names.getOrDefault(id, id),
                    this::getTranslation).forEach(item::add);
        });
        graph.addStageClickListener(e -> details.clear());
        VerticalLayout right = new VerticalLayout(details, whatIf, findings);
        right.setPadding(false);
        right.setSizeFull();
        // The gap list takes what the details leave; both scroll inside rather than push the page longer.
        for (var part : List.of(findings, whatIf)) {
            part.setHeight(null);
            part.setMinHeight("0");
            right.setFlexGrow(1, part);
        }
        details.setMaxHeight("40%");
        details.getStyle().set("overflow", "auto").set("flex-shrink", "0");

        split = new SplitLayout(left, right);
        split.setSizeFull();
        split.setSplitterPosition(56);
        add(title, toolbar, filters, summary, editControls, notice, split);
        setFlexGrow(1, split);
        live.follow(this, change -> {
            if (change.appliedAtNanos() > readAt && areaId != null && split.isVisible()
                    && change.concerns(areaId, nodes.keySet())) {
                reload(true);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<DiagramQueries.AreaChoice> choices = queries.dailyLifeAreas();
        areas.setItems(choices);
        String areaId = event.getRouteParameters().get(AREA_PARAMETER).orElse(null);
        if (areaId == null) {
            if (choices.isEmpty()) {
                fail(getTranslation("diagram.noAreas"));
            } else {
                event.forwardTo(AreaDiagramView.class, new RouteParameters(AREA_PARAMETER, choices.getFirst().id()));
            }
            return;
        }
        choices.stream().filter(c -> c.id().equals(areaId)).findFirst().ifPresent(areas::setValue);
        this.areaId = areaId;
        reload(false);
    }
    /**
     * Shows an area inside another view (a council session's presenter view, see {@link AreaDiagrams#embedded}):
     * the area picker offers only {@code pickable} and hands a pick to {@code onPick} instead of navigating.
     */
    public void showEmbedded(String areaId, java.util.Collection<String> pickable,
                             java.util.function.Consumer<String> onPick) {
        this.areaPicked = onPick;
        List<DiagramQueries.AreaChoice> choices = queries.dailyLifeAreas().stream()
                .filter(c -> pickable.contains(c.id())).toList();
        areas.setItems(choices);
        choices.stream().filter(c -> c.id().equals(areaId)).findFirst().ifPresent(areas::setValue);
        areas.setVisible(choices.size() > 1);
        title.setVisible(false);
        this.areaId = areaId;
        reload(false);
    }

    /** The diagram itself, for a view embedding this one (to follow its camera, focus and filters). */
    public NetworkGraph graph() {
        return graph;
    }

    /** The daily-life area shown (null before one is). */
    public String areaId() {
        return areaId;
    }

    /** Reads the area again; {@code keep}: the same area changed, keep the picture. */
    private void reload(boolean keep) {
        readAt = System.nanoTime();
        String id = areaId;
        try {
            queries.area(id, getLocale()).ifPresentOrElse(d -> show(d, keep),
                    () -> fail(getTranslation("diagram.notFound", id)));
        } catch (AccessDeniedException denied) {
            fail(getTranslation("diagram.denied"));
        }
    }

    private void show(DiagramQueries.AreaDiagram diagram, boolean keep) {
        allFindings = gaps.forArea(diagram.areaId(), getLocale());
        GraphData data = GapOverlay.apply(diagram.graph(), allFindings);
        boolean same = keep && !nodes.isEmpty() && split.isVisible();
        drawn = data;
        services = diagram.services();
        Map<String, GraphNode> byId = new HashMap<>();
        data.nodes().forEach(n -> byId.put(n.id(), n));
        nodes = byId;
        residents = data.nodes().stream().filter(n -> DiagramKinds.RESIDENT.equals(n.kind())).map(GraphNode::id)
                .collect(Collectors.toUnmodifiableSet());
        if (same && !whatIf.isOn()) {
            graph.updateGraph(data);
        } else if (!same) {
            tools.show("diagram/" + diagram.areaId(), data, Layout.FORCE_ATLAS2, List.of(diagram.areaId()));
            details.clear();
        }
        prepareActions(diagram.graph());
        filters.setData(data, services);
        whatIf.setArea(diagram.areaId(), diagram.graph(), services.values().stream().flatMap(Set::stream).distinct()
                .sorted().toList(), this::label, () -> graph.updateGraph(drawn));
        title.setText(getTranslation("diagram.title", diagram.areaName()));
        summary.setText(getTranslation("diagram.summary", diagram.residents(), data.nodes().size(),
                data.edges().size(), allFindings.size()));
        notice.setText(getTranslation("diagram.truncated", diagram.residents()));
        notice.setVisible(diagram.truncated());
        split.setVisible(true);
        findings.setFindings(allFindings, this::label, residents::contains);
    }

    private static final Set<String> ORGANIZATION_KINDS = Set.of(DiagramKinds.ORGANIZATION, DiagramKinds.NPO,
            DiagramKinds.ASSOCIATION);

    /** Residents open their ecomap; organizations are suspended or resumed (the service checks the user's areas). */
    private void prepareActions(GraphData drawn) {
        List<String> active = new java.util.ArrayList<>(), inactive = new java.util.ArrayList<>();
        for (GraphNode n : drawn.nodes()) {
            if (ORGANIZATION_KINDS.contains(n.kind())) {
                (n.flags().contains(DiagramKinds.INACTIVE) ? inactive : active).add(n.id());
            }
        }
        List<Action> actions = new java.util.ArrayList<>();
        actions.add(new Action("open-ecomap", getTranslation("diagram.action.open-ecomap"))
                .onKinds(List.of(DiagramKinds.RESIDENT)));
        if (!active.isEmpty()) {
            actions.add(new Action("suspend", getTranslation("diagram.action.suspend")).onNodes(active));
        }
        if (!inactive.isEmpty()) {
            actions.add(new Action("resume", getTranslation("diagram.action.resume")).onNodes(inactive));
        }
        graph.setActions(actions);
    }

    private void onAction(String action, String nodeId) {
        GraphNode node = nodes.get(nodeId);
        if (node == null) {
            return;
        }
        switch (action) {
            case "open-ecomap" -> openEcomap(nodeId);
            case "suspend", "resume" -> {
                if (ORGANIZATION_KINDS.contains(node.kind())) {
                    editControls.run(() -> edits.setActive(nodeId, "resume".equals(action)), null);
                }
            }
            default -> {
                // not an action of this view
            }
        }
    }

    private void openEcomap(String nodeId) {
        if (residents.contains(nodeId)) {
            getUI().ifPresent(ui -> ui.navigate(EcomapView.class,
                    new RouteParameters(EcomapView.RESIDENT_PARAMETER, nodeId)));
        }
    }

    private void fail(String text) {
        title.setText(getTranslation("diagram.title", ""));
        notice.setText(text);
        notice.setVisible(true);
        summary.setText("");
        split.setVisible(false);
    }

    /** The side panel tells about the node selected last; from memory, so it answers at once. */
    private void showDetails(List<String> selected) {
        if (selected.isEmpty() || !nodes.containsKey(selected.getLast())) {
            details.clear();
            return;
        }
        String id = selected.getLast();
        details.show(nodes.get(id), drawn, services.getOrDefault(id, Set.of()), allFindings);
    }

    /** Focuses the diagram on the node a finding is about, and selects it. */
    private void focusOn(GapItem finding) {
        if (nodes.containsKey(finding.subject())) {
            graph.focus(finding.subject(), 1);
            graph.select(List.of(finding.subject()));
            showDetails(List.of(finding.subject()));
        } else {
            Notification.show(getTranslation("diagram.notInGraph"), 3000, Notification.Position.BOTTOM_START);
        }
    }

    /** The candidates' names: as drawn, or read for those the diagram does not show. */
    private Map<String, String> candidateNames(GapItem finding) {
        Map<String, String> names = new HashMap<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (String id : finding.candidates()) {
            if (nodes.containsKey(id)) {
                names.put(id, nodes.get(id).label());
            } else {
                unknown.add(id);
            }
        }
        finding.related().stream().filter(nodes::containsKey).forEach(id -> names.put(id, nodes.get(id).label()));
        if (!unknown.isEmpty()) {
            names.putAll(queries.helperNames(unknown));
        }
        return names;
    }

    private String label(String id) {
        GraphNode node = nodes.get(id);
        return node == null ? id : node.label();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("nav.diagram");
    }
}
