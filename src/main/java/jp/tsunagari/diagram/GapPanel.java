package jp.tsunagari.diagram;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.gaps.GapType;

/**
 * The side panel of a diagram view: the gaps found in what it shows, filterable by type, each row focusing the
 * diagram on what it is about when clicked, and — for residents — a link to their ecomap. Shared by every diagram
 * view so gaps look and behave the same everywhere.
 */
class GapPanel extends VerticalLayout {

    private final Select<GapType> typeFilter = new Select<>();
    private final Grid<GapItem> grid = new Grid<>();
    private List<GapItem> all = List.of();
    private Function<String, String> labels = Function.identity();
    private Predicate<String> residents = id -> false;

    /**
     * @param idPrefix prefix of the element ids ({@code area} gives {@code area-findings}), which tests and users'
     *                 bookmarks of the DOM rely on
     * @param title    the panel's heading
     */
    GapPanel(String idPrefix, String title) {
        setPadding(false);
        setSizeFull();
        typeFilter.setId("gap-type-filter");
        typeFilter.setLabel(getTranslation("diagram.typeFilter"));
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("diagram.typeFilter.all"));
        typeFilter.setItemLabelGenerator(t -> t == null ? getTranslation("diagram.typeFilter.all")
                : getTranslation("gaptype." + t.name()));
        typeFilter.addValueChangeListener(e -> showFiltered());

        grid.setId(idPrefix + "-findings");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::typeCell).setHeader(getTranslation("diagram.findings.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> labels.apply(f.subject())).setHeader(getTranslation("diagram.findings.subject"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GapItem::message).setHeader(getTranslation("diagram.findings.message")).setFlexGrow(1)
                .setTooltipGenerator(GapItem::action);
        grid.addComponentColumn(this::ecomapLink).setHeader(getTranslation("diagram.findings.open"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        add(new Span(title), typeFilter, grid);
        setFlexGrow(1, grid);
    }

    /**
     * Shows these findings.
     *
     * @param labels    the diagram's label of a node id (ids unknown to the diagram show as themselves)
     * @param residents which ids are residents, who get a link to their ecomap
     */
    void setFindings(List<GapItem> findings, Function<String, String> labels, Predicate<String> residents) {
        this.all = List.copyOf(findings);
        this.labels = Objects.requireNonNull(labels);
        this.residents = Objects.requireNonNull(residents);
        GapType chosen = typeFilter.getValue();
        List<GapType> types = all.stream().map(GapItem::type).distinct().sorted().toList();
        typeFilter.setItems(types);
        if (chosen != null && types.contains(chosen)) {
            typeFilter.setValue(chosen);
        }
        showFiltered();
    }

    List<GapItem> findings() {
        return all;
    }

    /** Called with the finding a user clicked. */
    void addFindingClickListener(Consumer<GapItem> listener) {
        grid.addItemClickListener(e -> listener.accept(e.getItem()));
    }

    private void showFiltered() {
        GapType type = typeFilter.getValue();
        grid.setItems(type == null ? all : all.stream().filter(f -> f.type() == type).toList());
    }

    private Component typeCell(GapItem finding) {
        Span type = new Span(getTranslation("gaptype." + finding.type().name()));
        type.addClassName("tsunagari-gap-" + finding.severity().name());
        type.getElement().setAttribute("data-gap", finding.type().name());
        type.getElement().setAttribute("data-subject", finding.subject());
        return type;
    }

    private Component ecomapLink(GapItem finding) {
        if (!residents.test(finding.subject())) {
            return new Span();
        }
        RouterLink link = new RouterLink(getTranslation("diagram.findings.openLink"), EcomapView.class,
                new RouteParameters(EcomapView.RESIDENT_PARAMETER, finding.subject()));
        link.getElement().setAttribute("data-ecomap", finding.subject());
        return link;
    }
}
