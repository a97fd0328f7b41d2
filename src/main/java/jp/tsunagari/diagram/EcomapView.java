package jp.tsunagari.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagari.gaps.GapFindings;
import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.gaps.GapType;
import jp.tsunagari.network.InvalidInputException;
import jp.tsunagari.network.ResidentService;
import jp.tsunagari.network.Violation;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import jp.tsunagari.shell.MainLayout;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * One resident's ecomap ({@code /ecomap/<residentId>}): the resident in the centre, the people and organizations
 * helping them placed in sectors (family, neighbours, informal help, formal care, medical), what they need and
 * whether it is covered, the gaps found about them, and — for a coordinator who may change this resident's support —
 * a form adding a supporter through {@link ResidentService#addSupport}.
 */
@Route(value = "ecomap/:residentId", layout = MainLayout.class)
@RolesAllowed({Role.LAYER1, Role.LAYER2})
public class EcomapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String RESIDENT_PARAMETER = "residentId";
    /** Gaps whose candidates are people or organizations who could support the resident. */
    private static final Set<GapType> SUPPORT_GAPS = Set.of(GapType.ISOLATED_RESIDENT, GapType.UNMET_NEED,
            GapType.SINGLE_SUPPORTER);

    private final DiagramQueries queries;
    private final GapFindings gaps;
    private final ResidentService residents;
    private final CurrentUser user;
    private final MessageSource messages;

    private final H2 title = new H2();
    private final Paragraph summary = new Paragraph();
    private final Paragraph notice = new Paragraph();
    private final RouterLink backToArea = new RouterLink();
    private final NetworkGraph graph = new NetworkGraph();
    private final Div needs = new Div();
    private final Div findings = new Div();
    private final VerticalLayout form = new VerticalLayout();
    private final ComboBox<String> supporter = new ComboBox<>();
    private final Select<String> service = new Select<>();
    private final Paragraph formError = new Paragraph();
    private final HorizontalLayout content;
    private final List<String> supporterItems = new ArrayList<>();
    private Map<String, String> supporterNames = Map.of();
    private String residentId;

    EcomapView(DiagramQueries queries, GapFindings gaps, ResidentService residents, CurrentUser user,
               MessageSource messages) {
        this.queries = queries;
        this.gaps = gaps;
        this.residents = residents;
        this.user = user;
        this.messages = messages;
        setSizeFull();
        title.setId("ecomap-name");
        summary.setId("ecomap-summary");
        notice.setId("ecomap-notice");
        notice.setVisible(false);
        backToArea.setId("ecomap-area");

        graph.setId("ecomap-graph");
        graph.setSizeFull();
        graph.setStyles(DiagramStyles.sheet(this::getTranslation, true));
        graph.setLayout(Layout.KEEP); // positions come from EcomapLayout
        VerticalLayout left = new VerticalLayout(graph, DiagramStyles.legend(DiagramStyles.sheet(this::getTranslation,
                true), this::getTranslation));
        left.setPadding(false);
        left.setSizeFull();
        left.setFlexGrow(1, graph);

        needs.setId("ecomap-needs");
        findings.setId("ecomap-findings");
        findings.addClassName("tsunagari-findings-list");
        buildForm();
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("ecomap.needs")), needs,
                new H3(getTranslation("ecomap.findings")), findings, form);
        right.setPadding(false);
        right.setWidth("420px");
        right.getStyle().set("flex-shrink", "0").set("overflow", "auto");

        content = new HorizontalLayout(left, right);
        content.setSizeFull();
        content.setFlexGrow(1, left);
        add(title, summary, backToArea, notice, content);
        setFlexGrow(1, content);
    }

    private void buildForm() {
        form.setId("add-support-form");
        form.setPadding(false);
        supporter.setId("supporter");
        supporter.setLabel(getTranslation("ecomap.add.supporter"));
        supporter.setHelperText(getTranslation("ecomap.add.supporter.help"));
        supporter.setAllowCustomValue(true);
        supporter.setItemLabelGenerator(id -> {
            String name = supporterNames.get(id);
            return name == null ? id : name + "（" + id + "）";
        });
        supporter.addCustomValueSetListener(e -> {
            String id = e.getDetail() == null ? "" : e.getDetail().strip();
            if (!id.isEmpty()) {
                if (!supporterItems.contains(id)) {
                    supporterItems.add(id);
                    supporter.setItems(supporterItems);
                }
                supporter.setValue(id);
            }
        });
        supporter.setWidthFull();
        // The services validate; their messages are shown here until the user changes the field.
        supporter.setManualValidation(true);
        supporter.addValueChangeListener(e -> supporter.setInvalid(false));
        service.setId("service");
        service.setLabel(getTranslation("ecomap.add.service"));
        service.setItemLabelGenerator(code -> code == null ? "" : getTranslation("service." + code));
        service.setWidthFull();
        service.setManualValidation(true);
        service.addValueChangeListener(e -> service.setInvalid(false));
        formError.setId("add-support-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setVisible(false);
        Button add = new Button(getTranslation("ecomap.add.submit"), e -> addSupport());
        add.setId("add-support");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(new H3(getTranslation("ecomap.add.title")), supporter, service, formError, add);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        residentId = event.getRouteParameters().get(RESIDENT_PARAMETER).orElse("");
        refresh();
    }

    private void refresh() {
        try {
            queries.ecomap(residentId, getLocale()).ifPresentOrElse(this::show,
                    () -> fail(getTranslation("resident.notFound", residentId)));
        } catch (AccessDeniedException denied) {
            fail(getTranslation("resident.denied"));
        }
    }

    private void show(DiagramQueries.Ecomap ecomap) {
        List<GapItem> about = gaps.about(ecomap.residentId(), getLocale());
        graph.setGraph(GapOverlay.apply(ecomap.graph(), about));
        title.setText(getTranslation("ecomap.title", ecomap.residentLabel()));
        String care = ecomap.careLevel() == null ? "" : " ・ " + getTranslation("care." + ecomap.careLevel());
        String alone = Boolean.TRUE.equals(ecomap.livesAlone()) ? " ・ " + getTranslation("resident.livesAlone") : "";
        String network = ecomap.networkId() == null ? getTranslation("resident.noNetwork")
                : getTranslation("resident.network", getTranslation("contact." + ecomap.networkContact()));
        summary.setText((ecomap.areaName() == null ? "" : ecomap.areaName()) + care + alone + " ・ " + network
                + " ・ " + getTranslation("ecomap.helpers", ecomap.helpers().size()));
        if (ecomap.areaId() != null) {
            backToArea.setText(getTranslation("ecomap.backToArea", ecomap.areaName()));
            backToArea.setRoute(AreaDiagramView.class,
                    new RouteParameters(AreaDiagramView.AREA_PARAMETER, ecomap.areaId()));
        }
        backToArea.setVisible(ecomap.areaId() != null);
        showNeeds(ecomap.needs());
        showFindings(about);
        prepareForm(ecomap, about);
        notice.setVisible(false);
        content.setVisible(true);
    }

    private void showNeeds(List<DiagramQueries.Need> list) {
        needs.removeAll();
        if (list.isEmpty()) {
            needs.add(new Span(getTranslation("ecomap.noNeeds")));
        }
        for (DiagramQueries.Need need : list) {
            Div item = text(getTranslation("service." + need.code())
                    + (need.covered() ? "" : "（" + getTranslation("resident.uncovered") + "）"));
            item.addClassName(need.covered() ? "tsunagari-need-covered" : "tsunagari-need-uncovered");
            item.getElement().setAttribute("data-need", need.code());
            item.getElement().setAttribute("data-covered", Boolean.toString(need.covered()));
            needs.add(item);
        }
    }

    private void showFindings(List<GapItem> about) {
        findings.removeAll();
        if (about.isEmpty()) {
            Span none = new Span(getTranslation("ecomap.noFindings"));
            none.setId("ecomap-no-findings");
            findings.add(none);
        }
        for (GapItem finding : about) {
            Span type = new Span(getTranslation("gaptype." + finding.type().name()));
            type.addClassName("tsunagari-gap-" + finding.severity().name());
            Div item = new Div(type, text(finding.message()), text(finding.action()));
            item.addClassName("tsunagari-finding");
            item.getElement().setAttribute("data-gap", finding.type().name());
            findings.add(item);
        }
    }

    /** The form is shown to coordinators who may change this resident's support; candidates come from the gaps. */
    private void prepareForm(DiagramQueries.Ecomap ecomap, List<GapItem> about) {
        boolean editor;
        try {
            user.requireResidentEditor(ecomap.residentId());
            editor = true;
        } catch (AccessDeniedException denied) {
            editor = false;
        }
        form.setVisible(editor);
        if (!editor) {
            return;
        }
        Set<String> candidates = new LinkedHashSet<>();
        about.stream().filter(f -> SUPPORT_GAPS.contains(f.type())).forEach(f -> candidates.addAll(f.candidates()));
        supporterNames = queries.helperNames(candidates);
        supporterItems.clear();
        supporterItems.addAll(candidates);
        supporter.setItems(supporterItems);
        supporter.clear();
        supporter.setInvalid(false);
        List<String> kinds = queries.serviceKinds();
        service.setItems(kinds);
        String suggested = ecomap.needs().stream().filter(n -> !n.covered()).map(DiagramQueries.Need::code)
                .findFirst().orElse(kinds.contains("WATCHING") ? "WATCHING" : null);
        service.setValue(suggested);
        service.setInvalid(false);
        formError.setVisible(false);
    }

    private void addSupport() {
        supporter.setInvalid(false);
        service.setInvalid(false);
        formError.setVisible(false);
        try {
            residents.addSupport(new ResidentService.NewSupport(supporter.getValue(), residentId, service.getValue(),
                    null));
        } catch (InvalidInputException invalid) {
            List<String> other = new ArrayList<>();
            for (Violation v : invalid.violations()) {
                // Under its own field a message needs no field name; elsewhere it keeps it.
                String text = messages.getMessage(v.messageKey(), v.args().toArray(), v.messageKey(), getLocale());
                switch (v.field()) {
                    case "supporterId" -> {
                        supporter.setErrorMessage(text);
                        supporter.setInvalid(true);
                    }
                    case "service" -> {
                        service.setErrorMessage(text);
                        service.setInvalid(true);
                    }
                    default -> other.add(v.message(messages, getLocale()));
                }
            }
            if (!other.isEmpty()) {
                formError.setText(String.join(" / ", other));
                formError.setVisible(true);
            }
            return;
        } catch (AccessDeniedException denied) {
            formError.setText(getTranslation("ecomap.add.denied"));
            formError.setVisible(true);
            return;
        }
        Notification.show(getTranslation("ecomap.add.done"), 3000, Notification.Position.BOTTOM_START);
        refresh();
    }

    private static Div text(String text) {
        Div div = new Div();
        div.setText(text);
        return div;
    }

    private void fail(String text) {
        title.setText(getTranslation("ecomap.title", ""));
        summary.setText("");
        backToArea.setVisible(false);
        notice.setText(text);
        notice.setVisible(true);
        content.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("ecomap.title", "");
    }
}
