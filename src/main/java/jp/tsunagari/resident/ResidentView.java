package jp.tsunagari.resident;


import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagari.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** One resident's record: needs (covered or not), supporters and their services, the individual network. */
@Route("residents/:residentId")
@RolesAllowed({Role.LAYER1, Role.LAYER2, Role.ANALYST_ROLE})
class ResidentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResidentRecords records;
    private final H2 title = new H2();
    private final Paragraph summary = new Paragraph();
    private final Grid<ResidentRecord.Need> needs = new Grid<>();
    private final Grid<ResidentRecord.Supporter> supporters = new Grid<>();
    private final Paragraph message = new Paragraph();

    ResidentView(ResidentRecords records) {
        this.records = records;
        setSizeFull();
        title.setId("resident-name");
        message.setId("resident-message");
        needs.addColumn(n -> getLocale().getLanguage().equals("ja") ? n.nameJa() : n.nameEn())
                .setHeader(getTranslation("resident.need"));
        needs.addColumn(n -> getTranslation(n.covered() ? "resident.covered" : "resident.uncovered"))
                .setHeader(getTranslation("resident.coverage"));
        needs.setAllRowsVisible(true);
        supporters.addColumn(s -> s.name() == null ? s.id() : s.name()).setHeader(getTranslation("resident.supporter"));
        supporters.addColumn(s -> getTranslation("kind." + s.kind())).setHeader(getTranslation("resident.kind"));
        supporters.addColumn(s -> s.services().stream().map(code -> getTranslation("service." + code))
                .collect(java.util.stream.Collectors.joining("、"))).setHeader(getTranslation("resident.services"));
        supporters.addColumn(s -> getTranslation(s.active() ? "resident.active" : "resident.inactive"))
                .setHeader(getTranslation("resident.status"));
        supporters.addColumn(s -> s.networkMember() ? "✓" : "").setHeader(getTranslation("resident.networkMember"));
        supporters.setAllRowsVisible(true);
        add(title, summary, message, new Span(getTranslation("resident.needs")), needs,
                new Span(getTranslation("resident.supporters")), supporters);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("residentId").orElse("");
        try {
            records.find(id).ifPresentOrElse(this::show, () -> fail(getTranslation("resident.notFound", id)));
        } catch (AccessDeniedException denied) {
            fail(getTranslation("resident.denied"));
        }
    }

    private void show(ResidentRecord r) {
        title.setText(r.name());
        String care = r.careLevel() == null ? "" : " ・ " + getTranslation("care." + r.careLevel());
        String alone = Boolean.TRUE.equals(r.livesAlone()) ? " ・ " + getTranslation("resident.livesAlone") : "";
        String network = r.networkId() == null ? getTranslation("resident.noNetwork")
                : getTranslation("resident.network", getTranslation("contact." + r.networkContact()));
        summary.setText(r.areaName() + care + alone + " ・ " + network);
        needs.setItems(r.needs());
        supporters.setItems(r.supporters());
        message.setVisible(false);
    }

    private void fail(String text) {
        title.setText(getTranslation("resident.title"));
        message.setText(text);
        message.setVisible(true);
        needs.setVisible(false);
        supporters.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("resident.title");
    }

}
