package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import jp.tsunagari.diagram.NetworkImageLayout.Band;
import org.junit.jupiter.api.Test;

/** The network image's bands: top to bottom, one column per area, nothing on top of anything else. */
class NetworkImageLayoutTest {

    @Test
    void bandsGoTopToBottomAndColumnsLeftToRight() {
        NetworkImageLayout layout = new NetworkImageLayout(2);
        for (int i = 0; i < 40; i++) {
            layout.add(Band.INDIVIDUAL, i % 2, "inw-" + i);
        }
        layout.add(Band.SAME_KIND, 0, "same-0");
        layout.add(Band.SAME_KIND, 1, "same-1");
        layout.add(Band.CROSS_KIND, 0, "cross-0");
        layout.add(Band.MUNICIPAL, 0, "city-net");
        var placement = layout.place();
        var at = placement.nodes();

        double lowestIndividual = at.entrySet().stream().filter(e -> e.getKey().startsWith("inw-"))
                .mapToDouble(e -> e.getValue()[1]).min().orElseThrow();
        assertThat(lowestIndividual).isGreaterThan(at.get("same-0")[1]);
        assertThat(at.get("same-0")[1]).isGreaterThan(at.get("cross-0")[1]);
        assertThat(at.get("cross-0")[1]).isGreaterThan(at.get("city-net")[1]);
        assertThat(at.get("inw-0")[0]).isLessThan(at.get("inw-1")[0]); // column 0 left of column 1
        assertThat(at.get("same-0")[0]).isLessThan(at.get("same-1")[0]);
        // Column heads above the grid, band headings left of everything.
        assertThat(placement.columns().getFirst()[1]).isGreaterThan(at.get("inw-0")[1]);
        double leftmost = at.values().stream().mapToDouble(p -> p[0]).min().orElseThrow();
        assertThat(placement.bands().values()).allSatisfy(p -> assertThat(p[0]).isLessThan(leftmost));
        assertThat(placement.bands().get(Band.MUNICIPAL)[1]).isEqualTo(at.get("city-net")[1]);

        Set<String> positions = new HashSet<>();
        at.values().forEach(p -> positions.add(p[0] + "," + p[1]));
        assertThat(positions).hasSize(at.size());
    }

    @Test
    void anEmptyPictureStillHasItsBandsAndColumnHeads() {
        var placement = new NetworkImageLayout(1).place();
        assertThat(placement.nodes()).isEmpty();
        assertThat(placement.bands()).containsOnlyKeys(Band.values());
        assertThat(placement.columns()).hasSize(1);
    }
}
