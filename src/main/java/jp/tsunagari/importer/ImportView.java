package jp.tsunagari.importer;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagari.security.Role;
import jp.tsunagari.shell.TranslatedUpload;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * {@code /import}: choose what the file holds and its encoding (or detect), upload it, check it (dry run: the report,
 * nothing written), then import. The import runs in the background with a progress bar pushed to the page; the
 * report is shown in a grid (as text, never HTML) and downloadable as CSV. Templates of every layout and exports of
 * what the user may see are downloadable here too.
 */
@Route("import")
@RolesAllowed({Role.LAYER1, Role.ADMIN_ROLE})
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final Importer importer;
    private final Exporter exporter;
    private final Hsds hsds;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;
    private final ImportProperties properties;
    private ExecutorService worker;

    private final Select<ImportKind> kind = new Select<>();
    private final Select<String> encoding = new Select<>();
    private final TextField municipality = new TextField();
    private final TextField area = new TextField();
    private final Span file = new Span();
    private final Button check = new Button();
    private final Button run = new Button();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span summary = new Span();
    private final Grid<ImportReport.Error> errors = new Grid<>();
    private final Anchor reportDownload = new Anchor();
    private final HorizontalLayout templates = new HorizontalLayout();

    private volatile byte[] bytes;
    private volatile String fileName;
    /** The report of the last dry run, and what it was of: importing is offered for exactly that file and choice. */
    private ImportReport checked;
    private String checkedOf;
    private ImportReport last;

    ImportView(Importer importer, Exporter exporter, Hsds hsds, ObjectProvider<SecurityContextHolderStrategy> strategy,
               ImportProperties properties) {
        this.importer = importer;
        this.exporter = exporter;
        this.hsds = hsds;
        this.strategy = strategy;
        this.properties = properties;
        setWidthFull();
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")));

        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.slug));
        kind.setValue(ImportKind.ORGANIZATIONS);
        encoding.setId("import-encoding");
        encoding.setLabel(getTranslation("import.encoding"));
        encoding.setItems(Encodings.CHOICES);
        encoding.setItemLabelGenerator(e -> getTranslation("import.encoding." + e.toLowerCase(Locale.ROOT)));
        encoding.setValue("auto");
        municipality.setId("import-municipality");
        municipality.setLabel(getTranslation("import.municipality"));
        municipality.setPlaceholder("352047");
        municipality.setMaxLength(6);
        area.setId("import-area");
        area.setLabel(getTranslation("import.area"));
        kind.addValueChangeListener(e -> choiceChanged());
        encoding.addValueChangeListener(e -> choiceChanged());
        municipality.addValueChangeListener(e -> choiceChanged());
        area.addValueChangeListener(e -> choiceChanged());
        HorizontalLayout choices = new HorizontalLayout(kind, encoding, municipality, area);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);

        Upload upload = new TranslatedUpload(UploadHandler.inMemory((metadata, data) -> {
            bytes = data;
            fileName = metadata.fileName();
            getUI().ifPresent(ui -> ui.access(this::fileChanged));
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, properties.maxFileSize().toBytes()));
        upload.setAcceptedFileTypes(".csv", ".txt", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(e -> summary.setText(getTranslation("import.rejected",
                properties.maxFileSize().toMegabytes(), e.getErrorMessage())));
        file.setId("import-file");

        check.setText(getTranslation("import.check"));
        check.setId("import-check");
        check.addClickListener(e -> start(true));
        run.setText(getTranslation("import.run"));
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> start(false));
        progress.setId("import-progress");
        progress.setVisible(false);
        summary.setId("import-summary");
        HorizontalLayout actions = new HorizontalLayout(check, run);

        errors.setId("import-errors");
        errors.addColumn(ImportReport.Error::line).setHeader(getTranslation("import.col.line")).setAutoWidth(true);
        errors.addColumn(ImportReport.Error::column).setHeader(getTranslation("import.col.column")).setAutoWidth(true);
        errors.addColumn(ImportReport.Error::value).setHeader(getTranslation("import.col.value")).setAutoWidth(true);
        errors.addColumn(ImportReport.Error::reason).setHeader(getTranslation("import.col.reason")).setFlexGrow(1);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        reportDownload.setId("import-report-download");
        reportDownload.setText(getTranslation("import.report.download"));
        reportDownload.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] csv = reportCsv(last);
            return new DownloadResponse(new ByteArrayInputStream(csv), "import-report-" + LocalDate.now() + ".csv",
                    "text/csv", csv.length);
        }));
        reportDownload.setVisible(false);

        add(choices, upload, file, actions, progress, summary, reportDownload, errors);
        add(new H3(getTranslation("import.templates")), templates);
        add(exportSection());
        choiceChanged();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        worker = Executors.newSingleThreadExecutor(r -> Thread.ofVirtual().name("import-view").unstarted(r));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        worker.shutdown(); // an import under way finishes (or rolls back) on its own; nobody is told
    }

    private void choiceChanged() {
        boolean openData = kind.getValue() == ImportKind.KAIGO_OPENDATA;
        municipality.setVisible(openData);
        area.setVisible(openData);
        templates.removeAll();
        if (!openData && kind.getValue() != null) {
            for (Exporter.Format format : Exporter.Format.values()) {
                ImportKind k = kind.getValue();
                Anchor template = new Anchor(DownloadHandler.fromInputStream(e -> {
                    byte[] b = Exporter.template(k, format);
                    return new DownloadResponse(new ByteArrayInputStream(b), "template-" + k.slug + "." + format.extension,
                            format.contentType, b.length);
                }), getTranslation("import.template", getTranslation("import.kind." + k.slug), format.extension));
                template.setId("import-template-" + format.extension);
                templates.add(template);
            }
        }
        fileChanged();
    }

    private void fileChanged() {
        file.setText(fileName == null ? getTranslation("import.noFile") : getTranslation("import.file", fileName,
                bytes.length));
        check.setEnabled(bytes != null);
        run.setEnabled(checked != null && checked.ok() && choice().equals(checkedOf));
    }

    /** What a dry run was of: the file and every choice; a change asks for a new check. */
    private String choice() {
        return System.identityHashCode(bytes) + "|" + kind.getValue() + "|" + encoding.getValue() + "|"
                + municipality.getValue() + "|" + area.getValue();
    }

    private void start(boolean dryRun) {
        byte[] data = bytes;
        ImportKind k = kind.getValue();
        if (data == null || k == null) {
            return;
        }
        Charset charset = Encodings.chosen(encoding.getValue());
        String of = choice();
        Importer.Request request = new Importer.Request(k, data, charset, dryRun, municipality.getValue(), area.getValue());
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        SecurityContextHolderStrategy holder = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContext context = holder.getContext();
        check.setEnabled(false);
        run.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        summary.setText(getTranslation(dryRun ? "import.checking" : "import.running"));
        worker.submit(() -> {
            holder.setContext(context); // the import checks the user's role and audits as them
            double[] shown = {0};
            try {
                ImportReport report = importer.run(request, locale, fraction -> {
                    if (fraction - shown[0] >= 0.01 || fraction >= 1) {
                        shown[0] = fraction;
                        ui.access(() -> progress.setValue(Math.min(1, fraction)));
                    }
                });
                ui.access(() -> finished(report, dryRun, of));
            } catch (RuntimeException e) {
                ui.access(() -> {
                    progress.setVisible(false);
                    summary.setText(getTranslation("import.failed"));
                    fileChanged();
                });
            } finally {
                holder.clearContext();
            }
        });
    }

    private void finished(ImportReport report, boolean dryRun, String of) {
        last = report;
        progress.setVisible(false);
        if (dryRun) {
            checked = report;
            checkedOf = of;
        } else {
            checked = null;
        }
        String counts = getTranslation("import.counts", report.rows(), report.created(), report.updated(),
                report.unchanged(), report.encoding());
        summary.setText(report.ok()
                ? getTranslation(dryRun ? "import.checked" : "import.done", counts)
                : getTranslation("import.errors", report.errors().size()));
        errors.setItems(report.errors());
        errors.setVisible(!report.errors().isEmpty());
        reportDownload.setVisible(true);
        fileChanged();
    }

    static byte[] reportCsv(ImportReport report) {
        List<List<String>> rows = report == null ? List.of() : report.errors().stream()
                .map(e -> List.of(Long.toString(e.line()), e.column(), e.value(), e.reason())).toList();
        return Exporter.csv(List.of("行 line", "列 column", "値 value", "理由 reason"), rows);
    }

    private VerticalLayout exportSection() {
        Select<ImportKind> exportKind = new Select<>();
        exportKind.setId("export-kind");
        exportKind.setLabel(getTranslation("import.export.kind"));
        exportKind.setItems(ImportKind.layouts());
        exportKind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.slug));
        exportKind.setValue(ImportKind.ORGANIZATIONS);
        HorizontalLayout links = new HorizontalLayout();
        Runnable refresh = () -> {
            links.removeAll();
            ImportKind k = exportKind.getValue();
            for (Exporter.Format format : Exporter.Format.values()) {
                Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
                    byte[] b = exporter.export(k, format);
                    return new DownloadResponse(new ByteArrayInputStream(b), k.slug + "-" + LocalDate.now() + "."
                            + format.extension, format.contentType, b.length);
                }), getTranslation("import.export.download", format.extension));
                a.setId("export-" + format.extension);
                links.add(a);
            }
            Anchor hsdsJson = new Anchor(DownloadHandler.fromInputStream(e -> {
                byte[] b = new tools.jackson.databind.json.JsonMapper().writeValueAsBytes(hsds.json());
                return new DownloadResponse(new ByteArrayInputStream(b), "hsds-" + LocalDate.now() + ".json",
                        "application/json", b.length);
            }), getTranslation("import.hsds.json"));
            Anchor hsdsCsv = new Anchor(DownloadHandler.fromInputStream(e -> {
                byte[] b = hsds.csvZip();
                return new DownloadResponse(new ByteArrayInputStream(b), "hsds-" + LocalDate.now() + ".zip",
                        "application/zip", b.length);
            }), getTranslation("import.hsds.csv"));
            links.add(hsdsJson, hsdsCsv);
        };
        exportKind.addValueChangeListener(e -> refresh.run());
        refresh.run();
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("import.export.title")),
                new Paragraph(getTranslation("import.export.intro")), exportKind, links);
        section.setPadding(false);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title") + " — " + getTranslation("import.title");
    }
}
