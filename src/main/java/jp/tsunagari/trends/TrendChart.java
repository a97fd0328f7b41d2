package jp.tsunagari.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.node.BaseJsonNode;

/**
 * Lines over time drawn in the browser by ECharts ({@code <tsunagari-trend-chart>},
 * frontend/src/tsunagari-trend-chart.ts), with vertical markers at given dates (council sessions). A point without a
 * value (suppressed: 「10未満」) leaves a gap in its line.
 *
 * <pre>{@code
 * var chart = new TrendChart();
 * chart.setSeries(List.of(new Series("中央圏域", List.of(new Point(day, 12L)))));
 * chart.setMarkers(List.of(new Marker(sessionDay, "第2層協議体")));
 * chart.downloadPng("trend.png");
 * }</pre>
 */
@Tag("tsunagari-trend-chart")
@JsModule("context://frontend-build/tsunagari-trend-chart.js")
public class TrendChart extends Component implements HasSize {

    /** One day's value; null when not shown (suppressed). */
    public record Point(LocalDate day, Long value) {
        public Point {
            Objects.requireNonNull(day, "day");
        }
    }

    public record Series(String name, List<Point> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            points = List.copyOf(points);
        }
    }

    public record Marker(LocalDate date, String label) {
        public Marker {
            Objects.requireNonNull(date, "date");
            label = label == null ? "" : label;
        }
    }

    public TrendChart() {
        setWidthFull();
        getElement().getStyle().set("min-height", "360px");
    }

    public void setSeries(List<Series> series) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (Series s : series) {
            List<List<Object>> points = new ArrayList<>();
            for (Point p : s.points()) {
                List<Object> pair = new ArrayList<>();
                pair.add(p.day().toString());
                pair.add(p.value());
                points.add(pair);
            }
            json.add(Map.of("name", s.name(), "points", points));
        }
        setJson("series", json);
    }

    public void setMarkers(List<Marker> markers) {
        setJson("markers", markers.stream().map(m -> Map.of("date", m.date().toString(), "label", m.label())).toList());
    }

    public void setTitle(String title) {
        getElement().setProperty("chartTitle", title == null ? "" : title);
    }

    public void setAxisName(String name) {
        getElement().setProperty("axisName", name == null ? "" : name);
    }

    /** The chart as drawn, as a PNG {@code data:} URL. */
    public CompletableFuture<String> exportPng() {
        return getElement().callJsFunction("exportPng").toCompletableFuture(String.class);
    }

    /** Saves the chart as a PNG file in the user's browser. */
    public void downloadPng(String filename) {
        getElement().callJsFunction("downloadPng", filename);
    }

    public Registration addChartRenderedListener(ComponentEventListener<ChartRenderedEvent> listener) {
        return addListener(ChartRenderedEvent.class, listener);
    }

    /** The data set last was drawn (the element then also carries {@code data-ready}). */
    @DomEvent("chart-rendered")
    public static class ChartRenderedEvent extends ComponentEvent<TrendChart> {
        private final int series;

        public ChartRenderedEvent(TrendChart source, boolean fromClient, @EventData("event.detail.series") int series) {
            super(source, fromClient);
            this.series = series;
        }

        public int getSeries() {
            return series;
        }
    }

    private void setJson(String property, Object value) {
        getElement().setPropertyJson(property, (BaseJsonNode) JacksonUtils.getMapper().valueToTree(value));
    }
}
