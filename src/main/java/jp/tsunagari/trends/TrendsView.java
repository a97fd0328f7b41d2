package jp.tsunagari.trends;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagari.gaps.GapCounts;
import jp.tsunagari.gaps.GapType;
import jp.tsunagari.security.AuditAction;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import jp.tsunagari.shell.MainLayout;

/**
 * {@code /trends?area=&type=}: the recorded gap trend as a chart — one line per daily-life area for a gap type, or
 * one line per gap type for an area — with the council sessions of the period marked, the points listed beneath,
 * and both downloadable (PNG, CSV; each download audited). Coordinators see their own areas exactly; councils the
 * whole city, counts under the minimum cell size as 「10未満」 (not drawn), as {@code GET /api/gaps/trend}.
 */
@Route(value = "trends", layout = MainLayout.class)
@RolesAllowed({Role.LAYER1, Role.LAYER2, Role.COUNCIL})
public class TrendsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GapCounts counts;
    private final CouncilSessionDates sessions;
    private final AuditTrail audit;
    private final Map<String, String> areaNames;
    private final Select<String> area = new Select<>();
    private final Select<GapType> type = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TrendChart chart = new TrendChart();
    private final Span sessionList = new Span();
    private final Span note = new Span();
    private final Grid<GapCounts.TrendPoint> grid = new Grid<>();
    private List<GapCounts.TrendPoint> points = List.of();
    private boolean live;

    TrendsView(GapCounts counts, CouncilSessionDates sessions, TrendAreas areas, AuditTrail audit, CurrentUser user) {
        this.counts = counts;
        this.sessions = sessions;
        this.audit = audit;
        this.areaNames = areas.within(user.aggregateScope());
        setSizeFull();

        H2 title = new H2(getTranslation("trends.title"));
        title.getStyle().set("margin", "0");
        area.setId("trends-area");
        area.setLabel(getTranslation("trends.area"));
        area.setItems(new ArrayList<>(areaNames.keySet()));
        area.setItemLabelGenerator(id -> id == null ? "" : areaNames.getOrDefault(id, id));
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("trends.area.all"));
        type.setId("trends-type");
        type.setLabel(getTranslation("trends.type"));
        type.setItems(GapType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("gaptype." + t.name()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("trends.type.all"));
        type.setValue(GapType.ISOLATED_RESIDENT);
        from.setId("trends-from");
        from.setLabel(getTranslation("trends.from"));
        to.setId("trends-to");
        to.setLabel(getTranslation("trends.to"));
        for (var field : List.of(area, type)) {
            field.addValueChangeListener(e -> refreshIfLive());
        }
        from.addValueChangeListener(e -> refreshIfLive());
        to.addValueChangeListener(e -> refreshIfLive());

        Button png = new Button(getTranslation("trends.png"), e -> {
            audit.record(AuditAction.EXPORT, List.of("gap-trend"), "trend chart PNG");
            chart.downloadPng(fileName("png"));
        });
        png.setId("trends-png");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            List<GapCounts.TrendPoint> rows = points;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                TrendCsv.write(rows, areaNames, p -> getTranslation("gaptype." + p.type().name()),
                        below -> getTranslation("areas.below", below),
                        List.of("day", "area", "areaName", "type", "typeName", "count"), writer);
            }
            audit.record(AuditAction.EXPORT, List.of("gap-trend"), "trend CSV, " + rows.size() + " points");
            byte[] data = bytes.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(data), fileName("csv"), "text/csv", data.length);
        }), getTranslation("trends.csv"));
        csv.setId("trends-csv");

        HorizontalLayout controls = new HorizontalLayout(area, type, from, to, png, csv);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);

        chart.setId("trends-chart");
        chart.setAxisName(getTranslation("trends.axis"));
        chart.setHeight("420px");
        sessionList.setId("trends-sessions");
        note.setId("trends-note");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");

        grid.setId("trends-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(p -> p.day().toString()).setHeader(getTranslation("trends.day")).setAutoWidth(true);
        grid.addColumn(p -> areaNames.getOrDefault(p.area(), p.area())).setHeader(getTranslation("trends.area"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("gaptype." + p.type().name())).setHeader(getTranslation("trends.type"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.count() == null ? getTranslation("areas.below", p.suppressedBelow())
                : p.count().toString()).setHeader(getTranslation("trends.count")).setAutoWidth(true);
        grid.setHeight("320px");

        add(title, controls, chart, sessionList, note, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        live = false;
        var parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> areas = parameters.get("area");
        if (areas != null && !areas.isEmpty() && areaNames.containsKey(areas.getFirst())) {
            area.setValue(areas.getFirst());
        }
        List<String> types = parameters.get("type");
        if (types != null && !types.isEmpty()) {
            try {
                type.setValue(GapType.valueOf(types.getFirst()));
            } catch (IllegalArgumentException ignored) {
                // an unknown type in a bookmark: keep the default
            }
        }
        live = true;
        refresh();
    }

    private void refreshIfLive() {
        if (live) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("trends.title");
    }

    private void refresh() {
        String areaId = area.getValue();
        if (areaId == null && type.getValue() == null) {
            // One line per area and type would be a hundred lines: the whole city is shown one type at a time.
            live = false;
            type.setValue(GapType.ISOLATED_RESIDENT);
            live = true;
        }
        GapType gapType = type.getValue();
        LocalDate first = from.getValue(), last = to.getValue();
        points = counts.trend(areaId, gapType, first, last);
        grid.setItems(points);

        // One line per area (a type chosen) or per type (an area chosen); types that never had a gap are left out.
        Function<GapCounts.TrendPoint, String> line = gapType == null
                ? p -> getTranslation("gaptype." + p.type().name()) : p -> areaNames.getOrDefault(p.area(), p.area());
        Map<String, List<TrendChart.Point>> lines = new LinkedHashMap<>();
        Map<String, Boolean> anyGap = new LinkedHashMap<>();
        for (GapCounts.TrendPoint p : points) {
            String name = line.apply(p);
            lines.computeIfAbsent(name, k -> new ArrayList<>()).add(new TrendChart.Point(p.day(), p.count()));
            anyGap.merge(name, p.count() == null || p.count() > 0, Boolean::logicalOr);
        }
        List<TrendChart.Series> series = new ArrayList<>();
        lines.forEach((name, values) -> {
            if (gapType != null || anyGap.get(name)) {
                series.add(new TrendChart.Series(name, values));
            }
        });
        chart.setTitle((areaId == null ? getTranslation("trends.area.all") : areaNames.get(areaId)) + " — "
                + (gapType == null ? getTranslation("trends.type.all") : getTranslation("gaptype." + gapType.name())));
        chart.setSeries(series);

        List<CouncilSessionDates.Session> held = sessions.between(areaId, first, last);
        chart.setMarkers(held.stream().map(s -> new TrendChart.Marker(s.date(), s.title())).toList());
        sessionList.setText(held.isEmpty() ? getTranslation("trends.sessions.none")
                : getTranslation("trends.sessions", String.join("、",
                        held.stream().map(s -> s.date() + " " + s.title()).toList())));
        Integer below = points.stream().map(GapCounts.TrendPoint::suppressedBelow).filter(b -> b != null)
                .findFirst().orElse(null);
        note.setText(points.isEmpty() ? getTranslation("trends.empty")
                : below == null ? "" : getTranslation("trends.suppressed", below));
    }

    private String fileName(String extension) {
        String areaId = area.getValue();
        GapType gapType = type.getValue();
        return "gap-trend-" + (areaId == null ? "all-areas" : areaId) + "-"
                + (gapType == null ? "all-types" : gapType.name()) + "-" + LocalDate.now() + "." + extension;
    }
}
