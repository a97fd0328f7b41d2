package jp.tsunagari.diagram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BaseJsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A support network drawn in the browser by sigma.js (WebGL), for graphs of a few to ~10⁵ elements. The server sets
 * the data as JSON properties of {@code <tsunagari-graph>} (frontend/src/tsunagari-graph.ts); the element reports
 * clicks, selection, drags and context-menu actions as events carrying ids only.
 *
 * <pre>{@code
 * var graph = new NetworkGraph();
 * graph.setStyles(GraphStyles.none().withNode("resident", "#1565c0", 10, Shape.CIRCLE, "利用者")
 *         .withFlag("isolated", "#e53935", "孤立"));
 * graph.setGraph(data);
 * graph.addNodeClickListener(e -> open(e.getNodeId()));
 * }</pre>
 *
 * The element is loaded from {@code /frontend-build/}, outside Vaadin's frontend bundle: Maven builds it with esbuild
 * (exec-maven-plugin, see pom.xml), so the application keeps Vaadin's prebuilt bundle and needs no Vite build.
 */
@Tag("tsunagari-graph")
@JsModule("context://frontend-build/tsunagari-graph.js")
public class NetworkGraph extends Component implements HasSize {

    public static final Duration DEFAULT_LAYOUT_DURATION = Duration.ofSeconds(3);

    private GraphData graph = GraphData.empty();
    private List<String> selection = List.of();
    private Focus focus;
    /** Whether patches were sent since the whole graph was, and how often it was sent again after them. */
    private boolean patched;
    private int revision;
    private List<String> hiddenIds = List.of();
    private List<String> hiddenKinds = List.of();
    private String query = "";

    /** The k-hop neighbourhood of a node shown alone (focus mode). */
    public record Focus(String nodeId, int hops) {
        public Focus {
            Objects.requireNonNull(nodeId, "nodeId");
            if (hops < 1 || hops > 3) {
                throw new IllegalArgumentException("hops must be 1 to 3, was " + hops);
            }
        }
    }

    public NetworkGraph() {
        setWidthFull();
        addAttachListener(e -> {
            if (patched && !e.isInitialAttach()) {
                getElement().setProperty("keepPositions", true);
                sendGraph();
            }
        });
        getElement().getStyle().set("min-height", "320px");
        setLayout(Layout.FORCE_ATLAS2, DEFAULT_LAYOUT_DURATION);
        // The user changes selection and focus in the browser; keep the server's copy (and the property values the
        // server last sent) in step, so that the next select(…)/focus(…) from Java is never mistaken for no change.
        addListener(SelectionEvent.class, e -> {
            selection = e.getNodeIds();
            setJson("selection", selection);
        });
        addListener(FocusChangeEvent.class, e -> {
            focus = e.getFocus().orElse(null);
            setJson("focusOn", focus == null ? null : focusJson(focus));
        });
    }

    public NetworkGraph(GraphData graph) {
        this();
        setGraph(graph);
    }

    // ---- data --------------------------------------------------------------------------------------------------

    /** Replaces the drawn graph; selection and focus are cleared, the layout set by {@link #setLayout} runs. */
    public void setGraph(GraphData graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        selection = List.of();
        focus = null;
        setJson("selection", selection);
        setJson("focusOn", null);
        getElement().setProperty("keepPositions", false);
        sendGraph();
    }

    /**
     * Replaces the drawn graph with a changed version of it, keeping the user's picture: nodes already drawn stay
     * where they are (dragged ones too), new ones appear next to their neighbours, no layout runs; the selection and
     * focus stay as far as their nodes are still there. For live refreshes after an edit.
     */
    public void updateGraph(GraphData graph) {
        keepPicture(Objects.requireNonNull(graph, "graph"));
        sendGraph();
    }

    /**
     * As {@link #updateGraph}, sending only what changed ({@link GraphPatch}) instead of the whole graph: for a
     * graph shown live in many views (a council session's projections), where a change touches a few nodes.
     */
    public void patchGraph(GraphPatch patch) {
        keepPicture(patch.applyTo(graph));
        // The element's "graph" property stays as last sent whole; the element brings its copy up to date. Should the
        // element be attached anew (a new one in the browser), it is sent whole again.
        patched = true;
        getElement().callJsFunction("applyPatch", (BaseJsonNode) JacksonUtils.getMapper().valueToTree(patch));
        fireEvent(new ViewChangeEvent(this, false));
    }

    /** Takes {@code next} as the graph, keeping positions, and the selection and focus as far as their nodes stay. */
    private void keepPicture(GraphData next) {
        this.graph = next;
        java.util.Set<String> ids = new java.util.HashSet<>();
        next.nodes().forEach(n -> ids.add(n.id()));
        List<String> kept = selection.stream().filter(ids::contains).toList();
        if (!kept.equals(selection)) {
            selection = kept;
            setJson("selection", selection);
        }
        if (focus != null && !ids.contains(focus.nodeId())) {
            focus = null;
            setJson("focusOn", null);
        }
        getElement().setProperty("keepPositions", true);
    }

    public GraphData getGraph() {
        return graph;
    }

    public void setStyles(GraphStyles styles) {
        setJson("styles", Objects.requireNonNull(styles, "styles"));
    }

    /** The layout applied whenever a graph is set; see {@link #relayout()} to run it again on the current graph. */
    public void setLayout(Layout layout) {
        setLayout(layout, DEFAULT_LAYOUT_DURATION);
    }

    /** As {@link #setLayout(Layout)}; {@code duration} is how long ForceAtlas2 runs (at most a minute). */
    public void setLayout(Layout layout, Duration duration) {
        ObjectNode json = JacksonUtils.createObjectNode();
        json.put("name", Objects.requireNonNull(layout, "layout").json);
        if (layout == Layout.FORCE_ATLAS2) {
            json.put("durationMs", (int) Math.min(Math.max(duration.toMillis(), 1), 60_000));
        }
        getElement().setPropertyJson("layout", json);
    }

    /** Runs the layout again on the current graph (e.g. a 「再配置」 button). */
    public void relayout() {
        getElement().callJsFunction("runLayout");
    }

    /** Context-menu entries offered on every node (none: no menu). */
    public void setActions(List<Action> actions) {
        setJson("actions", List.copyOf(actions));
    }

    // ---- view state --------------------------------------------------------------------------------------------

    /** Selects (highlights) these nodes, replacing the selection. Fires no {@link SelectionEvent}. */
    public void select(Collection<String> nodeIds) {
        selection = List.copyOf(new LinkedHashSet<>(nodeIds));
        setJson("selection", selection);
    }

    public List<String> getSelection() {
        return selection;
    }

    /** Shows only the nodes within {@code hops} (1–3) of {@code nodeId}. */
    public void focus(String nodeId, int hops) {
        focus = new Focus(nodeId, hops);
        setJson("focusOn", focusJson(focus));
    }

    public void clearFocus() {
        focus = null;
        setJson("focusOn", null);
    }

    public Optional<Focus> getFocus() {
        return Optional.ofNullable(focus);
    }

    /** Hides these nodes and every node or edge of these kinds (the filters); replaces what was hidden before. */
    public void hide(Collection<String> nodeIds, Collection<String> kinds) {
        Map<String, Object> hidden = new LinkedHashMap<>();
        hiddenIds = List.copyOf(nodeIds);
        hiddenKinds = List.copyOf(kinds);
        hidden.put("ids", hiddenIds);
        hidden.put("kinds", hiddenKinds);
        setJson("hiddenItems", hidden);
    }

    /** The nodes hidden by {@link #hide} (the filters). */
    public List<String> getHiddenIds() {
        return hiddenIds;
    }

    /** The node and edge kinds hidden by {@link #hide}. */
    public List<String> getHiddenKinds() {
        return hiddenKinds;
    }

    /** The search text highlighted (blank: none). */
    public String getQuery() {
        return query;
    }

    public void showAll() {
        hide(List.of(), List.of());
    }

    /** Highlights nodes whose label contains {@code text}, ignoring kana type, width and case; blank clears. */
    public void search(String text) {
        query = text == null ? "" : text;
        getElement().setProperty("query", query);
        fireEvent(new ViewChangeEvent(this, false));
    }

    /** Resets the camera so the whole graph is in view. */
    public void fit() {
        getElement().callJsFunction("fit");
    }

    // ---- camera and type size (council projections) -----------------------------------------------------------

    /** Sigma's camera: centre in normalised graph coordinates, and zoom ratio (1 = whole graph, smaller = closer). */
    public record Camera(double x, double y, double ratio) {
    }

    /** Moves the camera (animated briefly), e.g. to where a council presenter's camera is. */
    public void setCamera(Camera camera) {
        setJson("camera", camera);
    }

    /** Label size in pixels (0: the element's default), for projectors. */
    public void setLabelSize(int pixels) {
        getElement().setProperty("labelSize", pixels);
    }

    /**
     * Whenever what is shown changes — the graph (a refresh, what-if), the focus, the hidden items or the search —
     * from the server or the user: for a view mirroring this one (a council projection following its presenter).
     */
    public Registration addViewChangeListener(ComponentEventListener<ViewChangeEvent> listener) {
        return addListener(ViewChangeEvent.class, listener);
    }

    /** See {@link #addViewChangeListener}; read the new state from the component. */
    public static class ViewChangeEvent extends ComponentEvent<NetworkGraph> {
        public ViewChangeEvent(NetworkGraph source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** After the camera has rested (panned, zoomed, fitted), with where it is. */
    public Registration addCameraChangeListener(ComponentEventListener<CameraChangeEvent> listener) {
        return addListener(CameraChangeEvent.class, listener);
    }

    /** When ForceAtlas2 has finished laying the graph out (the positions are then final until a drag). */
    public Registration addLayoutEndListener(ComponentEventListener<LayoutEndEvent> listener) {
        return addListener(LayoutEndEvent.class, listener);
    }

    @DomEvent("camera-change")
    public static class CameraChangeEvent extends ComponentEvent<NetworkGraph> {
        private final Camera camera;

        public CameraChangeEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.x") double x,
                @EventData("event.detail.y") double y, @EventData("event.detail.ratio") double ratio) {
            super(source, fromClient);
            this.camera = new Camera(x, y, ratio);
        }

        public Camera getCamera() {
            return camera;
        }
    }

    @DomEvent("layout-end")
    public static class LayoutEndEvent extends ComponentEvent<NetworkGraph> {
        public LayoutEndEvent(NetworkGraph source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    // ---- results from the browser ------------------------------------------------------------------------------

    /** The diagram as a PNG {@code data:} URL, as drawn (filters, focus and search applied). */
    public CompletableFuture<String> exportPng() {
        return getElement().callJsFunction("exportPng").toCompletableFuture(String.class);
    }

    /** The visible part of the diagram as an SVG document (labels XML-escaped). */
    public CompletableFuture<String> exportSvg() {
        return getElement().callJsFunction("exportSvg").toCompletableFuture(String.class);
    }

    /** Every node's position as laid out or dragged in the browser, to save for {@link Layout#KEEP}. */
    public CompletableFuture<Map<String, double[]>> positions() {
        return getElement().callJsFunction("positions").toCompletableFuture().thenApply(NetworkGraph::positionsFrom);
    }

    /** Frames per second sigma renders while the camera pans and zooms for {@code duration} (performance tests). */
    public CompletableFuture<Double> frameRate(Duration duration) {
        return getElement().callJsFunction("frameRate", (double) duration.toMillis()).toCompletableFuture(Double.class);
    }

    // ---- listeners ---------------------------------------------------------------------------------------------

    public Registration addNodeClickListener(ComponentEventListener<NodeClickEvent> listener) {
        return addListener(NodeClickEvent.class, listener);
    }

    public Registration addNodeDoubleClickListener(ComponentEventListener<NodeDoubleClickEvent> listener) {
        return addListener(NodeDoubleClickEvent.class, listener);
    }

    public Registration addSelectionListener(ComponentEventListener<SelectionEvent> listener) {
        return addListener(SelectionEvent.class, listener);
    }

    public Registration addNodeDragEndListener(ComponentEventListener<NodeDragEndEvent> listener) {
        return addListener(NodeDragEndEvent.class, listener);
    }

    public Registration addContextActionListener(ComponentEventListener<ContextActionEvent> listener) {
        return addListener(ContextActionEvent.class, listener);
    }

    public Registration addStageClickListener(ComponentEventListener<StageClickEvent> listener) {
        return addListener(StageClickEvent.class, listener);
    }

    public Registration addFocusChangeListener(ComponentEventListener<FocusChangeEvent> listener) {
        return addListener(FocusChangeEvent.class, listener);
    }

    /** After the first frame of each graph set (the element then also carries {@code data-ready}). */
    public Registration addGraphRenderedListener(ComponentEventListener<GraphRenderedEvent> listener) {
        return addListener(GraphRenderedEvent.class, listener);
    }

    // ---- events ------------------------------------------------------------------------------------------------

    /** A node was clicked (also selects it). */
    @DomEvent("node-click")
    public static class NodeClickEvent extends ComponentEvent<NetworkGraph> {
        private final String nodeId;

        public NodeClickEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.id") String nodeId) {
            super(source, fromClient);
            this.nodeId = nodeId;
        }

        public String getNodeId() {
            return nodeId;
        }
    }

    @DomEvent("node-dblclick")
    public static class NodeDoubleClickEvent extends ComponentEvent<NetworkGraph> {
        private final String nodeId;

        public NodeDoubleClickEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.id") String nodeId) {
            super(source, fromClient);
            this.nodeId = nodeId;
        }

        public String getNodeId() {
            return nodeId;
        }
    }

    /** The user changed the selection (click, Shift/Ctrl-click, click on the background). */
    @DomEvent("node-select")
    public static class SelectionEvent extends ComponentEvent<NetworkGraph> {
        private final List<String> nodeIds;

        public SelectionEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.ids") JsonNode ids) {
            super(source, fromClient);
            this.nodeIds = strings(ids);
        }

        public List<String> getNodeIds() {
            return nodeIds;
        }
    }

    /** The user dropped dragged nodes: their new positions. */
    @DomEvent("node-drag-end")
    public static class NodeDragEndEvent extends ComponentEvent<NetworkGraph> {
        private final Map<String, double[]> positions;

        public NodeDragEndEvent(NetworkGraph source, boolean fromClient,
                @EventData("event.detail.positions") JsonNode positions) {
            super(source, fromClient);
            this.positions = positionsFrom(positions);
        }

        public Map<String, double[]> getPositions() {
            return positions;
        }
    }

    /** The user picked an {@link Action} from a node's context menu. */
    @DomEvent("node-context")
    public static class ContextActionEvent extends ComponentEvent<NetworkGraph> {
        private final String nodeId;
        private final String actionId;

        public ContextActionEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.id") String nodeId,
                @EventData("event.detail.action") String actionId) {
            super(source, fromClient);
            this.nodeId = nodeId;
            this.actionId = actionId;
        }

        public String getNodeId() {
            return nodeId;
        }

        public String getActionId() {
            return actionId;
        }
    }

    @DomEvent("stage-click")
    public static class StageClickEvent extends ComponentEvent<NetworkGraph> {
        public StageClickEvent(NetworkGraph source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** The user focused on a node's neighbourhood with the keys 1/2/3, or left focus mode with Esc. */
    @DomEvent("focus-change")
    public static class FocusChangeEvent extends ComponentEvent<NetworkGraph> {
        private final Focus focus;

        public FocusChangeEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.id") String nodeId,
                @EventData("event.detail.hops") int hops) {
            super(source, fromClient);
            this.focus = nodeId == null ? null : new Focus(nodeId, Math.max(1, Math.min(hops, 3)));
        }

        public Optional<Focus> getFocus() {
            return Optional.ofNullable(focus);
        }
    }

    @DomEvent("graph-rendered")
    public static class GraphRenderedEvent extends ComponentEvent<NetworkGraph> {
        private final int nodeCount;

        public GraphRenderedEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.nodes") int nodeCount) {
            super(source, fromClient);
            this.nodeCount = nodeCount;
        }

        public int getNodeCount() {
            return nodeCount;
        }
    }

    // ---- JSON --------------------------------------------------------------------------------------------------

    /**
     * Sends the whole graph. After patches the browser's copy is newer than the property's last value, and Vaadin
     * sends a property only when it differs from that value: a revision number makes sure it does.
     */
    private void sendGraph() {
        ObjectNode json = (ObjectNode) JacksonUtils.getMapper().valueToTree(graph);
        if (patched) {
            json.put("rev", ++revision);
            patched = false;
        }
        getElement().setPropertyJson("graph", json);
        fireEvent(new ViewChangeEvent(this, false));
    }

    private void setJson(String property, Object value) {
        getElement().setPropertyJson(property, value == null ? JacksonUtils.nullNode()
                : (BaseJsonNode) JacksonUtils.getMapper().valueToTree(value));
        if (VIEW_PROPERTIES.contains(property)) {
            fireEvent(new ViewChangeEvent(this, false));
        }
    }

    /** The graph itself is sent by sendGraph, which fires the event too. */
    private static final java.util.Set<String> VIEW_PROPERTIES = java.util.Set.of("focusOn", "hiddenItems");

    private static ObjectNode focusJson(Focus focus) {
        ObjectNode json = JacksonUtils.createObjectNode();
        json.put("id", focus.nodeId());
        json.put("hops", focus.hops());
        return json;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(id -> out.add(id.asString()));
        }
        return List.copyOf(out);
    }

    static Map<String, double[]> positionsFrom(JsonNode json) {
        Map<String, double[]> out = new LinkedHashMap<>();
        if (json != null && json.isObject()) {
            for (var entry : json.properties()) {
                JsonNode xy = entry.getValue();
                if (xy.isArray() && xy.size() == 2) {
                    out.put(entry.getKey(), new double[] {xy.get(0).asDouble(), xy.get(1).asDouble()});
                }
            }
        }
        return out;
    }
}
