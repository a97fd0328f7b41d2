package jp.tsunagari.map;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagari.gaps.GapType;
import jp.tsunagari.network.AreaLevel;
import jp.tsunagari.security.CurrentUser;
import jp.tsunagari.security.Role;
import jp.tsunagari.shell.MainLayout;
import jp.tsunagari.shell.TranslatedUpload;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code /map?type=&level=&mode=&service=}: the 支え合いマップ. A choropleth of the current gap count of one type per
 * daily-life area or neighbourhood, or the coverage of one service kind; providers as points coloured by same-kind
 * network membership; clicking an area opens its diagram (coordinators) or network image (councils). Councils and
 * analysts see counts under the minimum cell size as 「10未満」. Layer-1 coordinators and administrators can upload
 * boundaries here.
 */
@Route(value = "map", layout = MainLayout.class)
@RolesAllowed({Role.LAYER1, Role.LAYER2, Role.COUNCIL, Role.ANALYST_ROLE, Role.ADMIN_ROLE})
public class MapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Mode { GAPS, COVERAGE }

    private final MapData data;
    private final AreaBoundaries boundaries;
    private final CurrentUser user;
    private final SupportMap map = new SupportMap();
    private final Select<Mode> mode = new Select<>();
    private final Select<GapType> type = new Select<>();
    private final Select<AreaLevel> level = new Select<>();
    private final Select<String> service = new Select<>();
    private final Checkbox showProviders = new Checkbox();
    private final Span summary = new Span();
    private final Map<String, MapData.AreaFeature> shown = new HashMap<>();
    /** False while a bookmark's parameters are applied, so the map is read once. */
    private boolean live;

    MapView(MapData data, AreaBoundaries boundaries, CurrentUser user,
            @Value("${tsunagari.map.tile-url:}") String tileUrl,
            @Value("${tsunagari.map.tile-attribution:}") String tileAttribution) {
        this.data = data;
        this.boundaries = boundaries;
        this.user = user;
        setSizeFull();
        setPadding(true);

        H2 title = new H2(getTranslation("map.title"));
        title.getStyle().set("margin", "0");

        mode.setId("map-mode");
        mode.setLabel(getTranslation("map.mode"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("map.mode." + m.name()));
        mode.setValue(Mode.GAPS);

        type.setId("map-gap-type");
        type.setLabel(getTranslation("map.gapType"));
        type.setItems(GapType.values());
        type.setItemLabelGenerator(t -> getTranslation("gaptype." + t.name()));
        type.setValue(GapType.ISOLATED_RESIDENT);

        level.setId("map-level");
        level.setLabel(getTranslation("map.level"));
        level.setItems(AreaLevel.DAILY_LIFE_AREA, AreaLevel.NEIGHBORHOOD);
        level.setItemLabelGenerator(l -> getTranslation("map.level." + l.name()));
        level.setValue(AreaLevel.DAILY_LIFE_AREA);

        service.setId("map-service");
        service.setLabel(getTranslation("map.service"));
        List<String> codes = data.serviceKinds().stream().map(s -> (String) s.get("code")).toList();
        service.setItems(codes);
        service.setItemLabelGenerator(code -> code == null ? "" : getTranslation("service." + code));
        service.setEmptySelectionAllowed(true);
        service.setEmptySelectionCaption(getTranslation("map.service.any"));

        showProviders.setId("map-providers");
        showProviders.setLabel(getTranslation("map.providers"));
        showProviders.setValue(true);

        for (var field : List.of(mode, type, level, service)) {
            field.addValueChangeListener(e -> refreshIfLive());
        }
        showProviders.addValueChangeListener(e -> refreshIfLive());

        HorizontalLayout controls = new HorizontalLayout(mode, type, level, service, showProviders);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        summary.setId("map-summary");
        summary.getStyle().set("color", "var(--lumo-secondary-text-color)");

        map.setId("support-map");
        map.setSizeFull();
        map.setTileServer(tileUrl, tileAttribution);
        map.addAreaClickListener(e -> open(e.getAreaId()));

        add(title, controls, summary, map);
        if (boundaries.mayImport()) {
            add(upload());
        }
        setFlexGrow(1, map);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        live = false;
        var parameters = event.getLocation().getQueryParameters().getParameters();
        pick(parameters.get("type"), GapType.class, type);
        pick(parameters.get("level"), AreaLevel.class, level);
        pick(parameters.get("mode"), Mode.class, mode);
        List<String> services = parameters.get("service");
        if (services != null && !services.isEmpty()) {
            service.getListDataView().getItems().filter(services.getFirst()::equals).findFirst().ifPresent(service::setValue);
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
        return getTranslation("app.title") + " — " + getTranslation("map.title");
    }

    private void refresh() {
        boolean coverage = mode.getValue() == Mode.COVERAGE;
        type.setVisible(!coverage);
        if (coverage && service.getValue() == null) {
            boolean wasLive = live;
            live = false;
            service.setValue(service.getListDataView().getItems().findFirst().orElse(null));
            live = wasLive;
        }
        String kind = service.getValue();
        List<MapData.AreaFeature> areas = data.areas(level.getValue(), coverage ? null : type.getValue(), kind);
        shown.clear();
        areas.forEach(a -> shown.put(a.id(), a));
        boolean counts = data.seesCounts();
        Integer below = data.suppressedBelow();
        String suppressedLabel = below == null ? null : getTranslation("areas.below", below);
        long max = areas.stream().map(MapData.AreaFeature::gapCount).filter(c -> c != null).mapToLong(Long::longValue)
                .max().orElse(0);
        map.setAreas(GeoJson.areas(areas, (a, p) -> {
            String fill;
            StringBuilder label = new StringBuilder(a.name());
            if (!counts) {
                fill = "#eceff1";
            } else if (coverage) {
                fill = MapColors.coverageFill(a.providers() == null ? 0 : a.providers());
                label.append('\n').append(getTranslation("map.label.providers", getTranslation("service." + kind),
                        a.providers()));
                label.append('\n').append(getTranslation("map.label.needing", count(a.needing(), suppressedLabel)));
            } else {
                fill = MapColors.gapFill(a.gapCount(), max);
                label.append('\n').append(getTranslation("gaptype." + type.getValue())).append(": ")
                        .append(count(a.gapCount(), suppressedLabel));
                p.put("suppressed", a.gapCount() == null);
            }
            if (counts) {
                label.append('\n').append(getTranslation("map.label.residents", count(a.residents(), suppressedLabel)));
            }
            p.put("fill", fill);
            p.put("label", label.toString());
        }));
        map.setOutline(GeoJson.outlines(data.municipalityBoundaries()));
        map.setProviders(showProviders.getValue() ? GeoJson.providers(data.providers(kind), (o, p) -> {
            p.put("color", MapColors.membershipColor(o.membership()));
            p.put("label", o.name() + "\n" + getTranslation("map.membership." + o.membership().name())
                    + (o.active() ? "" : "\n" + getTranslation("map.inactive")));
        }) : null);
        if (!counts) {
            map.setLegend("", List.of());
        } else if (coverage) {
            map.setLegend(getTranslation("map.legend.coverage", getTranslation("service." + kind)),
                    MapColors.coverageLegend(k -> k == MapColors.COVERAGE.length - 1
                            ? getTranslation("map.legend.providersOrMore", k) : getTranslation("map.legend.providers", k)));
        } else {
            map.setLegend(getTranslation("gaptype." + type.getValue()), MapColors.gapLegend(max,
                    (from, to) -> from == to ? Long.toString(from) : from + "〜" + to,
                    getTranslation("map.legend.none"), suppressedLabel));
        }
        long withoutBoundary = areas.stream().filter(a -> a.boundary() == null).count();
        summary.setText(withoutBoundary == 0 ? getTranslation("map.summary", areas.size())
                : getTranslation("map.summary.missing", areas.size(), withoutBoundary));
    }

    private String count(Long value, String suppressedLabel) {
        return value == null ? (suppressedLabel == null ? "—" : suppressedLabel) : Long.toString(value);
    }

    /** Coordinators open the area diagram, councils the network image; a neighbourhood opens its daily-life area. */
    private void open(String areaId) {
        MapData.AreaFeature area = shown.get(areaId);
        if (area == null) {
            return;
        }
        String target = area.level() == AreaLevel.NEIGHBORHOOD ? area.parentId() : area.id();
        if (user.has(Role.LAYER1_COORDINATOR) || user.has(Role.LAYER2_COORDINATOR)) {
            UI.getCurrent().navigate("diagram/" + target);
        } else if (user.has(Role.COUNCIL_VIEWER)) {
            UI.getCurrent().navigate("network-image/" + target);
        }
    }

    private Div upload() {
        TextField idProperty = new TextField(getTranslation("map.upload.idProperty"));
        idProperty.setId("map-upload-id-property");
        idProperty.setValue("id");
        idProperty.setHelperText(getTranslation("map.upload.idProperty.help"));
        UI ui = UI.getCurrent();
        Upload upload = new TranslatedUpload(UploadHandler.inMemory((metadata, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            String property = idProperty.getValue();
            try {
                List<String> ids = boundaries.importGeoJson(text, property);
                ui.access(() -> {
                    notify(getTranslation("map.upload.done", ids.size()), NotificationVariant.LUMO_SUCCESS);
                    refresh();
                });
            } catch (AreaBoundaries.InvalidBoundariesException e) {
                ui.access(() -> notify(getTranslation("map.upload.refused") + "\n"
                        + String.join("\n", e.problems().stream().limit(20).toList()), NotificationVariant.LUMO_ERROR));
            }
        }));
        upload.setId("map-upload");
        upload.setAcceptedFileTypes(".geojson", ".json", "application/geo+json", "application/json");
        upload.setMaxFileSize(MapController.MAX_UPLOAD_CHARS);
        upload.setDropLabel(new Span(getTranslation("map.upload.drop")));
        HorizontalLayout row = new HorizontalLayout(idProperty, upload);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        Div box = new Div(new Span(getTranslation("map.upload.title")), row);
        box.setId("map-upload-box");
        return box;
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification n = new Notification(text, variant == NotificationVariant.LUMO_ERROR ? 0 : 5000);
        n.addThemeVariants(variant);
        if (variant == NotificationVariant.LUMO_ERROR) {
            n.setDuration(15000);
        }
        n.getElement().getStyle().set("white-space", "pre-line");
        n.open();
    }

    private static <E extends Enum<E>> void pick(List<String> values, Class<E> kind, Select<E> select) {
        if (values == null || values.isEmpty()) {
            return;
        }
        try {
            select.setValue(Enum.valueOf(kind, values.getFirst()));
        } catch (IllegalArgumentException ignored) {
            // an unknown value in a bookmark: keep the default
        }
    }
}
