package jp.tsunagari.diagram;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jp.tsunagari.gaps.GapItem;

/**
 * What the side panel says about the node selected in the diagram: its kind, the service kinds it needs, gives or
 * offers, its ties by kind, and the gaps about it or involving it with their suggested action. Everything comes from
 * what the view already holds, so a selection answers without a database round trip.
 */
class NodeDetails extends VerticalLayout {

    private final H4 title = new H4();
    private final Paragraph kind = new Paragraph();
    private final Paragraph services = new Paragraph();
    private final Paragraph ties = new Paragraph();
    private final Div gaps = new Div();
    private final Div links = new Div();
    private BiConsumer<GapItem, Div> actions = (finding, item) -> { };

    NodeDetails() {
        setId("node-details");
        setPadding(false);
        setSpacing(false);
        title.setId("node-details-title");
        kind.setId("node-details-kind");
        services.setId("node-details-services");
        ties.setId("node-details-ties");
        gaps.setId("node-details-gaps");
        gaps.addClassName("tsunagari-findings-list");
        for (Paragraph p : List.of(kind, services, ties)) {
            p.addClassName("tsunagari-help");
        }
        add(title, kind, services, ties, gaps, links);
        clear();
    }

    /** Adds what may be done about a finding to its entry (e.g. the candidates to ask, with a button each). */
    void setFindingActions(BiConsumer<GapItem, Div> actions) {
        this.actions = Objects.requireNonNull(actions);
    }

    void clear() {
        title.setText(getTranslation("diagram.details.none"));
        kind.setText("");
        services.setText("");
        ties.setText("");
        gaps.removeAll();
        links.removeAll();
        getElement().setAttribute("data-node", "");
    }

    /**
     * Shows one node.
     *
     * @param serviceKinds the service kinds it is involved in (may be empty)
     * @param findings     the findings of the view; those about the node or naming it are shown
     */
    void show(GraphNode node, GraphData graph, Set<String> serviceKinds, List<GapItem> findings) {
        getElement().setAttribute("data-node", node.id());
        title.setText(node.label());
        kind.setText(getTranslation("diagram.kind." + node.kind())
                + (node.flags().contains(DiagramKinds.INACTIVE) ? " · " + getTranslation("diagram.flag.inactive") : ""));
        services.setText(serviceKinds.isEmpty() ? "" : getTranslation("diagram.details.services",
                String.join("、", serviceKinds.stream().map(s -> getTranslation("service." + s)).toList())));
        Map<String, Integer> byKind = new TreeMap<>();
        for (GraphEdge edge : graph.edges()) {
            if (edge.source().equals(node.id()) || edge.target().equals(node.id())) {
                byKind.merge(edge.kind(), 1, Integer::sum);
            }
        }
        ties.setText(byKind.isEmpty() ? getTranslation("diagram.details.noTies")
                : getTranslation("diagram.details.ties", String.join("、", byKind.entrySet().stream()
                        .map(e -> getTranslation("diagram.edge." + e.getKey()) + " " + e.getValue()).toList())));

        gaps.removeAll();
        List<GapItem> about = findings.stream()
                .filter(f -> f.subject().equals(node.id()) || f.related().contains(node.id())).toList();
        if (about.isEmpty()) {
            gaps.add(new Paragraph(getTranslation("diagram.details.noGaps")));
        }
        for (GapItem finding : about) {
            Div item = new Div();
            item.addClassName("tsunagari-finding");
            Span type = new Span(getTranslation("gaptype." + finding.type().name()));
            type.addClassName("tsunagari-gap-" + finding.severity().name());
            item.add(type, new Paragraph(finding.message()), new Paragraph(finding.action()));
            actions.accept(finding, item);
            gaps.add(item);
        }

        links.removeAll();
        if (DiagramKinds.RESIDENT.equals(node.kind())) {
            RouterLink ecomap = new RouterLink(getTranslation("diagram.details.ecomap"), EcomapView.class,
                    new RouteParameters(EcomapView.RESIDENT_PARAMETER, node.id()));
            ecomap.setId("node-details-ecomap");
            links.add(ecomap);
        }
    }
}
