package jp.tsunagari.council;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jp.tsunagari.gaps.GapType;

/**
 * Gap counts by type in the council's areas, each with an arrow for its change since the session opened (▼ fewer
 * gaps, ▲ more, ＝ the same). Rows carry {@code data-gap-type}, {@code data-count} and {@code data-delta}. A new
 * count changes the rows in place — a change during a session sends every open projection a few attributes and
 * texts, not the panel anew.
 */
class GapCountsPanel extends Div {

    private final Function<String, String> translate;
    private final Map<GapType, Row> rows = new EnumMap<>(GapType.class);
    private final Span none;

    GapCountsPanel(Function<String, String> translate) {
        this.translate = translate;
        this.none = new Span(translate.apply("council.counts.none"));
        addClassName("council-counts");
        add(none);
    }

    void show(Map<GapType, Integer> before, Map<GapType, Integer> now) {
        Map<GapType, int[]> table = SessionBroadcaster.table(before, now);
        rows.keySet().removeIf(type -> {
            if (table.containsKey(type)) {
                return false;
            }
            remove(rows.get(type));
            return true;
        });
        int index = 0;
        for (Map.Entry<GapType, int[]> entry : table.entrySet()) { // in the order of GapType, as the rows
            Row row = rows.get(entry.getKey());
            if (row == null) {
                row = new Row(translate.apply("gaptype." + entry.getKey().name()), entry.getKey());
                rows.put(entry.getKey(), row);
                addComponentAtIndex(index, row);
            }
            row.show(entry.getValue()[0], entry.getValue()[1]);
            index++;
        }
        none.setVisible(rows.isEmpty());
    }

    /** One type's row: name, count, arrow. */
    private static final class Row extends Div {
        private final Span count = new Span();
        private final Span arrow = new Span();

        Row(String name, GapType type) {
            addClassName("council-count");
            getElement().setAttribute("data-gap-type", type.name());
            Span label = new Span(name);
            label.addClassName("council-count-name");
            count.addClassName("council-count-value");
            add(label, count, arrow);
        }

        void show(int before, int now) {
            int delta = now - before;
            getElement().setAttribute("data-count", String.valueOf(now));
            getElement().setAttribute("data-delta", String.valueOf(delta));
            count.setText(String.valueOf(now));
            arrow.setText(delta < 0 ? "▼ " + delta : delta > 0 ? "▲ +" + delta : "＝");
            arrow.setClassName(delta < 0 ? "council-better" : delta > 0 ? "council-worse" : "council-same");
        }
    }
}
