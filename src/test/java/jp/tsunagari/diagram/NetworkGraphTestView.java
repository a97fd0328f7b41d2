package jp.tsunagari.diagram;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A test-only page: a small network, one label trying to be HTML, and what the server heard from the diagram. */
@Route("test/graph")
@PermitAll
public class NetworkGraphTestView extends VerticalLayout {

    static final String XSS_LABEL = "<img src=x onerror=\"window.__xss=1;alert(1)\">";

    public NetworkGraphTestView() {
        setSizeFull();
        var clicked = new Span();
        clicked.setId("clicked-node");
        var selected = new Span();
        selected.setId("selected-nodes");
        var action = new Span();
        action.setId("context-action");

        var graph = new NetworkGraph();
        graph.setId("graph");
        graph.setHeight("600px");
        graph.setStyles(GraphStyles.none()
                .withNode("resident", "#1565c0", 12, GraphStyles.Shape.CIRCLE, "利用者")
                .withNode("supporter", "#6a1b9a", 10, GraphStyles.Shape.CIRCLE, "支援者")
                .withNode("org", "#2e7d32", 12, GraphStyles.Shape.RING, "事業所")
                .withFlag("isolated", "#e53935", "孤立")
                .withEdge("informal", "#90a4ae", 1, true));
        graph.setLayout(Layout.KEEP); // fixed positions, so the test knows where to click
        graph.setActions(List.of(new Action("open", "開く")));
        graph.setGraph(new GraphData(
                List.of(new GraphNode("r1", "山田 花子", "resident").at(0, 0),
                        new GraphNode("s1", "民生委員 佐藤", "supporter").at(100, 0),
                        new GraphNode("o1", "さくら訪問介護", "org").at(0, 100),
                        new GraphNode("x1", XSS_LABEL, "resident").withFlags("isolated").at(100, 100)),
                List.of(new GraphEdge("s1", "r1", "visits"), new GraphEdge("o1", "r1", "care"),
                        new GraphEdge("x1", "s1", "informal"))));
        graph.addNodeClickListener(e -> clicked.setText(e.getNodeId()));
        graph.addSelectionListener(e -> selected.setText(String.join(",", e.getNodeIds())));
        graph.addContextActionListener(e -> action.setText(e.getNodeId() + ":" + e.getActionId()));
        var exported = new Span();
        exported.setId("exported");
        var export = new Button("SVG", e -> graph.exportSvg().thenCombine(graph.positions(),
                (svg, positions) -> svg.startsWith("<svg") + ":" + positions.size()).thenAccept(exported::setText));
        export.setId("export");
        add(clicked, selected, action, exported, export, graph);
    }
}
