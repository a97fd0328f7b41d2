package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagari.TestGraph;
import jp.tsunagari.TsunagariTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The arrangement a user made of a diagram is kept per user and view, replaced when saved again, forgotten on
 * re-layout, and applied to a graph that has changed since (new nodes stay for the layout to place).
 */
@TsunagariTest
@WithMockUser(username = "test-layer1", roles = "LAYER1_COORDINATOR")
class SavedLayoutsTest {

    @Autowired SavedLayouts layouts;
    @Autowired Driver driver;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> strategies;

    @BeforeEach
    void noLayouts() {
        new TestGraph(driver).run("MATCH (l:SavedLayout) DELETE l");
    }

    @Test
    void aViewNeverArrangedHasNoSavedPositions() {
        assertThat(layouts.load("diagram/t-d1")).isEmpty();
    }

    @Test
    void savedPositionsComeBackForTheSameView() {
        layouts.save("diagram/t-d1", positions("t-r1", 1.5, -2.0, "t-care", 30.0, 40.25));

        Map<String, double[]> loaded = layouts.load("diagram/t-d1");

        assertThat(loaded).containsOnlyKeys("t-r1", "t-care");
        assertThat(loaded.get("t-r1")).containsExactly(1.5, -2.0);
        assertThat(loaded.get("t-care")).containsExactly(30.0, 40.25);
        assertThat(layouts.load("diagram/t-d2")).as("another view").isEmpty();
    }

    @Test
    void savingAgainReplacesTheArrangement() {
        layouts.save("diagram/t-d1", positions("t-r1", 1, 1, "t-care", 2, 2));
        layouts.save("diagram/t-d1", positions("t-r1", 5, 6));

        assertThat(layouts.load("diagram/t-d1")).containsOnlyKeys("t-r1");
        assertThat(new TestGraph(driver).count("MATCH (l:SavedLayout) RETURN count(l)")).isEqualTo(1);
    }

    @Test
    void anotherUserDoesNotSeeMyArrangement() {
        layouts.save("diagram/t-d1", positions("t-r1", 1, 1));

        assertThat(asOtherUser()).isEmpty();
    }

    private Map<String, double[]> asOtherUser() {
        // The application reads the user through the strategy bean (Vaadin's), so the test sets it there too.
        var strategy = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var mine = strategy.getContext().getAuthentication();
        var staticMine = SecurityContextHolder.getContext().getAuthentication();
        var other = new TestingAuthenticationToken("test-layer2", "x", "ROLE_LAYER2_COORDINATOR");
        try {
            strategy.getContext().setAuthentication(other);
            SecurityContextHolder.getContext().setAuthentication(other);
            return layouts.load("diagram/t-d1");
        } finally {
            strategy.getContext().setAuthentication(mine);
            SecurityContextHolder.getContext().setAuthentication(staticMine);
        }
    }

    @Test
    void reLayoutForgetsTheArrangement() {
        layouts.save("diagram/t-d1", positions("t-r1", 1, 1));

        layouts.forget("diagram/t-d1");

        assertThat(layouts.load("diagram/t-d1")).isEmpty();
    }

    @Test
    void positionsThatAreNotNumbersAreNotSaved() {
        layouts.save("diagram/t-d1", positions("t-r1", Double.NaN, 1, "t-care", 2, 2));

        assertThat(layouts.load("diagram/t-d1")).containsOnlyKeys("t-care");
    }

    @Test
    void savedPositionsPlaceTheNodesTheyKnowAndLeaveNewOnesToTheLayout() {
        GraphData graph = GraphData.of(List.of(new GraphNode("t-r1", "住民-9001", DiagramKinds.RESIDENT),
                new GraphNode("t-new", "新しい支援者", DiagramKinds.PERSON)), List.of());

        GraphData placed = SavedLayouts.apply(graph, positions("t-r1", 3, 4, "t-gone", 9, 9));

        assertThat(placed.nodes().get(0).x()).isEqualTo(3.0);
        assertThat(placed.nodes().get(0).y()).isEqualTo(4.0);
        assertThat(placed.nodes().get(1).placed()).isFalse();
        assertThat(placed.fullyPlaced()).isFalse();
    }

    private static Map<String, double[]> positions(Object... idXy) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int i = 0; i < idXy.length; i += 3) {
            out.put((String) idXy[i], new double[] {((Number) idXy[i + 1]).doubleValue(),
                    ((Number) idXy[i + 2]).doubleValue()});
        }
        return out;
    }
}
