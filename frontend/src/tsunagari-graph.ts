// <tsunagari-graph>: a support network drawn by sigma.js (WebGL) from a graphology graph, laid out by ForceAtlas2
// in a web worker. The server (jp.tsunagari.diagram.NetworkGraph) sets JSON properties and listens to
// CustomEvents whose detail carries ids only (positions only when a drag ends).
import { LitElement, css, html } from "lit";
import Sigma from "sigma";
import type { SigmaNodeEventPayload, SigmaStageEventPayload } from "sigma/types";
import { createNodeBorderProgram } from "@sigma/node-border";
import { toBlob } from "@sigma/export-image";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";

import { buildGraph, type GraphJson, type TsGraph } from "./model.js";
import { captionsFor, resolveEdgeStyle, resolveNodeStyle, type StyleSheet } from "./styles.js";
import { Visibility, type FocusSpec, type HiddenSpec } from "./visibility.js";
import { matchingNodes } from "./search.js";
import { initialPositions, normalizeLayout, type LayoutSpec } from "./layout.js";
import { clampHops } from "./neighbourhood.js";
import { contextDetail, dragEndDetail, idDetail, nextSelection, positionsOf, sameIds, selectionDetail } from "./events.js";
import { actionsFor, buildContextMenu, buildTooltip, type Action } from "./dom.js";
import { mergePositions } from "./merge.js";
import { applyPatch, attributeChangesOnly, type GraphPatchJson } from "./patch.js";
import { toSvg } from "./svg.js";
import { RasterCache } from "./raster-cache.js";
import { refreshPlan } from "./refresh-plan.js";

const DIMMED = "#e3e7ea";
/** A draw this slow (ms) blocks the page noticeably; see the selection redraw in updated(). */
const SLOW_DRAW_MS = 50;
/** How long a slow renderer waits before highlighting a new selection: past a server round trip on a LAN. */
const SELECTION_REDRAW_DELAY_MS = 80;

export class TsunagariGraph extends LitElement {
  static properties = {
    graph: { attribute: false },
    styles: { attribute: false },
    selection: { attribute: false },
    // Not "focus" and "hidden": HTMLElement already has focus() and the hidden attribute.
    focusOn: { attribute: false },
    hiddenItems: { attribute: false },
    layout: { attribute: false },
    actions: { attribute: false },
    query: { attribute: false },
    // true: the next graph keeps the drawn positions (merge.ts) and runs no layout
    keepPositions: { attribute: false },
    // Council sessions: the camera a projection follows ({x, y, ratio}, sigma's normalised coordinates) and the
    // label size in px (projectors need large type); null/0 leave sigma's own.
    camera: { attribute: false },
    labelSize: { attribute: false },
  };

  static styles = css`
    :host { display: block; position: relative; min-height: 320px; height: 100%; outline: none;
      font-family: var(--lumo-font-family, system-ui, sans-serif); }
    :host(:focus-visible) { box-shadow: inset 0 0 0 2px var(--lumo-primary-color-50pct, #1676f380); }
    /* overflow: the raster cache moves the canvases during camera moves; they must not make the page scroll. */
    #stage { position: absolute; inset: 0; overflow: hidden; }
    .tooltip, .menu { position: absolute; z-index: 10; background: #fff; border: 1px solid #cfd8dc;
      border-radius: 4px; box-shadow: 0 2px 6px rgba(0,0,0,.15); font-size: 13px; }
    .tooltip { pointer-events: none; padding: 4px 8px; max-width: 280px; white-space: pre-wrap; }
    .tooltip-caption { color: #546e7a; font-size: 12px; }
    .menu { padding: 4px 0; min-width: 160px; }
    .menu-heading { padding: 2px 12px 4px; color: #546e7a; font-size: 12px; border-bottom: 1px solid #eceff1; }
    .menu-item { display: block; width: 100%; text-align: left; padding: 6px 12px; border: 0; background: none;
      font: inherit; cursor: pointer; }
    .menu-item:hover, .menu-item:focus { background: #e3f2fd; outline: none; }
  `;

  declare graph: GraphJson | null;
  declare styles: StyleSheet | null;
  declare selection: string[];
  declare focusOn: FocusSpec | null;
  declare hiddenItems: HiddenSpec | null;
  declare layout: LayoutSpec | null;
  declare actions: Action[];
  declare query: string;
  declare keepPositions: boolean;
  declare camera: { x: number; y: number; ratio: number } | null;
  declare labelSize: number;
  private cameraTimer: number | undefined;

  private g: TsGraph = buildGraph(null).graph;
  private sigma: Sigma | null = null;
  private rasterCache: RasterCache | null = null;
  private fa2: FA2Layout | null = null;
  private fa2Timer: number | undefined;
  private visibility = new Visibility(this.g, null, null);
  private selected = new Set<string>();
  /** The selection as sigma last drew it. */
  private drawnSelection = new Set<string>();
  private searchHits: Set<string> | null = null;
  private dragged: string | null = null;
  private dragMoved = false;
  private rendered = false;
  /** Set by applyPatch when it changed the drawn graph in place: the next update must not build it anew. */
  private changedInPlace = false;
  /** The graph JSON the drawn graph stands for (the property may be newer until the next update). */
  private builtFrom: GraphJson | null = null;
  /** performance.now() when the current graph's first frame was drawn (0 before): the benchmark's marker. */
  renderedAt = 0;
  private dashCanvas: HTMLCanvasElement | null = null;
  /** The dashed edges, found once per graph/style change rather than in every frame. */
  private dashedEdges: string[] = [];
  private tooltip: HTMLElement | null = null;
  private menu: HTMLElement | null = null;
  private resizeObserver: ResizeObserver | null = null;

  constructor() {
    super();
    this.graph = null;
    this.styles = null;
    this.selection = [];
    this.focusOn = null;
    this.hiddenItems = null;
    this.layout = null;
    this.actions = [];
    this.query = "";
    this.keepPositions = false;
    this.camera = null;
    this.labelSize = 0;
  }

  connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute("tabindex")) this.tabIndex = 0;
    this.addEventListener("keydown", this.onKey);
    this.addEventListener("focusout", this.onFocusOut);
    // Vaadin may detach and re-attach the same element (moving it in a layout): draw again with a new renderer.
    if (this.hasUpdated && !this.sigma) this.requestUpdate();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener("keydown", this.onKey);
    this.removeEventListener("focusout", this.onFocusOut);
    this.stopLayout();
    this.hideOverlays();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.rasterCache?.detach();
    this.rasterCache = null;
    this.sigma?.kill();
    this.sigma = null;
  }

  render() {
    return html`<div id="stage" part="stage"></div>`;
  }

  private get stage(): HTMLElement {
    return this.renderRoot.querySelector("#stage") as HTMLElement;
  }

  protected updated(changed: Map<string, unknown>): void {
    if (!this.sigma) this.createRenderer();
    if (changed.has("labelSize") && this.labelSize > 0) this.sigma?.setSetting("labelSize", this.labelSize);
    if (changed.has("camera") && this.camera) {
      const c = this.camera;
      this.sigma?.getCamera().animate({ x: c.x, y: c.y, ratio: c.ratio }, { duration: 150 });
    }
    const graphChanged = changed.has("graph") || changed.has("layout");
    const inPlace = this.changedInPlace;
    this.changedInPlace = false;
    const kept = changed.has("graph") && (inPlace ? this.redrawInPlace() : this.loadGraph());
    this.builtFrom = this.graph;
    if (changed.has("graph") || changed.has("styles")) this.applyStyles();
    if (changed.has("selection")) this.selected = new Set((this.selection ?? []).map(String));
    if (changed.has("graph") || changed.has("focusOn") || changed.has("hiddenItems")) {
      this.visibility = new Visibility(this.g, this.hiddenItems, this.focusOn);
    }
    if (changed.has("graph") || changed.has("query")) {
      this.searchHits = this.query && this.query.trim() ? new Set(matchingNodes(this.g, this.query)) : null;
    }
    if (graphChanged && !kept) this.runLayout();
    // In the next animation frame, not now, and for a selection only its nodes: a click's own update, or the server
    // echoing it, must not hold up the events and DOM updates queued behind it while sigma redraws.
    const plan = refreshPlan(changed.keys(), this.drawnSelection, this.selected);
    this.drawnSelection = new Set(this.selected);
    if (plan.full) {
      this.sigma?.scheduleRefresh();
    } else if (plan.nodes.length > 0) {
      const nodes = plan.nodes.filter((id) => this.g.hasNode(id));
      const redraw = () => {
        try {
          this.sigma?.refresh({ partialGraph: { nodes }, skipIndexation: true, schedule: true });
        } catch {
          this.sigma?.scheduleRefresh(); // a node sigma has not indexed yet (a new graph not drawn yet)
        }
      };
      // Where drawing is slow (software WebGL), a draw blocks the page for ~100 ms: the click's event would wait
      // behind it before going to the server. Let the event out and the side panel's answer in first; the
      // highlight follows a moment later. A fast renderer redraws at once.
      if ((this.rasterCache?.lastDraw ?? 0) >= SLOW_DRAW_MS) window.setTimeout(redraw, SELECTION_REDRAW_DELAY_MS);
      else redraw();
    }
  }

  // ---- graph and styles ------------------------------------------------------------------------------------

  /** True when the drawn positions were kept (and no layout is needed). */
  private loadGraph(): boolean {
    const layingOut = this.fa2 !== null;
    this.stopLayout();
    this.hideOverlays();
    const previous = this.g, box = this.sigma ? this.sigma.getCustomBBox() ?? this.sigma.getBBox() : null;
    this.g = buildGraph(this.graph).graph;
    const kept = this.keepPositions && this.rendered && mergePositions(previous, this.g).kept > 0;
    this.rendered = false;
    this.removeAttribute("data-ready");
    this.sigma?.setCustomBBox(kept ? box : null); // the same frame: kept nodes stay where they are on screen
    this.sigma?.setGraph(this.g);
    return kept && !layingOut; // a layout still running goes on from where it was
  }

  /** The graph was changed in place (applyPatch): drawn as it is, the next frame counts as the new graph's first. */
  private redrawInPlace(): boolean {
    this.hideOverlays();
    this.rendered = false;
    this.removeAttribute("data-ready");
    return true;
  }

  private applyStyles(): void {
    const sheet = this.styles;
    this.g.updateEachNodeAttributes((_, a) => {
      const s = resolveNodeStyle(a, sheet);
      return { ...a, color: s.color, fillColor: s.fillColor, size: s.size, ringSize: s.ringSize,
        haloColor: s.haloColor, haloSize: s.haloSize };
    });
    this.g.updateEachEdgeAttributes((_, a) => {
      const s = resolveEdgeStyle(a, sheet);
      return { ...a, color: s.color, size: s.size, dashed: s.dashed };
    });
    this.dashedEdges = this.g.filterEdges((_, a) => a.dashed === true);
  }

  // ---- rendering -------------------------------------------------------------------------------------------

  private createRenderer(): void {
    const NodeProgram = createNodeBorderProgram({
      borders: [
        { size: { attribute: "haloSize", defaultValue: 0 }, color: { attribute: "haloColor", defaultValue: "rgba(0,0,0,0)" } },
        { size: { attribute: "ringSize", defaultValue: 0 }, color: { attribute: "color" } },
        { size: { fill: true }, color: { attribute: "fillColor" } },
      ],
    });
    const sigma = new Sigma(this.g, this.stage, {
      allowInvalidContainer: true,
      defaultNodeType: "tsunagari",
      nodeProgramClasses: { tsunagari: NodeProgram },
      labelFont: "system-ui, 'Noto Sans CJK JP', sans-serif",
      labelRenderedSizeThreshold: 8,
      zIndex: true,
      nodeReducer: (id, a) => this.reduceNode(id, a),
      edgeReducer: (id, a) => this.reduceEdge(id, a),
    });
    this.sigma = sigma;
    this.dashCanvas = sigma.createCanvas("dashed-edges", { afterLayer: "edges" });
    // Graphs that take long to draw move as a transformed picture and are drawn sharp when the camera stops.
    this.rasterCache = new RasterCache(sigma, this.stage);
    sigma.on("afterRender", () => this.afterRender());
    this.bindInteractions(sigma);
    // Camera moves are told to the server once they rest (a council presenter's projection follows them).
    sigma.getCamera().on("updated", (state) => {
      window.clearTimeout(this.cameraTimer);
      this.cameraTimer = window.setTimeout(() => this.dispatch("camera-change",
        { x: state.x, y: state.y, ratio: state.ratio }), 120);
    });
    // Sigma only measures its container on window resizes; Vaadin layouts resize it without one. Resizing drops
    // sigma's picking textures, so render again at once or clicks find no node until the next render.
    this.resizeObserver = new ResizeObserver(() => {
      this.sigma?.resize();
      this.sigma?.refresh();
    });
    this.resizeObserver.observe(this.stage);
  }

  private reduceNode(id: string, a: Record<string, unknown>): Record<string, unknown> {
    const kind = String(a.kind ?? "");
    if (!this.visibility.nodeVisible(id, kind)) return { ...a, hidden: true };
    const out: Record<string, unknown> = { ...a };
    if (this.searchHits && !this.searchHits.has(id)) {
      out.color = out.fillColor = DIMMED;
      out.haloColor = "rgba(0,0,0,0)";
      out.label = "";
      out.zIndex = 0;
    } else if (this.searchHits) {
      out.forceLabel = true;
      out.zIndex = 1;
    }
    if (this.selected.has(id) || this.dragged === id) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    return out;
  }

  private reduceEdge(id: string, a: Record<string, unknown>): Record<string, unknown> {
    const source = this.g.source(id), target = this.g.target(id);
    const visible = this.visibility.edgeVisible(String(a.kind ?? ""),
      this.visibility.nodeVisible(source, this.g.getNodeAttribute(source, "kind")),
      this.visibility.nodeVisible(target, this.g.getNodeAttribute(target, "kind")));
    // Dashed edges are drawn on the 2D layer below: sigma's WebGL edge programs have no dash pattern.
    if (!visible || a.dashed) return { ...a, hidden: true };
    if (this.searchHits && !(this.searchHits.has(source) && this.searchHits.has(target))) return { ...a, color: DIMMED };
    return a;
  }

  private afterRender(): void {
    if (this.sigma && this.dashCanvas) this.drawDashedEdges(this.sigma, this.dashCanvas);
    if (!this.rendered && this.graph) {
      this.rendered = true;
      this.renderedAt = performance.now();
      this.setAttribute("data-ready", "");
      this.dispatch("graph-rendered", { nodes: this.g.order, edges: this.g.size });
    }
  }

  private drawDashedEdges(sigma: Sigma, canvas: HTMLCanvasElement): void {
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const ctx = canvas.getContext("2d")!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.setLineDash([5, 4]);
    for (const id of this.dashedEdges) {
      if (!this.g.hasEdge(id)) continue;
      const a = this.g.getEdgeAttributes(id), source = this.g.source(id), target = this.g.target(id);
      const s = sigma.getNodeDisplayData(source), t = sigma.getNodeDisplayData(target);
      if (!s || !t || s.hidden || t.hidden) continue;
      if (!this.visibility.edgeVisible(String(a.kind ?? ""), true, true)) continue;
      const p = sigma.framedGraphToViewport(s), q = sigma.framedGraphToViewport(t);
      ctx.strokeStyle = this.searchHits && !(this.searchHits.has(source) && this.searchHits.has(target)) ? DIMMED : String(a.color);
      ctx.lineWidth = Math.max(1, Number(a.size ?? 1));
      ctx.beginPath();
      ctx.moveTo(p.x, p.y);
      ctx.lineTo(q.x, q.y);
      ctx.stroke();
    }
  }

  // ---- layout ----------------------------------------------------------------------------------------------

  /** Lays the current graph out again with the layout property (the server's relayout()). */
  runLayout(): void {
    this.stopLayout();
    const spec = normalizeLayout(this.layout);
    initialPositions(this.g, spec);
    if (spec.name !== "forceatlas2" || this.g.order < 2) return;
    const settings = { ...forceAtlas2.inferSettings(this.g), barnesHutOptimize: this.g.order > 500 };
    const fa2 = new FA2Layout(this.g, { settings });
    this.fa2 = fa2;
    fa2.start();
    this.setAttribute("data-laying-out", ""); // tests and tools wait for the picture to settle
    this.fa2Timer = window.setTimeout(() => {
      this.stopLayout();
      this.dispatch("layout-end", {});
    }, spec.durationMs);
  }

  private stopLayout(): void {
    if (this.fa2Timer !== undefined) window.clearTimeout(this.fa2Timer);
    this.fa2Timer = undefined;
    if (this.fa2) {
      this.fa2.kill();
      this.fa2 = null;
    }
    this.removeAttribute("data-laying-out");
  }

  // ---- interaction -----------------------------------------------------------------------------------------

  private bindInteractions(sigma: Sigma): void {
    sigma.on("enterNode", ({ node, event }) => this.showTooltip(node, event.x, event.y));
    sigma.on("leaveNode", () => this.hideTooltip());

    sigma.on("clickNode", (payload: SigmaNodeEventPayload) => {
      this.focus({ preventScroll: true });
      this.hideMenu();
      if (this.dragMoved) return; // the end of a drag, not a click
      const original = payload.event.original as MouseEvent;
      const additive = original.shiftKey || original.ctrlKey || original.metaKey;
      this.dispatch("node-click", idDetail(payload.node));
      this.changeSelection(nextSelection([...this.selected], payload.node, additive));
    });
    sigma.on("doubleClickNode", (payload: SigmaNodeEventPayload) => {
      payload.preventSigmaDefault(); // no zoom: the server opens the node
      this.dispatch("node-dblclick", idDetail(payload.node));
    });
    sigma.on("rightClickNode", (payload: SigmaNodeEventPayload) => {
      payload.event.original.preventDefault();
      payload.preventSigmaDefault();
      this.showMenu(payload.node, payload.event.x, payload.event.y);
    });
    sigma.on("clickStage", (_: SigmaStageEventPayload) => {
      this.hideMenu();
      this.dispatch("stage-click", {});
      if (this.selected.size > 0) this.changeSelection([]);
    });
    this.stage.addEventListener("contextmenu", (e) => e.preventDefault());

    // Dragging nodes, as in sigma's "drag and drop" example.
    sigma.on("downNode", (e) => {
      this.stopLayout();
      this.dragged = e.node;
      this.dragMoved = false;
      if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    });
    sigma.on("moveBody", ({ event }) => {
      if (!this.dragged) return;
      const pos = sigma.viewportToGraph(event);
      this.g.mergeNodeAttributes(this.dragged, { x: pos.x, y: pos.y, placed: true });
      this.dragMoved = true;
      this.hideTooltip();
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    const endDrag = () => {
      if (this.dragged && this.dragMoved) this.dispatch("node-drag-end", dragEndDetail(this.g, [this.dragged]));
      this.dragged = null;
      // The click that follows this mouseup must still see dragMoved; reset it once that click has run.
      setTimeout(() => (this.dragMoved = false), 0);
    };
    sigma.on("upNode", endDrag);
    sigma.on("upStage", endDrag);
  }

  private changeSelection(ids: string[]): void {
    if (sameIds(ids, [...this.selected])) return;
    this.selected = new Set(ids);
    this.selection = ids;
    this.dispatch("node-select", selectionDetail(ids));
  }

  private onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      this.hideMenu();
      if (this.focusOn) this.setFocus(null);
      return;
    }
    if (e.key === "1" || e.key === "2" || e.key === "3") {
      const last = [...this.selected].pop();
      if (last === undefined || !this.g.hasNode(last)) return;
      this.setFocus({ id: last, hops: clampHops(e.key) });
      e.preventDefault();
    }
  };

  /** The context menu closes when focus leaves the diagram (a click elsewhere on the page). */
  private onFocusOut = (e: FocusEvent) => {
    const next = e.relatedTarget as Node | null;
    if (!next || !(this.contains(next) || this.renderRoot.contains(next))) this.hideMenu();
  };

  private setFocus(focus: FocusSpec | null): void {
    this.focusOn = focus;
    this.dispatch("focus-change", focus ? { id: focus.id, hops: focus.hops } : { id: null, hops: 0 });
  }

  private showTooltip(node: string, x: number, y: number): void {
    this.hideTooltip();
    const a = this.g.getNodeAttributes(node);
    this.tooltip = buildTooltip(document, a.label, captionsFor(a, this.styles));
    this.tooltip.style.left = `${x + 12}px`;
    this.tooltip.style.top = `${y + 12}px`;
    this.renderRoot.appendChild(this.tooltip);
  }

  private hideTooltip(): void {
    this.tooltip?.remove();
    this.tooltip = null;
  }

  private showMenu(node: string, x: number, y: number): void {
    this.hideMenu();
    this.hideTooltip();
    const actions = actionsFor(this.actions, node, String(this.g.getNodeAttribute(node, "kind") ?? ""));
    if (actions.length === 0) return;
    this.menu = buildContextMenu(document, this.g.getNodeAttribute(node, "label"), actions, (action) => {
      this.dispatch("node-context", contextDetail(node, action));
      this.hideMenu();
      this.focus({ preventScroll: true });
    });
    this.menu.style.left = `${x}px`;
    this.menu.style.top = `${y}px`;
    this.renderRoot.appendChild(this.menu);
    (this.menu.querySelector("button") as HTMLButtonElement | null)?.focus();
  }

  private hideMenu(): void {
    // Cleared first: removing the focused menu fires focusout, which calls this again.
    const menu = this.menu;
    this.menu = null;
    menu?.remove();
  }

  private hideOverlays(): void {
    this.hideTooltip();
    this.hideMenu();
  }

  private dispatch(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  // ---- methods the server calls ----------------------------------------------------------------------------

  /**
   * Applies what changed (NetworkGraph.patchGraph) to the graph shown: as if the server had sent the whole changed
   * graph with keepPositions — drawn positions kept, no layout.
   */
  applyPatch(patch: GraphPatchJson): void {
    const next = applyPatch(this.graph, patch ?? {});
    // Only drawn nodes' attributes changed (a suspended organization and the residents whose gap flags changed):
    // change them where they are instead of building, merging and indexing the whole graph again.
    // Only onto the graph drawn: a whole graph set in the same round trip, not built yet, must still be built.
    const inPlace = this.rendered && this.fa2 === null && this.graph === this.builtFrom
      ? attributeChangesOnly(this.g, patch ?? {}) : null;
    if (inPlace) {
      for (const n of inPlace) {
        this.g.mergeNodeAttributes(String(n.id), {
          label: n.label == null ? String(n.id) : String(n.label),
          kind: n.kind ?? "",
          flags: Array.isArray(n.flags) ? n.flags.map(String) : [],
          explicitSize: Number.isFinite(n.size) ? n.size : undefined,
        });
      }
      this.changedInPlace = true;
    }
    this.keepPositions = true;
    this.graph = next;
  }

  /** Resets the camera to show the whole graph. */
  fit(): void {
    this.sigma?.setCustomBBox(null);
    this.sigma?.refresh();
    this.sigma?.getCamera().animatedReset({ duration: 300 });
  }

  /** Where a node is drawn, in CSS pixels from the element's top left corner (null if unknown or hidden). */
  viewportPosition(id: string): [number, number] | null {
    const data = this.sigma?.getNodeDisplayData(id);
    if (!this.sigma || !data || data.hidden) return null;
    // At the current camera: sigma's own matrix is that of its last draw, which a camera move may not have caused yet.
    const p = this.sigma.framedGraphToViewport(data, { cameraState: this.sigma.getCamera().getState() });
    return [Math.round(p.x), Math.round(p.y)];
  }

  /** Every node's position, {id: [x, y]}. */
  positions(): Record<string, [number, number]> {
    return positionsOf(this.g);
  }

  /** What is drawn, as a PNG data URL. */
  async exportPng(): Promise<string> {
    if (!this.sigma) return "";
    const blob = await toBlob(this.sigma, {
      format: "png",
      backgroundColor: "#ffffff",
      withTempRenderer: (tmp: Sigma) => {
        const canvas = tmp.createCanvas("dashed-edges", { afterLayer: "edges" });
        this.drawDashedEdges(tmp, canvas);
      },
    });
    return await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    });
  }

  /** What is visible (filters and focus applied), as an SVG document. */
  exportSvg(): string {
    return toSvg(this.g, {
      visibleNode: (id) => this.visibility.nodeVisible(id, this.g.getNodeAttribute(id, "kind")),
      visibleEdge: (id) => this.visibility.edgeVisible(String(this.g.getEdgeAttribute(id, "kind") ?? ""), true, true),
    });
  }

  /** performance.now() when the graph was last drawn sharp at the current camera (after a move: see raster-cache). */
  get settledAt(): number {
    return this.rasterCache?.settledAt ?? 0;
  }

  /**
   * Frames per second while the camera pans and zooms for {@code ms} milliseconds: animation frames counted, each
   * showing the camera's new state (drawn by sigma, or the raster cache's moved picture of a big graph); a frame that
   * sigma takes long to draw delays the next one, so a slow renderer shows up. For performance tests.
   */
  frameRate(ms = 2000): Promise<number> {
    const sigma = this.sigma;
    if (!sigma) return Promise.resolve(0);
    const camera = sigma.getCamera();
    const start = camera.getState();
    let frames = 0;
    return new Promise<number>((resolve) => {
      const t0 = performance.now();
      const step = (now: number) => {
        frames++;
        const t = (now - t0) / 1000;
        if (now - t0 >= ms) {
          camera.setState(start);
          resolve(Math.round((frames / ((now - t0) / 1000)) * 10) / 10);
          return;
        }
        camera.setState({ x: start.x + 0.2 * Math.sin(t * 2), y: start.y + 0.2 * Math.cos(t * 2),
          ratio: start.ratio * (1 + 0.5 * Math.sin(t * 3)), angle: start.angle });
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
  }
}

if (!customElements.get("tsunagari-graph")) customElements.define("tsunagari-graph", TsunagariGraph);

declare global {
  interface HTMLElementTagNameMap {
    "tsunagari-graph": TsunagariGraph;
  }
}
