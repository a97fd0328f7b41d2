package jp.tsunagari.map;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.node.BaseJsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 支え合いマップ drawn in the browser by Leaflet ({@code <tsunagari-map>}, frontend/src/tsunagari-map.ts): area
 * polygons as GeoJSON with the fill each should have, the municipality's outline, providers as points with their
 * colour, a legend, and optionally a base map from a tile server. Labels are shown as text, never as HTML. The
 * element reports clicks on areas and providers as events carrying their id.
 *
 * <pre>{@code
 * var map = new SupportMap();
 * map.setAreas(featureCollection); // each feature's properties: id, fill, label
 * map.setLegend("孤立", List.of(new LegendEntry("#fdd0a2", "1–3", false)));
 * map.addAreaClickListener(e -> open(e.getAreaId()));
 * }</pre>
 */
@Tag("tsunagari-map")
@JsModule("context://frontend-build/tsunagari-map.js")
public class SupportMap extends Component implements HasSize {

    /** One row of the legend; {@code pattern} marks hatched entries (suppressed counts). */
    public record LegendEntry(String color, String label, boolean pattern) {
        public LegendEntry {
            Objects.requireNonNull(color, "color");
            Objects.requireNonNull(label, "label");
        }
    }

    public SupportMap() {
        setWidthFull();
        getElement().getStyle().set("min-height", "420px");
    }

    /**
     * The areas: a GeoJSON FeatureCollection whose features' properties carry {@code id}, {@code fill} (a CSS
     * colour), optionally {@code fillOpacity}, {@code label} (tooltip text) and {@code suppressed} (dashed border).
     */
    public void setAreas(ObjectNode featureCollection) {
        getElement().setPropertyJson("areas", Objects.requireNonNull(featureCollection, "featureCollection"));
    }

    /** The outline drawn over the areas (the municipality), or null for none. */
    public void setOutline(ObjectNode featureCollection) {
        getElement().setPropertyJson("outline", featureCollection == null ? JacksonUtils.nullNode() : featureCollection);
    }

    /** Points whose properties carry {@code id}, {@code color}, {@code label} and {@code active}; null for none. */
    public void setProviders(ObjectNode featureCollection) {
        getElement().setPropertyJson("providers", featureCollection == null ? JacksonUtils.nullNode() : featureCollection);
    }

    public void setLegend(String title, List<LegendEntry> entries) {
        getElement().setProperty("legendTitle", title == null ? "" : title);
        getElement().setPropertyJson("legend", (BaseJsonNode) JacksonUtils.getMapper().valueToTree(List.copyOf(entries)));
    }

    /**
     * A base map from a tile server ({@code https://tiles.example.lg.jp/{z}/{x}/{y}.png}); null or blank: the
     * boundaries alone, fetching nothing from anywhere.
     */
    public void setTileServer(String urlTemplate, String attribution) {
        boolean none = urlTemplate == null || urlTemplate.isBlank();
        getElement().setProperty("tileUrl", none ? null : urlTemplate.strip());
        getElement().setProperty("tileAttribution", none || attribution == null ? null : attribution);
    }

    /** Frames the areas in view. */
    public void fit() {
        getElement().callJsFunction("fit");
    }

    public Registration addAreaClickListener(ComponentEventListener<AreaClickEvent> listener) {
        return addListener(AreaClickEvent.class, listener);
    }

    public Registration addProviderClickListener(ComponentEventListener<ProviderClickEvent> listener) {
        return addListener(ProviderClickEvent.class, listener);
    }

    public Registration addMapRenderedListener(ComponentEventListener<MapRenderedEvent> listener) {
        return addListener(MapRenderedEvent.class, listener);
    }

    /** An area was clicked. */
    @DomEvent("area-click")
    public static class AreaClickEvent extends ComponentEvent<SupportMap> {
        private final String areaId;

        public AreaClickEvent(SupportMap source, boolean fromClient, @EventData("event.detail.id") String areaId) {
            super(source, fromClient);
            this.areaId = areaId;
        }

        public String getAreaId() {
            return areaId;
        }
    }

    /** A provider's point was clicked. */
    @DomEvent("provider-click")
    public static class ProviderClickEvent extends ComponentEvent<SupportMap> {
        private final String providerId;

        public ProviderClickEvent(SupportMap source, boolean fromClient, @EventData("event.detail.id") String providerId) {
            super(source, fromClient);
            this.providerId = providerId;
        }

        public String getProviderId() {
            return providerId;
        }
    }

    /** The data set last was drawn (the element then also carries {@code data-ready}). */
    @DomEvent("map-rendered")
    public static class MapRenderedEvent extends ComponentEvent<SupportMap> {
        private final int areas;

        public MapRenderedEvent(SupportMap source, boolean fromClient, @EventData("event.detail.areas") int areas) {
            super(source, fromClient);
            this.areas = areas;
        }

        public int getAreas() {
            return areas;
        }
    }
}
