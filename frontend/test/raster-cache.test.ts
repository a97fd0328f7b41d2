// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RasterCache, apply, cssMatrix, similarity, type Point } from "../src/raster-cache.js";

interface State { x: number; y: number; ratio: number; angle: number }

/** A stand-in for sigma: a camera (no angle), canvases, and a draw whose duration the test decides. */
class FakeSigma {
  listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  cameraListeners = new Set<() => void>();
  state: State = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  /** As sigma: conversions without a camera given use the matrix of the last draw. */
  drawnState: State = { ...this.state };
  renders = 0;
  scheduled = 0;
  drawMs = 0;
  clock = 0;
  canvases: Record<string, HTMLCanvasElement> = {
    edges: document.createElement("canvas"), nodes: document.createElement("canvas"),
    labels: document.createElement("canvas"), mouse: document.createElement("canvas"),
  };
  activeListeners: { camera?: () => void } = {};
  camera = {
    getState: () => ({ ...this.state }),
    setState: (s: Partial<State>) => {
      this.state = { ...this.state, ...s };
      this.cameraListeners.forEach((l) => l());
    },
    on: (_: string, l: () => void) => this.cameraListeners.add(l),
    removeListener: (_: string, l: () => void) => this.cameraListeners.delete(l),
  };

  constructor() {
    this.activeListeners.camera = () => this.scheduleRender();
    this.camera.on("updated", this.activeListeners.camera);
  }

  graph = { order: 20000, size: 60000 };
  getGraph() { return this.graph; }
  getCamera() { return this.camera; }
  getCanvases() { return this.canvases; }
  getDimensions() { return { width: 800, height: 600 }; }
  on(event: string, l: (...a: unknown[]) => void) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(l);
  }
  off(event: string, l: (...a: unknown[]) => void) { this.listeners.get(event)?.delete(l); }
  emit(event: string) { this.listeners.get(event)?.forEach((l) => l()); }
  scheduleRender() { this.scheduled++; return this; }
  render() {
    this.emit("beforeRender");
    this.clock += this.drawMs;
    this.drawnState = { ...this.state };
    this.renders++;
    this.emit("afterRender");
  }
  // framed graph coordinates ↔ viewport, as sigma does without rotation: 1 framed unit = 600 px at ratio 1
  viewportToFramedGraph(p: Point, o?: { cameraState?: State }): Point {
    const c = o?.cameraState ?? this.drawnState;
    return { x: c.x + ((p.x - 400) / 600) * c.ratio, y: c.y + ((p.y - 300) / 600) * c.ratio };
  }
  framedGraphToViewport(p: Point, o?: { cameraState?: State }): Point {
    const c = o?.cameraState ?? this.drawnState;
    return { x: 400 + ((p.x - c.x) / c.ratio) * 600, y: 300 + ((p.y - c.y) / c.ratio) * 600 };
  }
}

const close = (a: Point, b: Point) => {
  expect(a.x).toBeCloseTo(b.x, 6);
  expect(a.y).toBeCloseTo(b.y, 6);
};

/** The matrix a canvas shows, read back from its CSS. */
const matrixOf = (canvas: HTMLCanvasElement) =>
  canvas.style.transform.replace(/^matrix\(|\)$/g, "").split(",").map(Number) as [number, number, number, number, number, number];

describe("similarity", () => {
  it("takes each reference point to its image: translation, scale and rotation", () => {
    const p1 = { x: 0, y: 0 }, p2 = { x: 100, y: 50 };
    for (const [q1, q2] of [
      [{ x: 10, y: -5 }, { x: 110, y: 45 }], // a pan
      [{ x: 0, y: 0 }, { x: 200, y: 100 }], // zoom in ×2 about the origin
      [{ x: 5, y: 5 }, { x: 5 - 50, y: 5 + 100 }], // a quarter turn
    ] as [Point, Point][]) {
      const m = similarity(p1, p2, q1, q2);
      close(apply(m, p1), q1);
      close(apply(m, p2), q2);
    }
  });

  it("is the identity for an unmoved camera, written as a CSS matrix", () => {
    const m = similarity({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 0 }, { x: 10, y: 10 });
    expect(cssMatrix(m)).toBe("matrix(1,0,0,1,0,0)");
  });
});

describe("raster cache", () => {
  let sigma: FakeSigma, stage: HTMLElement, cache: RasterCache;
  let frames: (() => void)[];

  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal("requestAnimationFrame", (cb: (t: number) => void) => frames.push(() => cb(0)));
    sigma = new FakeSigma();
    vi.spyOn(performance, "now").mockImplementation(() => sigma.clock);
    stage = document.createElement("div");
    stage.append(...Object.values(sigma.canvases));
    document.body.append(stage);
    cache = new RasterCache(sigma as never, stage, { slowDrawMs: 50, settleMs: 180 });
  });

  afterEach(() => {
    cache.detach();
    stage.remove();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  /** sigma draws; the animation frames after it come once the draw is done. */
  const draw = () => {
    sigma.render();
    for (let i = 0; i < 2; i++) frames.splice(0).forEach((f) => f());
  };

  it("leaves a graph that draws fast to sigma: every camera move is drawn", () => {
    sigma.drawMs = 5;
    draw();
    sigma.camera.setState({ x: 0.6 });
    expect(sigma.scheduled).toBe(1);
    expect(cache.transformed).toBe(false);
    expect(sigma.canvases.nodes.style.transform).toBe("");
  });

  it("moves the last picture of a slow graph with the camera, each point where the new camera shows it", () => {
    sigma.drawMs = 400;
    draw();
    const drawnAt = sigma.camera.getState();
    sigma.camera.setState({ x: 0.6, y: 0.45, ratio: 0.5 }); // pan and zoom in
    expect(sigma.scheduled).toBe(0);
    expect(cache.transformed).toBe(true);
    const m = matrixOf(sigma.canvases.nodes);
    for (const graphPoint of [{ x: 0.5, y: 0.5 }, { x: 0.7, y: 0.3 }]) {
      const before = sigma.framedGraphToViewport(graphPoint, { cameraState: drawnAt });
      const now = sigma.framedGraphToViewport(graphPoint, { cameraState: sigma.camera.getState() });
      const shown = apply(m, before);
      expect(shown.x).toBeCloseTo(now.x, 3);
      expect(shown.y).toBeCloseTo(now.y, 3);
    }
    expect(sigma.canvases.labels.style.transform).toBe(sigma.canvases.nodes.style.transform);
    expect(sigma.canvases.mouse.style.transform).toBe(""); // the pointer's layer stays where it is
  });

  it("draws sharp once the camera has been still, and shows the drawing untransformed", () => {
    sigma.drawMs = 400;
    draw();
    sigma.camera.setState({ x: 0.6 });
    vi.advanceTimersByTime(100);
    sigma.camera.setState({ x: 0.7 });
    vi.advanceTimersByTime(100);
    expect(sigma.scheduled).toBe(0); // still moving 100 ms ago
    vi.advanceTimersByTime(100);
    expect(sigma.scheduled).toBe(1);
    draw();
    expect(cache.transformed).toBe(false);
    expect(sigma.canvases.nodes.style.transform).toBe("");
    expect(cache.settledAt).toBe(sigma.clock);
  });

  it("draws at the current camera before a mouse press, so the click picks the node under the pointer", () => {
    sigma.drawMs = 400;
    draw();
    sigma.camera.setState({ ratio: 2 });
    const rendersBefore = sigma.renders;
    sigma.canvases.mouse.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
    expect(sigma.renders).toBe(rendersBefore + 1);
    expect(cache.transformed).toBe(false);
    // Not drawn again when nothing moved.
    sigma.canvases.mouse.dispatchEvent(new MouseEvent("mousedown", { bubbles: true }));
    expect(sigma.renders).toBe(rendersBefore + 1);
  });

  it("ignores hovering while the picture is transformed, and lets drags through", () => {
    sigma.drawMs = 400;
    draw();
    const heard: number[] = [];
    document.addEventListener("mousemove", (e) => heard.push(e.buttons));
    sigma.canvases.mouse.dispatchEvent(new MouseEvent("mousemove", { bubbles: true, buttons: 0 }));
    sigma.camera.setState({ x: 0.9 });
    sigma.canvases.mouse.dispatchEvent(new MouseEvent("mousemove", { bubbles: true, buttons: 0 }));
    sigma.canvases.mouse.dispatchEvent(new MouseEvent("mousemove", { bubbles: true, buttons: 1 }));
    expect(heard).toEqual([0, 1]);
  });

  it("switches to the cache when frames come late while the camera moves (WebGL working on after the draw)", () => {
    sigma.drawMs = 5; // the draw call returns at once…
    draw();
    sigma.camera.setState({ x: 0.6 });
    draw();
    sigma.clock += 900; // …but the next frame, and with it the next camera move, came 900 ms later
    sigma.camera.setState({ x: 0.7 });
    expect(cache.transformed).toBe(true);
    expect(cache.lastDraw).toBeGreaterThan(800);
  });

  it("measures a new graph anew, and a quick draw of the same graph does not make it fast", () => {
    sigma.drawMs = 400;
    draw();
    sigma.drawMs = 5;
    draw();
    expect(cache.lastDraw).toBe(400);
    sigma.graph = { order: 10, size: 12 };
    draw();
    expect(cache.lastDraw).toBe(5);
    sigma.camera.setState({ x: 0.6 });
    expect(cache.transformed).toBe(false);
  });

  it("gives sigma its own camera handler back when detached", () => {
    sigma.drawMs = 400;
    draw();
    sigma.camera.setState({ x: 0.9 });
    cache.detach();
    expect(sigma.canvases.nodes.style.transform).toBe("");
    sigma.camera.setState({ x: 0.1 });
    expect(sigma.scheduled).toBe(1);
    expect(sigma.cameraListeners.size).toBe(1);
  });
});
