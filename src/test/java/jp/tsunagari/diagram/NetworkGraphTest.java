package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The Java API of the diagram component and the JSON it puts on {@code <tsunagari-graph>}, without a browser. */
class NetworkGraphTest {

    private final NetworkGraph graph = new NetworkGraph();

    private static final GraphData SMALL = new GraphData(
            List.of(new GraphNode("r1", "山田 花子", "resident").withFlags("isolated"),
                    new GraphNode("s1", "民生委員 佐藤", "supporter").at(0, 12.5),
                    new GraphNode("o1", "さくら訪問介護", "org").withSize(14)),
            List.of(new GraphEdge("s1", "r1", "visits"), new GraphEdge("e2", "o1", "r1", "care", true)));

    private JsonNode property(String name) {
        return (JsonNode) graph.getElement().getPropertyRaw(name);
    }

    private static JsonNode json(String text) {
        return JacksonUtils.getMapper().readTree(text);
    }

    @Test
    void graphGoesToTheElementAsCompactJson() {
        graph.setGraph(SMALL);

        assertThat(property("graph")).isEqualTo(json("""
                {"nodes": [{"id": "r1", "label": "山田 花子", "kind": "resident", "flags": ["isolated"]},
                           {"id": "s1", "label": "民生委員 佐藤", "kind": "supporter", "x": 0.0, "y": 12.5},
                           {"id": "o1", "label": "さくら訪問介護", "kind": "org", "size": 14.0}],
                 "edges": [{"source": "s1", "target": "r1", "kind": "visits"},
                           {"id": "e2", "source": "o1", "target": "r1", "kind": "care", "dashed": true}]}"""));
        assertThat(graph.getGraph()).isEqualTo(SMALL);
        assertThat(SMALL.fullyPlaced()).isFalse();
    }

    @Test
    void aPatchChangesTheServersCopyAndAWholeGraphSentAfterItAlwaysDiffersFromTheOneBefore() {
        graph.setGraph(SMALL);
        GraphData suspended = new GraphData(List.of(SMALL.nodes().get(0), SMALL.nodes().get(1),
                SMALL.nodes().get(2).withFlags("inactive")), SMALL.edges());

        graph.patchGraph(GraphPatch.between(SMALL, suspended));

        assertThat(graph.getGraph()).isEqualTo(suspended);
        assertThat(graph.getElement().getProperty("keepPositions", false)).isTrue();
        JsonNode before = property("graph"); // the browser has the patched graph, the property the one before
        graph.updateGraph(SMALL); // resumed: the same graph as the property's last value …
        assertThat(property("graph")).as("… yet a different value, so that Vaadin sends it").isNotEqualTo(before);
        assertThat(property("graph").get("nodes")).isEqualTo(before.get("nodes"));
    }

    @Test
    void labelsTravelAsDataNotMarkup() {
        graph.setGraph(new GraphData(List.of(new GraphNode("x", "<img src=x onerror=alert(1)>", "resident")), List.of()));
        assertThat(property("graph").get("nodes").get(0).get("label").asString()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void graphDataRefusesEdgesToUnknownNodesAndDuplicateIds() {
        var node = new GraphNode("a", "A", "k");
        assertThatThrownBy(() -> new GraphData(List.of(node), List.of(new GraphEdge("a", "ghost", "k"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ghost");
        assertThatThrownBy(() -> new GraphData(List.of(node, node), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Duplicate");
    }

    @Test
    void stylesKeepTheFlagsPriorityOrder() {
        graph.setStyles(GraphStyles.none()
                .withNode("org", "#2e7d32", 10, GraphStyles.Shape.RING, "事業所")
                .withFlag("isolated", "#e53935", "孤立")
                .withFlag("single-supporter", "#fb8c00", "支援者1人")
                .withEdge("informal", "#90a4ae", 1, true));

        JsonNode styles = property("styles");
        assertThat(styles.get("nodes").get("org")).isEqualTo(json("""
                {"color": "#2e7d32", "size": 10.0, "shape": "ring", "name": "事業所"}"""));
        assertThat(JacksonUtils.getKeys(styles.get("flags"))).containsExactly("isolated", "single-supporter");
        assertThat(styles.get("edges").get("informal")).isEqualTo(json("""
                {"color": "#90a4ae", "size": 1.0, "dashed": true}"""));
    }

    @Test
    void layoutDefaultsToAFewSecondsOfForceAtlas2AndIsBounded() {
        assertThat(property("layout")).isEqualTo(json("""
                {"name": "forceatlas2", "durationMs": 3000}"""));
        graph.setLayout(Layout.FORCE_ATLAS2, Duration.ofHours(1));
        assertThat(property("layout").get("durationMs").asInt()).isEqualTo(60_000);
        graph.setLayout(Layout.KEEP);
        assertThat(property("layout")).isEqualTo(json("""
                {"name": "keep"}"""));
    }

    @Test
    void focusIsOneToThreeHopsAndCanBeCleared() {
        graph.focus("r1", 2);
        assertThat(property("focusOn")).isEqualTo(json("""
                {"id": "r1", "hops": 2}"""));
        assertThat(graph.getFocus()).contains(new NetworkGraph.Focus("r1", 2));

        graph.clearFocus();
        assertThat(property("focusOn").isNull()).isTrue();
        assertThat(graph.getFocus()).isEmpty();
        assertThatThrownBy(() -> graph.focus("r1", 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void selectionFiltersActionsAndSearchAreProperties() {
        graph.select(List.of("r1", "s1", "r1"));
        graph.hide(Set.of("o1"), List.of("org"));
        graph.setActions(List.of(new Action("open", "開く"), new Action("add-supporter", "支援者を追加")));
        graph.search("さくら");

        assertThat(property("selection")).isEqualTo(json("""
                ["r1", "s1"]"""));
        assertThat(property("hiddenItems")).isEqualTo(json("""
                {"ids": ["o1"], "kinds": ["org"]}"""));
        assertThat(property("actions")).isEqualTo(json("""
                [{"id": "open", "label": "開く"}, {"id": "add-supporter", "label": "支援者を追加"}]"""));
        assertThat(graph.getElement().getProperty("query")).isEqualTo("さくら");
    }

    @Test
    void updatingAGraphKeepsThePictureAndTheSelectionOfNodesStillThere() {
        graph.setGraph(SMALL);
        assertThat(graph.getElement().getProperty("keepPositions", true)).isFalse();
        graph.select(List.of("r1", "gone"));
        graph.focus("r1", 1);
        graph.updateGraph(SMALL);
        assertThat(graph.getElement().getProperty("keepPositions", false)).isTrue();
        assertThat(graph.getSelection()).containsExactly("r1");
        assertThat(graph.getFocus()).contains(new NetworkGraph.Focus("r1", 1));
        graph.setGraph(SMALL);
        assertThat(graph.getElement().getProperty("keepPositions", true)).isFalse();
    }

    @Test
    void actionsNameTheKindsAndNodesTheyApplyTo() {
        graph.setActions(List.of(new Action("remove", "外す").onKinds(List.of("person")).onNodes(List.of("s1"))));
        assertThat(property("actions")).isEqualTo(json("""
                [{"id": "remove", "label": "外す", "kinds": ["person"], "nodes": ["s1"]}]"""));
    }

    @Test
    void settingAGraphClearsSelectionAndFocus() {
        graph.setGraph(SMALL);
        graph.select(List.of("r1"));
        graph.focus("r1", 1);
        graph.setGraph(SMALL);
        assertThat(graph.getSelection()).isEmpty();
        assertThat(graph.getFocus()).isEmpty();
        assertThat(property("focusOn").isNull()).isTrue();
    }

    @Test
    void browserEventsReachTypedListenersWithTheirIds() {
        List<String> clicked = new ArrayList<>(), doubleClicked = new ArrayList<>(), actions = new ArrayList<>();
        List<double[]> dropped = new ArrayList<>();
        graph.addNodeClickListener(e -> clicked.add(e.getNodeId()));
        graph.addNodeDoubleClickListener(e -> doubleClicked.add(e.getNodeId()));
        graph.addContextActionListener(e -> actions.add(e.getNodeId() + ":" + e.getActionId()));
        graph.addNodeDragEndListener(e -> dropped.add(e.getPositions().get("s1")));

        fire("node-click", "event.detail.id", "r1");
        fire("node-dblclick", "event.detail.id", "s1");
        fire("node-context", "event.detail.id", "o1", "event.detail.action", "open");
        fire("node-drag-end", "event.detail.positions", json("""
                {"s1": [1.5, -2.25]}"""));

        assertThat(clicked).containsExactly("r1");
        assertThat(doubleClicked).containsExactly("s1");
        assertThat(actions).containsExactly("o1:open");
        assertThat(dropped).singleElement().satisfies(xy -> assertThat(xy).containsExactly(1.5, -2.25));
    }

    @Test
    void selectionAndFocusChangedInTheBrowserAreMirroredOnTheServer() {
        List<List<String>> selections = new ArrayList<>();
        graph.addSelectionListener(e -> selections.add(e.getNodeIds()));

        fire("node-select", "event.detail.ids", json("""
                ["r1", "s1"]"""));
        fire("focus-change", "event.detail.id", "r1", "event.detail.hops", 3);

        assertThat(selections).containsExactly(List.of("r1", "s1"));
        assertThat(graph.getSelection()).containsExactly("r1", "s1");
        assertThat(property("selection")).isEqualTo(json("""
                ["r1", "s1"]"""));
        assertThat(graph.getFocus()).contains(new NetworkGraph.Focus("r1", 3));

        fire("focus-change", "event.detail.id", null, "event.detail.hops", 0);
        assertThat(graph.getFocus()).isEmpty();
    }

    @Test
    void elementIsLoadedFromTheEsbuildBundleOutsideVaadinsBundle() {
        assertThat(NetworkGraph.class.getAnnotation(JsModule.class).value())
                .isEqualTo("context://frontend-build/tsunagari-graph.js");
    }

    private void fire(String type, Object... keysAndValues) {
        ObjectNode data = JacksonUtils.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.set((String) keysAndValues[i], JacksonUtils.getMapper().valueToTree(keysAndValues[i + 1]));
        }
        Element element = graph.getElement();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, type, data));
    }
}
