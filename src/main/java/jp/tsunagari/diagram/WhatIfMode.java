package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import jp.tsunagari.gaps.GapFindings;
import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.gaps.GapType;

/**
 * What-if mode (もしも): the coordinator switches people or organizations off by clicking them, or a whole service kind
 * in the area, and sees which residents would newly be isolated or left with a need unmet — highlighted on the
 * diagram and listed — before anything happens. Nothing is saved; leaving the mode restores the diagram.
 */
class WhatIfMode extends VerticalLayout {

    /** Kinds that can stop helping: people and organizations. */
    private static final Set<String> STOPPABLE = Set.of(DiagramKinds.PERSON, DiagramKinds.ORGANIZATION,
            DiagramKinds.NPO, DiagramKinds.ASSOCIATION);

    private final NetworkGraph graph;
    private final GapFindings gaps;
    private final Button toggle = new Button();
    private final Select<String> service = new Select<>();
    private final Paragraph stoppedText = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final GapPanel newFindings;
    private final Set<String> stopped = new LinkedHashSet<>();
    private boolean on;
    private String areaId;
    private GraphData base = GraphData.empty();
    private Function<String, String> labels = Function.identity();
    private Runnable onLeave = () -> { };

    WhatIfMode(NetworkGraph graph, GapFindings gaps) {
        this.graph = graph;
        this.gaps = gaps;
        setPadding(false);
        setSizeFull();
        toggle.setId("whatif-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        toggle.addClickListener(e -> setOn(!on));

        service.setId("whatif-service");
        service.setLabel(getTranslation("whatif.service"));
        service.setEmptySelectionAllowed(true);
        service.setEmptySelectionCaption(getTranslation("whatif.service.none"));
        service.setItemLabelGenerator(s -> s == null ? getTranslation("whatif.service.none")
                : getTranslation("service." + s));
        service.addValueChangeListener(e -> {
            if (on) {
                recompute();
            }
        });
        stoppedText.setId("whatif-stopped");
        summary.setId("whatif-summary");
        Button reset = new Button(getTranslation("whatif.reset"), e -> {
            stopped.clear();
            service.clear();
            recompute();
        });
        reset.setId("whatif-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph hint = new Paragraph(getTranslation("whatif.hint"));
        hint.addClassName("tsunagari-help");
        newFindings = new GapPanel("whatif", getTranslation("whatif.findings"));
        newFindings.addFindingClickListener(f -> {
            graph.focus(f.subject(), 1);
            graph.select(List.of(f.subject()));
        });
        add(hint, service, stoppedText, reset, summary, newFindings);
        setFlexGrow(1, newFindings);
        setVisible(false);
        updateToggle();

        graph.addNodeClickListener(e -> {
            if (on) {
                toggleNode(e.getNodeId());
            }
        });
    }

    /** The button entering and leaving the mode, for the view's toolbar. */
    Button toggle() {
        return toggle;
    }

    /**
     * The area shown and its graph without overlay (what-if draws its own); {@code onLeave} redraws the view's own
     * picture when the user leaves the mode.
     */
    void setArea(String areaId, GraphData base, List<String> serviceKinds, Function<String, String> labels,
                 Runnable onLeave) {
        this.areaId = areaId;
        this.base = base;
        this.labels = labels;
        this.onLeave = onLeave;
        service.setItems(serviceKinds);
        stopped.retainAll(base.nodes().stream().map(GraphNode::id).toList());
        if (on) {
            recompute();
        }
    }

    boolean isOn() {
        return on;
    }

    void setOn(boolean on) {
        if (this.on == on) {
            return;
        }
        this.on = on;
        setVisible(on);
        updateToggle();
        if (on) {
            recompute();
        } else {
            stopped.clear();
            service.clear();
            onLeave.run();
        }
    }

    /** Adds the node to what stops, or takes it back; residents, networks and areas cannot stop. */
    void toggleNode(String id) {
        GraphNode node = base.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
        if (node == null || !STOPPABLE.contains(node.kind())) {
            return;
        }
        if (!stopped.remove(id)) {
            stopped.add(id);
        }
        recompute();
    }

    private void recompute() {
        String code = service.getValue();
        List<GapItem> found = List.of();
        List<String> stops = List.copyOf(stopped);
        if (!stops.isEmpty() || code != null) {
            GapFindings.WhatIf result = gaps.whatIf(stops, code, code == null ? null : areaId, getLocale());
            stops = result.stopped();
            found = result.newFindings().stream().filter(f -> areaId == null || areaId.equals(f.area())).toList();
        }
        Set<String> stoppedNow = Set.copyOf(stops);
        List<GraphNode> nodes = new ArrayList<>(base.nodes().size());
        for (GraphNode n : base.nodes()) {
            nodes.add(stoppedNow.contains(n.id()) ? n.withFlags(DiagramKinds.INACTIVE) : n);
        }
        // Stopped helpers greyed, new gaps marked; every node stays where it is on screen.
        graph.updateGraph(GapOverlay.apply(new GraphData(nodes, base.edges()), found));

        long isolated = found.stream().filter(f -> f.type() == GapType.ISOLATED_RESIDENT).count();
        long unmet = found.stream().filter(f -> f.type() == GapType.UNMET_NEED).count();
        stoppedText.setText(stoppedNow.isEmpty() ? getTranslation("whatif.nothingStopped")
                : getTranslation("whatif.stoppedCount", stoppedNow.size(),
                        String.join("、", stops.stream().filter(stoppedNow::contains).limit(5).map(labels).toList())));
        summary.setText(getTranslation("whatif.summary", isolated, unmet, found.size()));
        newFindings.setFindings(found, labels, id -> base.nodes().stream()
                .anyMatch(n -> n.id().equals(id) && DiagramKinds.RESIDENT.equals(n.kind())));
    }

    private void updateToggle() {
        toggle.setText(getTranslation(on ? "whatif.leave" : "whatif.enter"));
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(on));
    }
}
