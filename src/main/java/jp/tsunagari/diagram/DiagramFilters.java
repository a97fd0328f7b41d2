package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * Filters of a diagram: the layer of the seed's network image (individual networks, provider networks, the
 * community's associations and NPOs), the node kinds shown, and one service kind — everything not involved in it
 * (not needing, giving or offering it) is hidden. Hiding happens in the browser; the graph is not sent again.
 */
class DiagramFilters extends HorizontalLayout {

    /** The layers of 002 §4-1's network image, each a set of node kinds. */
    enum NetworkLayer {
        INDIVIDUAL(List.of(DiagramKinds.RESIDENT, DiagramKinds.PERSON, DiagramKinds.INDIVIDUAL_NETWORK)),
        PROVIDERS(List.of(DiagramKinds.ORGANIZATION, DiagramKinds.NPO, DiagramKinds.PROVIDER_NETWORK)),
        COMMUNITY(List.of(DiagramKinds.ASSOCIATION, DiagramKinds.NPO));

        final List<String> kinds;

        NetworkLayer(List<String> kinds) {
            this.kinds = kinds;
        }
    }

    /** Kinds that are never hidden by the service filter: they are the frame, not the participants. */
    private static final Set<String> STRUCTURE = Set.of(DiagramKinds.AREA, DiagramKinds.SECTOR,
            DiagramKinds.INDIVIDUAL_NETWORK, DiagramKinds.PROVIDER_NETWORK);

    private final NetworkGraph graph;
    private final Select<NetworkLayer> layer = new Select<>();
    private final MultiSelectComboBox<String> kinds = new MultiSelectComboBox<>();
    private final Select<String> service = new Select<>();
    private GraphData data = GraphData.empty();
    private Map<String, Set<String>> services = Map.of();
    private boolean adjusting;

    DiagramFilters(NetworkGraph graph) {
        this.graph = graph;
        setAlignItems(FlexComponent.Alignment.BASELINE);

        layer.setId("filter-layer");
        layer.setLabel(getTranslation("diagram.filter.layer"));
        layer.setItems(NetworkLayer.values());
        layer.setEmptySelectionAllowed(true);
        layer.setEmptySelectionCaption(getTranslation("diagram.filter.layer.all"));
        layer.setItemLabelGenerator(l -> l == null ? getTranslation("diagram.filter.layer.all")
                : getTranslation("diagram.filter.layer." + l.name()));
        layer.addValueChangeListener(e -> {
            if (!adjusting) {
                adjusting = true;
                kinds.setValue(e.getValue() == null ? new LinkedHashSet<>(kindsIn(data))
                        : new LinkedHashSet<>(e.getValue().kinds.stream().filter(kindsIn(data)::contains).toList()));
                adjusting = false;
                apply();
            }
        });

        kinds.setId("filter-kinds");
        kinds.setLabel(getTranslation("diagram.filter.kinds"));
        kinds.setItemLabelGenerator(k -> getTranslation("diagram.kind." + k));
        kinds.addValueChangeListener(e -> {
            if (!adjusting) {
                apply();
            }
        });

        service.setId("filter-service");
        service.setLabel(getTranslation("diagram.filter.service"));
        service.setEmptySelectionAllowed(true);
        service.setEmptySelectionCaption(getTranslation("diagram.filter.service.all"));
        service.setItemLabelGenerator(s -> s == null ? getTranslation("diagram.filter.service.all")
                : getTranslation("service." + s));
        service.addValueChangeListener(e -> apply());
        add(layer, kinds, service);
    }

    /**
     * The graph just drawn and which service kinds each node is involved in (empty: no service filter). The user's
     * filter choices stay as they were where they still make sense.
     */
    void setData(GraphData data, Map<String, Set<String>> services) {
        List<String> before = kindsIn(this.data);
        this.data = data;
        this.services = services;
        List<String> present = kindsIn(data);
        Set<String> chosen = kinds.getValue();
        adjusting = true;
        kinds.setItems(present);
        // Kinds the user hid stay hidden; kinds new to this graph are shown.
        kinds.setValue(new LinkedHashSet<>(present.stream()
                .filter(k -> chosen.contains(k) || !before.contains(k)).toList()));
        adjusting = false;
        String chosenService = service.getValue();
        Set<String> codes = new TreeSet<>();
        services.values().forEach(codes::addAll);
        service.setItems(codes);
        service.setVisible(!codes.isEmpty());
        if (chosenService != null && codes.contains(chosenService)) {
            service.setValue(chosenService);
        }
        apply();
    }

    /** Node ids hidden by the service filter, and the node kinds not chosen. */
    record Hidden(List<String> ids, List<String> kinds) {
    }

    Hidden hidden() {
        List<String> shownKinds = List.copyOf(kinds.getValue());
        List<String> hiddenKinds = kindsIn(data).stream().filter(k -> !shownKinds.contains(k)).toList();
        List<String> ids = new ArrayList<>();
        String code = service.getValue();
        if (code != null) {
            for (GraphNode node : data.nodes()) {
                if (!STRUCTURE.contains(node.kind()) && !services.getOrDefault(node.id(), Set.of()).contains(code)) {
                    ids.add(node.id());
                }
            }
        }
        return new Hidden(ids, hiddenKinds);
    }

    private void apply() {
        Hidden hidden = hidden();
        graph.hide(hidden.ids(), hidden.kinds());
    }

    private static List<String> kindsIn(GraphData data) {
        Set<String> present = new LinkedHashSet<>();
        data.nodes().forEach(n -> present.add(n.kind()));
        return DiagramKinds.NODE_KINDS.stream().filter(present::contains).toList();
    }
}
