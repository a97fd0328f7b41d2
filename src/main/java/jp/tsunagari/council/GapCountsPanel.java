package jp.tsunagari.council;

import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jp.tsunagari.gaps.GapType;

/**
 * Gap counts by type in the council's areas, each with an arrow for its change since the session opened (▼ fewer
 * gaps, ▲ more, ＝ the same). Rows carry {@code data-gap-type}, {@code data-count} and {@code data-delta}.
 */
class GapCountsPanel extends Div {

    private final Function<String, String> translate;

    GapCountsPanel(Function<String, String> translate) {
        this.translate = translate;
        addClassName("council-counts");
    }

    void show(Map<GapType, Integer> before, Map<GapType, Integer> now) {
        removeAll();
        SessionBroadcaster.table(before, now).forEach((type, bn) -> {
            int delta = bn[1] - bn[0];
            Div row = new Div();
            row.addClassName("council-count");
            row.getElement().setAttribute("data-gap-type", type.name());
            row.getElement().setAttribute("data-count", String.valueOf(bn[1]));
            row.getElement().setAttribute("data-delta", String.valueOf(delta));
            Span name = new Span(translate.apply("gaptype." + type.name()));
            name.addClassName("council-count-name");
            Span count = new Span(String.valueOf(bn[1]));
            count.addClassName("council-count-value");
            Span arrow = new Span(delta < 0 ? "▼ " + delta : delta > 0 ? "▲ +" + delta : "＝");
            arrow.addClassName(delta < 0 ? "council-better" : delta > 0 ? "council-worse" : "council-same");
            row.add(name, count, arrow);
            add(row);
        });
        if (getChildren().findAny().isEmpty()) {
            add(new Span(translate.apply("council.counts.none")));
        }
    }
}
