package jp.tsunagari.security;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

/** Administrators search the audit trail, check that its hash chain is intact, and export it as CSV. */
@Route("admin/audit")
@RolesAllowed(Role.ADMIN_ROLE)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    static final int LIMIT = 1000;
    private final AuditTrail audit;
    private final TextField username = new TextField();
    private final Select<AuditAction> action = new Select<>();
    private final TextField target = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span chain = new Span();

    AuditLogView(AuditTrail audit) {
        this.audit = audit;
        setSizeFull();
        username.setLabel(getTranslation("audit.username"));
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.any"));
        target.setLabel(getTranslation("audit.target"));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        Button search = new Button(getTranslation("audit.search"), e -> refresh());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            List<AuditEntry> entries = current();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                writer.write('\uFEFF'); // BOM, so spreadsheet programs read UTF-8 Japanese correctly
                audit.exportCsv(entries, writer);
            }
            byte[] csv = bytes.toByteArray();
            return new DownloadResponse(new java.io.ByteArrayInputStream(csv), "audit-" + LocalDate.now() + ".csv",
                    "text/csv", csv.length);
        }), getTranslation("audit.export"));
        export.setId("audit-export");
        HorizontalLayout filters = new HorizontalLayout(username, action, target, from, to, search, export);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(AuditEntry::seq).setHeader("#").setAutoWidth(true);
        grid.addColumn(AuditEntry::at).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.username")).setAutoWidth(true);
        grid.addColumn(e -> e.action().name()).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> String.join(" ", e.targetIds())).setHeader(getTranslation("audit.target"));
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.detail"));
        grid.addColumn(AuditEntry::remoteAddress).setHeader(getTranslation("audit.remote")).setAutoWidth(true);
        grid.setSizeFull();
        chain.setId("audit-chain");
        add(new H2(getTranslation("audit.title")), chain, filters, grid);
        refresh();
    }

    private List<AuditEntry> current() {
        return audit.search(username.getValue(), action.getValue(), target.getValue(), from.getValue(), to.getValue(),
                LIMIT);
    }

    private void refresh() {
        grid.setItems(current());
        chain.setText(audit.firstBrokenEntry().map(seq -> getTranslation("audit.chain.broken", seq))
                .orElseGet(() -> getTranslation("audit.chain.ok")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("audit.title");
    }
}
