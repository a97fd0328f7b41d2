// <tsunagari-map>: the 支え合いマップ drawn by Leaflet — area polygons filled as the server says (choropleth of
// gap counts or service coverage), the municipality's outline, and providers as circle markers. Works with no tile
// server (municipal networks on LGWAN have no CDN): the boundaries alone make the map; a tile URL adds a base map.
// The server (jp.tsunagari.map.SupportMap) sets JSON properties; events carry ids only.
import { LitElement, css, html, unsafeCSS } from "lit";
import L from "leaflet";
import leafletCss from "leaflet/dist/leaflet.css";

/** A GeoJSON FeatureCollection whose features carry the style the server chose. */
export interface FeatureCollectionJson {
  type: "FeatureCollection";
  features: Array<{ type: "Feature"; id?: string; geometry: unknown; properties: Record<string, unknown> }>;
}

export interface LegendEntry {
  color: string;
  label: string;
  pattern?: boolean;
}

export class TsunagariMap extends LitElement {
  static properties = {
    areas: { attribute: false },
    outline: { attribute: false },
    providers: { attribute: false },
    legend: { attribute: false },
    legendTitle: { attribute: false },
    tileUrl: { attribute: false },
    tileAttribution: { attribute: false },
  };

  static styles = [
    unsafeCSS(leafletCss),
    css`
      :host { display: block; position: relative; min-height: 360px; height: 100%;
        font-family: var(--lumo-font-family, system-ui, sans-serif); }
      #map { position: absolute; inset: 0; background: #e8eef2; }
      .legend { position: absolute; right: 8px; bottom: 8px; z-index: 1000; background: #fff; padding: 6px 10px;
        border: 1px solid #cfd8dc; border-radius: 4px; font-size: 12px; max-width: 260px; }
      .legend-title { font-weight: 600; margin-bottom: 4px; }
      .legend-row { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
      .swatch { width: 14px; height: 14px; border: 1px solid #90a4ae; flex: none; }
      .swatch.pattern { background-image: repeating-linear-gradient(45deg, #9e9e9e 0 2px, transparent 2px 5px); }
      .leaflet-tooltip { white-space: pre-line; }
    `,
  ];

  declare areas: FeatureCollectionJson | null;
  declare outline: FeatureCollectionJson | null;
  declare providers: FeatureCollectionJson | null;
  declare legend: LegendEntry[];
  declare legendTitle: string;
  declare tileUrl: string | null;
  declare tileAttribution: string | null;

  private map: L.Map | null = null;
  private tiles: L.TileLayer | null = null;
  private areaLayer: L.GeoJSON | null = null;
  private outlineLayer: L.GeoJSON | null = null;
  private providerLayer: L.LayerGroup | null = null;
  private fitted = false;
  private resize: ResizeObserver | null = null;

  constructor() {
    super();
    this.areas = null;
    this.outline = null;
    this.providers = null;
    this.legend = [];
    this.legendTitle = "";
    this.tileUrl = null;
    this.tileAttribution = null;
  }

  render() {
    return html`<div id="map"></div>
      ${this.legend.length === 0 ? null : html`<div class="legend" part="legend">
        ${this.legendTitle ? html`<div class="legend-title">${this.legendTitle}</div>` : null}
        ${this.legend.map((e) => html`<div class="legend-row"><span class="swatch ${e.pattern ? "pattern" : ""}"
          style="background-color: ${e.color}"></span><span>${e.label}</span></div>`)}
      </div>`}`;
  }

  firstUpdated() {
    const container = this.renderRoot.querySelector("#map") as HTMLElement;
    // Boundaries are what the map is: no default tiles, no attribution link to a CDN.
    this.map = L.map(container, { attributionControl: false, zoomSnap: 0.25, preferCanvas: false });
    this.map.setView([35.0, 135.0], 5);
    this.resize = new ResizeObserver(() => this.map?.invalidateSize());
    this.resize.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  updated(changed: Map<string, unknown>) {
    if (!this.map) {
      return;
    }
    if (changed.has("tileUrl") || changed.has("tileAttribution")) {
      this.tiles?.remove();
      this.tiles = null;
      if (this.tileUrl) {
        this.tiles = L.tileLayer(this.tileUrl, { attribution: this.tileAttribution ?? "", maxZoom: 18 }).addTo(this.map);
        if (this.tileAttribution) {
          L.control.attribution({ prefix: false }).addAttribution(this.tileAttribution).addTo(this.map);
        }
      }
    }
    if (changed.has("outline")) {
      this.outlineLayer?.remove();
      this.outlineLayer = this.outline
        ? L.geoJSON(this.outline as never, {
            style: { color: "#37474f", weight: 2.5, fill: false, interactive: false },
            interactive: false,
          }).addTo(this.map)
        : null;
    }
    if (changed.has("areas")) {
      this.drawAreas();
    }
    if (changed.has("providers")) {
      this.drawProviders();
    }
    if (changed.has("areas") || changed.has("outline") || changed.has("providers")) {
      this.outlineLayer?.bringToFront();
      this.providerLayer?.eachLayer((l) => (l as L.CircleMarker).bringToFront());
      this.setAttribute("data-ready", "");
      this.dispatchEvent(new CustomEvent("map-rendered", {
        detail: { areas: this.areas?.features.length ?? 0, providers: this.providers?.features.length ?? 0 },
      }));
    }
  }

  /** Frames the areas (or the outline) in view. */
  fit() {
    const bounds = this.bounds();
    if (this.map && bounds) {
      this.map.fitBounds(bounds, { padding: [12, 12] });
    }
  }

  private bounds(): L.LatLngBounds | null {
    for (const layer of [this.outlineLayer, this.areaLayer]) {
      const b = layer?.getBounds();
      if (b && b.isValid()) {
        return b;
      }
    }
    return null;
  }

  private drawAreas() {
    this.areaLayer?.remove();
    this.areaLayer = null;
    if (!this.map || !this.areas) {
      return;
    }
    const withGeometry = { ...this.areas, features: this.areas.features.filter((f) => f.geometry) };
    this.areaLayer = L.geoJSON(withGeometry as never, {
      style: (feature) => {
        const p = (feature?.properties ?? {}) as Record<string, unknown>;
        return {
          color: "#546e7a",
          weight: 1,
          fillColor: String(p.fill ?? "#eceff1"),
          fillOpacity: Number(p.fillOpacity ?? 0.75),
          dashArray: p.suppressed ? "4 3" : undefined,
        };
      },
      onEachFeature: (feature, layer) => {
        const p = (feature.properties ?? {}) as Record<string, unknown>;
        const id = String(p.id ?? feature.id ?? "");
        if (p.label) {
          // bindTooltip sets text content, never HTML: names come from the database.
          layer.bindTooltip(textNode(String(p.label)) as never, { sticky: true });
        }
        layer.on("click", () => this.dispatchEvent(new CustomEvent("area-click", { detail: { id } })));
        layer.on("add", () => (layer as L.Path).getElement()?.setAttribute("data-area", id));
      },
    }).addTo(this.map);
    if (!this.fitted) {
      this.fit();
      this.fitted = this.bounds() !== null;
    }
  }

  private drawProviders() {
    this.providerLayer?.remove();
    this.providerLayer = null;
    if (!this.map || !this.providers) {
      return;
    }
    const group = L.layerGroup();
    for (const f of this.providers.features) {
      const geometry = f.geometry as { type?: string; coordinates?: number[] } | null;
      if (geometry?.type !== "Point" || !geometry.coordinates) {
        continue;
      }
      const [lon, lat] = geometry.coordinates;
      const p = f.properties;
      const id = String(p.id ?? f.id ?? "");
      const marker = L.circleMarker([lat, lon], {
        radius: 5,
        color: "#263238",
        weight: 1,
        fillColor: String(p.color ?? "#757575"),
        fillOpacity: p.active === false ? 0.15 : 0.95,
      });
      if (p.label) {
        marker.bindTooltip(textNode(String(p.label)) as never);
      }
      marker.on("click", (e) => {
        L.DomEvent.stopPropagation(e);
        this.dispatchEvent(new CustomEvent("provider-click", { detail: { id } }));
      });
      marker.on("add", () => marker.getElement()?.setAttribute("data-provider", id));
      group.addLayer(marker);
    }
    this.providerLayer = group.addTo(this.map);
  }
}

function textNode(text: string): HTMLElement {
  const span = document.createElement("span");
  span.textContent = text;
  return span;
}

customElements.define("tsunagari-map", TsunagariMap);
