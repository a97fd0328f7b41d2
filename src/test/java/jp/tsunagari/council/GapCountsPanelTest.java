package jp.tsunagari.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import jp.tsunagari.gaps.GapType;
import org.junit.jupiter.api.Test;

/** The gap counts a council sees, updated change after change. */
class GapCountsPanelTest {

    private final GapCountsPanel panel = new GapCountsPanel(key -> key);

    private List<String> rows() {
        return panel.getChildren().filter(Component::isVisible).map(c -> {
            Element e = c.getElement();
            return e.getAttribute("data-gap-type") == null ? e.getText()
                    : e.getAttribute("data-gap-type") + " " + e.getAttribute("data-count") + " " + e.getAttribute("data-delta")
                    + " " + e.getChildren().map(Element::getText).toList();
        }).toList();
    }

    @Test
    void withNoGapsBeforeOrNowItSaysSo() {
        panel.show(Map.of(), Map.of());

        assertThat(rows()).containsExactly("council.counts.none");
    }

    @Test
    void eachTypeShowsItsCountAndTheArrowSinceTheSessionOpened() {
        panel.show(Map.of(GapType.ISOLATED_RESIDENT, 3, GapType.SINGLE_SUPPORTER, 2),
                Map.of(GapType.ISOLATED_RESIDENT, 2, GapType.SINGLE_SUPPORTER, 3));

        assertThat(rows()).containsExactly(
                "ISOLATED_RESIDENT 2 -1 [gaptype.ISOLATED_RESIDENT, 2, ▼ -1]",
                "SINGLE_SUPPORTER 3 1 [gaptype.SINGLE_SUPPORTER, 3, ▲ +1]");
    }

    @Test
    void aLaterChangeUpdatesTheRowsInPlaceAddsNewTypesInOrderAndDropsTypesGoneOnBothSides() {
        Map<GapType, Integer> before = Map.of(GapType.SINGLE_SUPPORTER, 2);
        panel.show(before, Map.of(GapType.SINGLE_SUPPORTER, 2));
        Component row = panel.getChildren().findFirst().orElseThrow();

        panel.show(before, Map.of(GapType.ISOLATED_RESIDENT, 1, GapType.SINGLE_SUPPORTER, 3));

        assertThat(rows()).containsExactly(
                "ISOLATED_RESIDENT 1 1 [gaptype.ISOLATED_RESIDENT, 1, ▲ +1]",
                "SINGLE_SUPPORTER 3 1 [gaptype.SINGLE_SUPPORTER, 3, ▲ +1]");
        assertThat(panel.getChildren().toList()).as("the same row, changed").contains(row);

        panel.show(Map.of(), Map.of());

        assertThat(rows()).containsExactly("council.counts.none");
    }

    @Test
    void aCountBackWhereItWasShowsTheSameSign() {
        panel.show(Map.of(GapType.SINGLE_SUPPORTER, 2), Map.of(GapType.SINGLE_SUPPORTER, 3));
        panel.show(Map.of(GapType.SINGLE_SUPPORTER, 2), Map.of(GapType.SINGLE_SUPPORTER, 2));

        assertThat(rows()).containsExactly("SINGLE_SUPPORTER 2 0 [gaptype.SINGLE_SUPPORTER, 2, ＝]");
    }
}
