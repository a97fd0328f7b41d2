package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a live change sends instead of the whole graph, and that applying it gives the changed graph. */
class GraphPatchTest {

    private static final GraphNode R1 = new GraphNode("r1", "住民-0001", "resident").at(0, 0);
    private static final GraphNode R2 = new GraphNode("r2", "住民-0002", "resident").at(10, 0);
    private static final GraphNode NPO = new GraphNode("o", "NPO", "organization").at(5, 5);
    private static final GraphNode NEIGHBOUR = new GraphNode("n", "近隣住民 P-1", "person").at(-5, 5);
    private static final GraphEdge O_R1 = new GraphEdge("o", "r1", "supports");
    private static final GraphEdge O_R2 = new GraphEdge("o", "r2", "supports");
    private static final GraphEdge N_R1 = new GraphEdge("n", "r1", "supports");

    /** An NPO helping two residents; a neighbour helping the first twice (visits and phones: equal edges, no id). */
    private static GraphData picture() {
        return new GraphData(List.of(R1, R2, NPO, NEIGHBOUR), List.of(O_R1, O_R2, N_R1, N_R1));
    }

    @Test
    void suspendingAnOrganizationSendsThatOneNodeOnly() {
        GraphData after = new GraphData(List.of(R1, R2, NPO.withFlags("inactive"), NEIGHBOUR), picture().edges());

        GraphPatch patch = GraphPatch.between(picture(), after);

        assertThat(patch.nodes()).containsExactly(NPO.withFlags("inactive"));
        assertThat(patch.removedNodes()).isEmpty();
        assertThat(patch.edges()).isEmpty();
        assertThat(patch.removedEdges()).isEmpty();
        assertThat(patch.applyTo(picture())).isEqualTo(after);
    }

    @Test
    void aNewHelperAndAnEndedTieAreSentAsTheNodeAndEdgesThatCameAndWent() {
        GraphNode volunteer = new GraphNode("v", "ボランティア P-2", "person");
        GraphEdge vR2 = new GraphEdge("v", "r2", "supports");
        GraphData after = new GraphData(List.of(R1, R2, NPO, volunteer), List.of(O_R1, O_R2, vR2));

        GraphPatch patch = GraphPatch.between(picture(), after);

        assertThat(patch.nodes()).containsExactly(volunteer);
        assertThat(patch.removedNodes()).containsExactly("n");
        assertThat(patch.edges()).containsExactly(vR2);
        assertThat(patch.removedEdges()).containsExactly(N_R1, N_R1);
        assertThat(patch.applyTo(picture())).isEqualTo(after);
    }

    @Test
    void oneOfTwoEqualEdgesEndingTakesOutOnlyOne() {
        GraphData after = new GraphData(picture().nodes(), List.of(O_R1, O_R2, N_R1));

        GraphPatch patch = GraphPatch.between(picture(), after);

        assertThat(patch.removedEdges()).containsExactly(N_R1);
        assertThat(patch.applyTo(picture()).edges()).containsExactly(O_R1, O_R2, N_R1);
    }

    @Test
    void theSameGraphGivesAnEmptyPatchThatChangesNothing() {
        GraphPatch patch = GraphPatch.between(picture(), picture());

        assertThat(patch.isEmpty()).isTrue();
        assertThat(patch.applyTo(picture())).isEqualTo(picture());
    }

    @Test
    void fromAnEmptyGraphEverythingIsAdded() {
        GraphPatch patch = GraphPatch.between(GraphData.empty(), picture());

        assertThat(patch.nodes()).hasSize(4);
        assertThat(patch.edges()).hasSize(4);
        assertThat(patch.applyTo(GraphData.empty())).isEqualTo(picture());
    }

    @Test
    void aNodeMovedByTheLayoutIsSentAgainWithItsNewPosition() {
        GraphData after = new GraphData(List.of(R1, R2.at(20, 0), NPO, NEIGHBOUR), picture().edges());

        assertThat(GraphPatch.between(picture(), after).nodes()).containsExactly(R2.at(20, 0));
    }
}
