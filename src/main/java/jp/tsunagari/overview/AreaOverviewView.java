package jp.tsunagari.overview;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import jakarta.annotation.security.PermitAll;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.shell.LiveUpdates;
import jp.tsunagari.security.Role;

/**
 * The start page: every area the user may see, as a tree, with live counts. Administrators, who see no resident
 * data, are sent to user management.
 */
@Route("")
@PermitAll
public class AreaOverviewView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AreaOverview overview;
    private final CurrentUser user;
    private final H2 heading = new H2();
    private final Paragraph updated = new Paragraph();
    private final Paragraph empty = new Paragraph();
    private final TreeGrid<AreaRow> grid = new TreeGrid<>();

    AreaOverviewView(AreaOverview overview, CurrentUser user, LiveUpdates live) {
        this.overview = overview;
        this.user = user;
        live.follow(this, change -> refresh()); // every change may move the counts
        setSizeFull();
        grid.setId("areas");
        grid.addHierarchyColumn(AreaRow::name).setHeader(getTranslation("areas.column.area"))
                .setFlexGrow(3).setResizable(true);
        grid.addColumn(a -> getTranslation("level." + a.level())).setHeader(getTranslation("areas.column.level"));
        count(getTranslation("areas.column.residents"), AreaRow::residents);
        count(getTranslation("areas.column.unsupported"), AreaRow::unsupported);
        count(getTranslation("areas.column.supporters"), AreaRow::supporters);
        count(getTranslation("areas.column.organizations"), AreaRow::organizations);
        count(getTranslation("areas.column.networks"), AreaRow::networks);
        grid.setSizeFull();
        Paragraph help = new Paragraph(getTranslation("areas.help"));
        help.addClassName("tsunagari-help");
        updated.addClassName("tsunagari-help");
        empty.setText(getTranslation("areas.none"));
        add(heading, help, empty, grid, updated);
        refresh();
    }

    private void count(String header, java.util.function.Function<AreaRow, Long> value) {
        grid.addColumn(a -> {
            Long count = value.apply(a);
            return count == null ? getTranslation("areas.below", a.suppressedBelow())
                    : String.format(getLocale(), "%,d", count);
        }).setHeader(header).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private void refresh() {
        List<AreaRow> areas = overview.visible();
        Map<String, List<AreaRow>> children = areas.stream().filter(a -> a.parentId() != null)
                .collect(Collectors.groupingBy(AreaRow::parentId));
        List<AreaRow> roots = areas.stream().filter(a -> a.parentId() == null)
                .sorted(Comparator.comparing(AreaRow::id)).toList();
        grid.setItems(roots, a -> children.getOrDefault(a.id(), List.of()));
        grid.expand(roots);
        heading.setText(getTranslation("areas.title",
                roots.stream().map(AreaRow::name).collect(Collectors.joining("・"))));
        empty.setVisible(areas.isEmpty());
        grid.setVisible(!areas.isEmpty());
        updated.setText(getTranslation("areas.updated", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (user.has(Role.ADMIN) && user.aggregateScope().none()) {
            event.forwardTo("admin/users");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("nav.areas");
    }
}
