package jp.tsunagari.overview;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jp.tsunagari.shell.MainLayout;

/** The start page: every area of the municipality, as a tree, with live counts. */
@Route(value = "", layout = MainLayout.class)
public class AreaOverviewView extends VerticalLayout implements HasDynamicTitle {

    private final AreaStatisticsQuery query;
    private final NetworkChangeBroadcaster broadcaster;
    private final H2 heading = new H2();
    private final Paragraph updated = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final TreeGrid<AreaStatistics> grid = new TreeGrid<>();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private Runnable unregister;

    AreaOverviewView(AreaStatisticsQuery query, NetworkChangeBroadcaster broadcaster) {
        this.query = query;
        this.broadcaster = broadcaster;
        setSizeFull();
        grid.setId("areas");
        grid.addHierarchyColumn(AreaStatistics::name).setHeader(getTranslation("areas.column.area"))
                .setFlexGrow(3).setResizable(true);
        grid.addColumn(a -> getTranslation("level." + a.level())).setHeader(getTranslation("areas.column.level"));
        count(getTranslation("areas.column.residents"), AreaStatistics::residents);
        count(getTranslation("areas.column.unsupported"), AreaStatistics::unsupported);
        count(getTranslation("areas.column.supporters"), AreaStatistics::supporters);
        count(getTranslation("areas.column.organizations"), AreaStatistics::organizations);
        count(getTranslation("areas.column.networks"), AreaStatistics::networks);
        grid.setSizeFull();
        Paragraph help = new Paragraph(getTranslation("areas.help"));
        help.addClassName("tsunagari-help");
        updated.addClassName("tsunagari-help");
        empty.setText(getTranslation("areas.none"));
        add(heading, help, empty, grid, updated);
        refresh();
    }

    private void count(String header, java.util.function.ToLongFunction<AreaStatistics> value) {
        grid.addColumn(a -> String.format(getLocale(), "%,d", value.applyAsLong(a))).setHeader(header)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private void refresh() {
        List<AreaStatistics> areas = query.all();
        Map<String, List<AreaStatistics>> children = areas.stream().filter(a -> a.parentId() != null)
                .collect(Collectors.groupingBy(AreaStatistics::parentId));
        List<AreaStatistics> roots = areas.stream().filter(a -> a.parentId() == null)
                .sorted(Comparator.comparing(AreaStatistics::id)).toList();
        grid.setItems(roots, a -> children.getOrDefault(a.id(), List.of()));
        grid.expand(roots);
        heading.setText(getTranslation("areas.title",
                roots.stream().map(AreaStatistics::name).collect(Collectors.joining("・"))));
        empty.setVisible(areas.isEmpty());
        grid.setVisible(!areas.isEmpty());
        updated.setText(getTranslation("areas.updated", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // Changes can come in bursts: refresh once per burst, not once per change.
        unregister = broadcaster.register(() -> {
            if (refreshPending.compareAndSet(false, true)) {
                ui.access(() -> {
                    refreshPending.set(false);
                    refresh();
                });
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregister != null) {
            unregister.run();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("nav.areas");
    }
}
