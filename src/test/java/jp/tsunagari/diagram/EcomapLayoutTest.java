package jp.tsunagari.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import jp.tsunagari.diagram.DiagramKinds.Sector;
import org.junit.jupiter.api.Test;

/** The ecomap's sector layout: every helper in its own sector, none on top of another, labels outside the rings. */
class EcomapLayoutTest {

    @Test
    void helpersStayInTheirSectorsOnRingsAroundTheResident() {
        List<String> family = IntStream.range(0, 14).mapToObj(i -> "f" + i).toList(); // three rings: 5 + 7 + 2
        var placement = EcomapLayout.place(Map.of(Sector.FAMILY, family, Sector.MEDICAL, List.of("doc"),
                Sector.FORMAL, List.of("cm", "care")), true);

        assertThat(placement.helpers()).hasSize(17);
        Set<String> distinct = new HashSet<>();
        placement.helpers().forEach((id, xy) -> {
            Sector expected = id.startsWith("f") ? Sector.FAMILY : id.equals("doc") ? Sector.MEDICAL : Sector.FORMAL;
            assertThat(EcomapLayout.sectorAt(xy[0], xy[1])).as(id).isEqualTo(expected);
            double radius = Math.hypot(xy[0], xy[1]);
            assertThat(radius).as(id).isBetween(EcomapLayout.FIRST_RING - 0.1,
                    EcomapLayout.FIRST_RING + 2 * EcomapLayout.RING_GAP + 0.1);
            distinct.add(Math.round(xy[0]) + "," + Math.round(xy[1]));
        });
        assertThat(distinct).hasSize(17);
        // The inner ring fills first.
        assertThat(Math.hypot(placement.helpers().get("f0")[0], placement.helpers().get("f0")[1]))
                .isCloseTo(EcomapLayout.FIRST_RING, org.assertj.core.data.Offset.offset(0.1));
        assertThat(Math.hypot(placement.helpers().get("f13")[0], placement.helpers().get("f13")[1]))
                .isCloseTo(EcomapLayout.FIRST_RING + 2 * EcomapLayout.RING_GAP, org.assertj.core.data.Offset.offset(0.1));

        assertThat(placement.sectors()).hasSize(5);
        placement.sectors().forEach((sector, xy) -> {
            assertThat(EcomapLayout.sectorAt(xy[0], xy[1])).isEqualTo(sector);
            assertThat(Math.hypot(xy[0], xy[1])).isGreaterThan(EcomapLayout.FIRST_RING + 2 * EcomapLayout.RING_GAP);
        });
        assertThat(Math.hypot(placement.network()[0], placement.network()[1])).isLessThan(EcomapLayout.FIRST_RING);
    }

    @Test
    void familyIsAtTheTop() {
        var placement = EcomapLayout.place(Map.of(Sector.FAMILY, List.of("only")), false);
        double[] xy = placement.helpers().get("only");
        assertThat(xy[1]).isPositive();
        assertThat(placement.network()).isNull();
    }
}
