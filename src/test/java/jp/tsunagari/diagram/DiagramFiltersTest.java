package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The diagram's filters, without a browser: a layer shows only its kinds, unticked kinds are hidden, a service hides
 * everyone not involved in it but keeps the networks and the area, and choices survive a refreshed graph.
 */
class DiagramFiltersTest {

    private final NetworkGraph graph = new NetworkGraph();
    private final DiagramFilters filters = new DiagramFilters(graph);

    private static final GraphData AREA = GraphData.of(List.of(
            new GraphNode("a", "中央圏域", DiagramKinds.AREA),
            new GraphNode("r1", "住民-1", DiagramKinds.RESIDENT),
            new GraphNode("r2", "住民-2", DiagramKinds.RESIDENT),
            new GraphNode("fam", "家族", DiagramKinds.PERSON),
            new GraphNode("care", "訪問介護", DiagramKinds.ORGANIZATION),
            new GraphNode("pn", "訪問介護連絡会", DiagramKinds.PROVIDER_NETWORK),
            new GraphNode("assoc", "自治会", DiagramKinds.ASSOCIATION)), List.of());

    private static final Map<String, Set<String>> SERVICES = Map.of(
            "r1", Set.of("HOME_CARE", "WATCHING"), "r2", Set.of("SALON"),
            "fam", Set.of("WATCHING"), "care", Set.of("HOME_CARE"));

    @SuppressWarnings("unchecked")
    private <T> T child(String id) {
        return (T) filters.getChildren().filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private JsonNode hiddenOnElement() {
        return (JsonNode) graph.getElement().getPropertyRaw("hiddenItems");
    }

    @Test
    void everythingIsShownAtFirst() {
        filters.setData(AREA, SERVICES);

        assertThat(filters.hidden().ids()).isEmpty();
        assertThat(filters.hidden().kinds()).isEmpty();
        assertThat(hiddenOnElement().get("kinds")).isEmpty();
    }

    @Test
    void aLayerShowsOnlyItsKinds() {
        filters.setData(AREA, SERVICES);

        this.<Select<DiagramFilters.NetworkLayer>>child("filter-layer").setValue(DiagramFilters.NetworkLayer.INDIVIDUAL);

        assertThat(filters.hidden().kinds()).containsExactlyInAnyOrder(DiagramKinds.ORGANIZATION,
                DiagramKinds.PROVIDER_NETWORK, DiagramKinds.ASSOCIATION, DiagramKinds.AREA);
        assertThat(hiddenOnElement().get("kinds").size()).isEqualTo(4);
    }

    @Test
    void aServiceHidesThoseNotInvolvedButKeepsNetworksAndTheArea() {
        filters.setData(AREA, SERVICES);

        this.<Select<String>>child("filter-service").setValue("WATCHING");

        assertThat(filters.hidden().ids()).containsExactlyInAnyOrder("r2", "care", "assoc");
        assertThat(hiddenOnElement().get("ids").size()).isEqualTo(3);
    }

    @Test
    void withoutServicesThereIsNoServiceFilter() {
        filters.setData(AREA, Map.of());

        assertThat(this.<Select<String>>child("filter-service").isVisible()).isFalse();
    }

    @Test
    void kindsTheUserHidStayHiddenWhenTheGraphIsRefreshedAndNewKindsAppear() {
        filters.setData(AREA, SERVICES);
        MultiSelectComboBox<String> kinds = child("filter-kinds");
        kinds.deselect(DiagramKinds.PERSON);

        GraphData withNpo = GraphData.of(Stream.concat(AREA.nodes().stream(),
                Stream.of(new GraphNode("npo", "NPO", DiagramKinds.NPO))).toList(), List.of());
        filters.setData(withNpo, SERVICES);

        assertThat(filters.hidden().kinds()).containsExactly(DiagramKinds.PERSON);
    }

    @Test
    void anEmptyGraphHidesNothing() {
        filters.setData(GraphData.empty(), Map.of());

        assertThat(filters.hidden().ids()).isEmpty();
        assertThat(filters.hidden().kinds()).isEmpty();
    }
}
