package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.gaps.GapType;
import jp.tsunagari.gaps.Severity;
import org.junit.jupiter.api.Test;

/** Findings become halos on the nodes they are about, most urgent first, and a dashed tie to a network not joined. */
class DiagramGapOverlayTest {

    static GapItem finding(GapType type, String subject, String... related) {
        return new GapItem(type, Severity.HIGH, "d1", subject, List.of(related), "message", "action", List.of());
    }

    @Test
    void findingsFlagTheirSubjectsAndAnOutsiderGetsADashedTieToItsNetwork() {
        GraphData graph = new GraphData(
                List.of(new GraphNode("r1", "A", "resident"), new GraphNode("r2", "B", "resident"),
                        new GraphNode("o1", "C", "organization").withFlags("inactive"),
                        new GraphNode("pn", "D", "provider-network")),
                List.of(new GraphEdge("e1", "o1", "r2", "supports", false)));

        GraphData marked = GapOverlay.apply(graph, List.of(
                finding(GapType.UNMET_NEED, "r2", "SHOPPING"),
                finding(GapType.SINGLE_SUPPORTER, "r2", "o1"),
                finding(GapType.ISOLATED_RESIDENT, "r1"),
                finding(GapType.OUTSIDE_SAME_KIND_NETWORK, "o1", "pn"),
                finding(GapType.KEY_PERSON, "nobody-here", "r2")));

        assertThat(marked.nodes()).extracting(GraphNode::id, GraphNode::flags).containsExactly(
                tuple("r1", List.of("isolated")),
                tuple("r2", List.of("single-supporter", "unmet-need")),
                tuple("o1", List.of("outside-network", "inactive")),
                tuple("pn", List.of()));
        assertThat(marked.edges()).extracting(GraphEdge::source, GraphEdge::target, GraphEdge::kind, GraphEdge::dashed)
                .containsExactly(tuple("o1", "r2", "supports", false), tuple("o1", "pn", "outside", true));
    }

    @Test
    void noFindingsLeaveTheGraphAsItWas() {
        GraphData graph = new GraphData(List.of(new GraphNode("r1", "A", "resident")), List.of());
        assertThat(GapOverlay.apply(graph, List.of())).isSameAs(graph);
    }
}
