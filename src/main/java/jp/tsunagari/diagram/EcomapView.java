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
import com.vaadin.flow.component.orderedlayout.FlexComponent;
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
import jp.tsunagari.shell.LiveUpdates;
import jp.tsunagari.gaps.GapItem;
import jp.tsunagari.gaps.GapFindingsChanged;
import jp.tsunagari.gaps.GapType;
import jp.tsunagari.network.ContactMethod;
import jp.tsunagari.network.Violation;
import jp.tsunagari.security.AuditTrail;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import jp.tsunagari.shell.MainLayout;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * One resident's ecomap ({@code /ecomap/<residentId>}): the resident in the centre, the people and organizations
 * helping them placed in sectors (family, neighbours, informal help, formal care, medical), what they need and
 * whether it is covered, the gaps found about them, and — for a coordinator who may change this resident's support —
 * editing: a form adding a supporter, context actions on a helper (end the tie, add to or take out of the individual
 * network, suspend or resume an organization), convening an individual network when there is none, each through
 * {@link DiagramEdits} with undo. Changes made elsewhere redraw it live, keeping the picture.
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
    private final DiagramEdits edits;
    private final CurrentUser user;
    private final MessageSource messages;
    private final EditControls editControls;

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
    private final VerticalLayout conveneForm = new VerticalLayout();
    private final Select<String> convener = new Select<>();
    private final Select<ContactMethod> contact = new Select<>();
    private final Paragraph conveneMembers = new Paragraph();
    private final HorizontalLayout content;
    private final List<String> supporterItems = new ArrayList<>();
    private Map<String, String> supporterNames = Map.of();
    private Map<String, String> convenerNames = Map.of();
    private Map<String, GraphNode> drawn = Map.of();
    private DiagramQueries.Ecomap shown;
    private String residentId;
    /** When this view last read the findings ({@link System#nanoTime()}): older change events are already shown. */
    private long readAt;
    private final DiagramTools tools;

    EcomapView(DiagramQueries queries, GapFindings gaps, DiagramEdits edits, LiveUpdates live,
               CurrentUser user, MessageSource messages, SavedLayouts layouts, AuditTrail audit) {
        this.tools = new DiagramTools(graph, layouts, audit);
        this.queries = queries;
        this.gaps = gaps;
        this.edits = edits;
        live.follow(this, change -> {
            if (change.appliedAtNanos() > readAt && shown != null && change.concerns(residentId, drawn.keySet())) {
                refresh(true);
            }
        });
        this.user = user;
        this.messages = messages;
        editControls = new EditControls(edits, messages, () -> refresh(true));
        editControls.describeWith(this::describe);
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
        graph.addContextActionListener(e -> onAction(e.getActionId(), e.getNodeId()));
        VerticalLayout left = new VerticalLayout(graph, DiagramStyles.legend(DiagramStyles.sheet(this::getTranslation,
                true), this::getTranslation));
        left.setPadding(false);
        left.setSizeFull();
        left.setFlexGrow(1, graph);

        needs.setId("ecomap-needs");
        findings.setId("ecomap-findings");
        findings.addClassName("tsunagari-findings-list");
        buildForm();
        buildConveneForm();
        VerticalLayout right = new VerticalLayout(editControls, new H3(getTranslation("ecomap.needs")), needs,
                new H3(getTranslation("ecomap.findings")), findings, form, conveneForm);
        right.setPadding(false);
        right.setWidth("420px");
        right.getStyle().set("flex-shrink", "0").set("overflow", "auto");

        content = new HorizontalLayout(left, right);
        content.setSizeFull();
        content.setFlexGrow(1, left);
        HorizontalLayout links = new HorizontalLayout(backToArea, tools);
        links.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, summary, links, notice, content);
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

    private void buildConveneForm() {
        conveneForm.setId("convene-form");
        conveneForm.setPadding(false);
        convener.setId("convener");
        convener.setLabel(getTranslation("ecomap.convene.convener"));
        convener.setItemLabelGenerator(id -> id == null ? "" : convenerNames.getOrDefault(id, id));
        convener.setWidthFull();
        contact.setId("contact");
        contact.setLabel(getTranslation("ecomap.convene.contact"));
        contact.setItems(ContactMethod.values());
        contact.setItemLabelGenerator(c -> c == null ? "" : getTranslation("contact." + c.name()));
        contact.setWidthFull();
        conveneMembers.addClassName("tsunagari-help");
        Button convene = new Button(getTranslation("ecomap.convene.submit"), e -> convene());
        convene.setId("convene");
        conveneForm.add(new H3(getTranslation("ecomap.convene.title")), convener, contact, conveneMembers, convene);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        residentId = event.getRouteParameters().get(RESIDENT_PARAMETER).orElse("");
        refresh(false);
    }


    /** Reads the ecomap again; {@code keep}: the same resident changed, keep the picture and the form's input. */
    private void refresh(boolean keep) {
        readAt = System.nanoTime();
        try {
            queries.ecomap(residentId, getLocale()).ifPresentOrElse(e -> show(e, keep),
                    () -> fail(getTranslation("resident.notFound", residentId)));
        } catch (AccessDeniedException denied) {
            fail(getTranslation("resident.denied"));
        }
    }

    private void show(DiagramQueries.Ecomap ecomap, boolean keep) {
        List<GapItem> about = gaps.about(ecomap.residentId(), getLocale());
        GraphData data = GapOverlay.apply(ecomap.graph(), about);
        Map<String, GraphNode> byId = new java.util.HashMap<>();
        data.nodes().forEach(n -> byId.put(n.id(), n));
        boolean same = keep && shown != null && shown.residentId().equals(ecomap.residentId());
        shown = ecomap;
        drawn = byId;
        if (same) {
            graph.updateGraph(data);
        } else {
            tools.show("ecomap/" + ecomap.residentId(), data, Layout.KEEP, List.of(ecomap.residentId()));
        }
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
        boolean editor = editor(ecomap.residentId());
        // Every candidate named on the page (finding buttons, the supporter picker), read in one query.
        List<String> candidates = about.stream().flatMap(f -> f.candidates().stream()).distinct().toList();
        Map<String, String> candidateNames = editor && !candidates.isEmpty() ? queries.helperNames(candidates) : Map.of();
        showFindings(about, editor, candidateNames);
        prepareActions(ecomap, editor);
        prepareConvene(ecomap, editor);
        if (!same || !form.isVisible()) {
            prepareForm(ecomap, about, editor, candidateNames);
        }
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

    /** The resident's gaps; for those who may change their support, the suggested candidates as one-click buttons. */
    private void showFindings(List<GapItem> about, boolean editor, Map<String, String> names) {
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
            if (editor) {
                CandidateActions.buttons(finding, edits, editControls, id -> names.getOrDefault(id, id),
                        this::getTranslation).forEach(item::add);
            }
            item.addClassName("tsunagari-finding");
            item.getElement().setAttribute("data-gap", finding.type().name());
            findings.add(item);
        }
    }

    private boolean editor(String resident) {
        return user.mayEditResident(resident);
    }

    /** The context menu of helpers, for those who may change this resident's support. */
    private void prepareActions(DiagramQueries.Ecomap ecomap, boolean editor) {
        List<Action> actions = new ArrayList<>();
        if (editor) {
            List<DiagramQueries.Helper> helpers = ecomap.helpers();
            offer(actions, "remove-tie", helpers.stream().filter(DiagramQueries.Helper::supporter));
            if (ecomap.networkId() != null) {
                offer(actions, "add-member", helpers.stream().filter(h -> !h.member()));
                offer(actions, "remove-member", helpers.stream().filter(DiagramQueries.Helper::member));
            }
            offer(actions, "suspend", helpers.stream().filter(h -> organization(h) && h.active()));
            offer(actions, "resume", helpers.stream().filter(h -> organization(h) && !h.active()));
        }
        graph.setActions(actions);
    }

    private void offer(List<Action> actions, String id, java.util.stream.Stream<DiagramQueries.Helper> on) {
        List<String> nodes = on.map(DiagramQueries.Helper::id).toList();
        if (!nodes.isEmpty()) {
            actions.add(new Action(id, getTranslation("diagram.action." + id)).onNodes(nodes));
        }
    }

    private static boolean organization(DiagramQueries.Helper h) {
        return !DiagramKinds.PERSON.equals(h.kind());
    }

    private void onAction(String action, String nodeId) {
        DiagramQueries.Ecomap ecomap = shown;
        if (ecomap == null || ecomap.helpers().stream().noneMatch(h -> h.id().equals(nodeId))) {
            return; // only helpers have actions
        }
        String network = ecomap.networkId();
        switch (action) {
            case "remove-tie" -> editControls.run(() -> edits.removeTie(nodeId, ecomap.residentId()), null);
            case "add-member" -> editControls.run(() -> edits.addToIndividualNetwork(network, nodeId), null);
            case "remove-member" -> editControls.run(() -> edits.removeFromIndividualNetwork(network, nodeId), null);
            case "suspend" -> editControls.run(() -> edits.setActive(nodeId, false), null);
            case "resume" -> editControls.run(() -> edits.setActive(nodeId, true), null);
            default -> {
                // not an action of this view
            }
        }
    }

    /** Convening is offered while the resident has no individual network. */
    private void prepareConvene(DiagramQueries.Ecomap ecomap, boolean editor) {
        boolean offer = editor && ecomap.networkId() == null;
        conveneForm.setVisible(offer);
        if (!offer) {
            return;
        }
        Map<String, String> names = new java.util.LinkedHashMap<>(queries.conveners(ecomap.residentId()));
        ecomap.helpers().forEach(h -> names.putIfAbsent(h.id(), h.name()));
        convenerNames = names;
        String chosen = convener.getValue();
        convener.setItems(List.copyOf(names.keySet()));
        convener.setValue(chosen != null && names.containsKey(chosen) ? chosen
                : names.keySet().stream().findFirst().orElse(null));
        convener.setInvalid(false);
        if (contact.getValue() == null) {
            contact.setValue(ContactMethod.NOTEBOOK);
        }
        contact.setInvalid(false);
        conveneMembers.setText(getTranslation("ecomap.convene.members",
                ecomap.helpers().stream().filter(DiagramQueries.Helper::supporter).count()));
    }

    private void convene() {
        DiagramQueries.Ecomap ecomap = shown;
        if (ecomap == null) {
            return;
        }
        Set<String> members = new LinkedHashSet<>();
        ecomap.helpers().stream().filter(DiagramQueries.Helper::supporter).forEach(h -> members.add(h.id()));
        convener.setInvalid(false);
        contact.setInvalid(false);
        editControls.run(() -> edits.convene(ecomap.residentId(), convener.getValue(), contact.getValue(), members),
                violations -> {
                    List<Violation> other = new ArrayList<>();
                    for (Violation v : violations) {
                        switch (v.field()) {
                            case "convenerId" -> {
                                convener.setErrorMessage(editControls.fieldText(v));
                                convener.setInvalid(true);
                            }
                            case "contact" -> {
                                contact.setErrorMessage(editControls.fieldText(v));
                                contact.setInvalid(true);
                            }
                            default -> other.add(v);
                        }
                    }
                    if (!other.isEmpty()) {
                        Notification.show(editControls.text(other), 6000, Notification.Position.BOTTOM_START);
                    }
                });
    }

    /** The notification's text: what changed, naming the helper or organization (never the resident). */
    private String describe(DiagramEdits.Edit edit) {
        String id = edit.ids().getFirst();
        String name = drawn.containsKey(id) ? EditControls.nameOf(drawn, id)
                : supporterNames.getOrDefault(id, convenerNames.getOrDefault(id, id));
        return getTranslation("diagram.edit.done." + edit.kind().name(), name);
    }

    /** The form is shown to coordinators who may change this resident's support; candidates come from the gaps. */
    private void prepareForm(DiagramQueries.Ecomap ecomap, List<GapItem> about, boolean editor,
                             Map<String, String> names) {
        form.setVisible(editor);
        if (!editor) {
            return;
        }
        Set<String> candidates = new LinkedHashSet<>();
        about.stream().filter(f -> SUPPORT_GAPS.contains(f.type())).forEach(f -> candidates.addAll(f.candidates()));
        supporterNames = names;
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
        String chosen = supporter.getValue();
        boolean added = editControls.run(() -> edits.addSupport(chosen, residentId, service.getValue()), violations -> {
            List<String> other = new ArrayList<>();
            for (Violation v : violations) {
                // Under its own field a message needs no field name; elsewhere it keeps it.
                String text = editControls.fieldText(v);
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
        });
        if (added) {
            supporter.clear();
        }
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
