package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A bench-only page ({@link DiagramBench}): a synthetic network of {@code ?nodes=&edges=} (seeded, positions set by
 * the server so no layout runs), and a span the server fills with the selection it heard — the round trip the bench
 * times. With {@code &clusters=N} the network is shown as N×N {@link GraphClusters} (blocks of the grid standing for
 * neighbourhoods); double-clicking a cluster expands it.
 */
@Route("test/graph-bench")
@PermitAll
public class NetworkGraphBenchView extends VerticalLayout implements BeforeEnterObserver {

    static final String[] KINDS = {"resident", "supporter", "org"};

    private final NetworkGraph graph = new NetworkGraph();

    public NetworkGraphBenchView() {
        setSizeFull();
        var selected = new Span();
        selected.setId("selected-nodes");
        // Fixed sizes that fit the bench's window: the selection's text must not move the diagram (or scroll the page).
        selected.getStyle().set("display", "block").set("height", "20px").set("overflow", "hidden");
        graph.setId("graph");
        graph.setHeight("560px");
        graph.setStyles(GraphStyles.none()
                .withNode("resident", "#1565c0", 4, GraphStyles.Shape.CIRCLE, "利用者")
                .withNode("supporter", "#6a1b9a", 4, GraphStyles.Shape.CIRCLE, "支援者")
                .withNode("org", "#2e7d32", 5, GraphStyles.Shape.RING, "事業所")
                .withFlag("isolated", "#e53935", "孤立")
                .withNode(GraphClusters.KIND, "#00838f", 10, GraphStyles.Shape.CIRCLE, "地区")
                .withEdge("tie", "#b0bec5", 1, false)
                .withEdge(GraphClusters.KIND, "#80cbc4", 2, false));
        graph.setLayout(Layout.KEEP);
        graph.addSelectionListener(e -> selected.setText(String.join(",", e.getNodeIds())));
        graph.addNodeDoubleClickListener(e -> {
            if (clusters != null && clusters.expand(e.getNodeId())) {
                graph.setGraph(clusters.view());
            }
        });
        add(selected, graph);
    }

    private GraphClusters clusters;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        int nodes = params.getSingleParameter("nodes").map(Integer::parseInt).orElse(1000);
        int edges = params.getSingleParameter("edges").map(Integer::parseInt).orElse(nodes * 3);
        int blocks = params.getSingleParameter("clusters").map(Integer::parseInt).orElse(0);
        GraphData data = synthetic(nodes, edges, 20261123);
        if (blocks > 0) {
            int side = (int) Math.ceil(Math.sqrt(nodes)), block = (side + blocks - 1) / blocks;
            clusters = new GraphClusters(data, n -> {
                int i = Integer.parseInt(n.id().substring(1));
                return "b" + ((i / side) / block) + "-" + ((i % side) / block);
            }, Map.of());
            graph.setGraph(clusters.view());
        } else {
            graph.setGraph(data);
        }
    }

    /**
     * Nodes on a square grid with jitter, each edge to a node a few places further in id order (so ties are local,
     * as in a real support network); one node in 20 flagged.
     */
    static GraphData synthetic(int nodes, int edges, long seed) {
        Random random = new Random(seed);
        int side = (int) Math.ceil(Math.sqrt(nodes));
        List<GraphNode> list = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            GraphNode node = new GraphNode("n" + i, "ノード " + i, KINDS[i % KINDS.length])
                    .at((i % side) * 10 + random.nextDouble() * 6, (i / side) * 10 + random.nextDouble() * 6);
            list.add(i % 20 == 0 ? node.withFlags("isolated") : node);
        }
        List<GraphEdge> ties = new ArrayList<>(edges);
        for (int e = 0; e < edges && nodes > 1; e++) {
            int source = e % nodes;
            int target = (source + 1 + random.nextInt(Math.min(side * 2, nodes - 1))) % nodes;
            ties.add(new GraphEdge("e" + e, "n" + source, "n" + target, "tie", false));
        }
        return new GraphData(list, ties);
    }
}
