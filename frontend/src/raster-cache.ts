// A raster cache for camera moves on graphs too big to redraw every frame (tens of thousands of nodes, or WebGL in
// software): while the camera pans, zooms or rotates, sigma's canvases are not redrawn but shown as they were last
// drawn, moved by a CSS transform that maps the last drawn camera onto the current one; once the camera has been still
// for a moment, sigma draws the graph sharp again. Graphs that draw fast are left alone (sigma redraws every frame).
//
// Picking stays correct: a mouse press first draws the graph at the current camera (so sigma finds the node under the
// pointer in a fresh picking texture), and hovering is ignored while the picture is a transformed one.
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";

export interface Point {
  x: number;
  y: number;
}

/** A 2D similarity as the CSS matrix(a, b, c, d, e, f): x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

/**
 * The similarity (scale, rotation, translation) that takes p1 to q1 and p2 to q2: how a point drawn at p under the
 * last drawn camera appears under the current camera. p1 and p2 must differ.
 */
export function similarity(p1: Point, p2: Point, q1: Point, q2: Point): Matrix {
  const px = p2.x - p1.x, py = p2.y - p1.y, qx = q2.x - q1.x, qy = q2.y - q1.y;
  const norm = px * px + py * py;
  // q = s·R·p as complex numbers: (a + ib) = (qx + i·qy) / (px + i·py)
  const a = (qx * px + qy * py) / norm;
  const b = (qy * px - qx * py) / norm;
  const e = q1.x - (a * p1.x - b * p1.y);
  const f = q1.y - (b * p1.x + a * p1.y);
  return [a, b, -b, a, e, f];
}

export function apply(m: Matrix, p: Point): Point {
  return { x: m[0] * p.x + m[2] * p.y + m[4], y: m[1] * p.x + m[3] * p.y + m[5] };
}

export function cssMatrix(m: Matrix): string {
  return `matrix(${m.map((v) => (Math.abs(v) < 1e-9 ? 0 : Number(v.toFixed(6)))).join(",")})`;
}

export function sameCamera(a: CameraState, b: CameraState): boolean {
  return a.x === b.x && a.y === b.y && a.ratio === b.ratio && a.angle === b.angle;
}

export interface RasterCacheOptions {
  /**
   * Draws costing at least this long (ms: the draw call, or the frames it delayed, since WebGL works on after draw()
   * returned) make camera moves use the cache.
   */
  slowDrawMs: number;
  /** How long the camera must be still before the graph is drawn sharp again (ms). */
  settleMs: number;
}

/** One frame at 60 Hz. */
const FRAME_MS = 1000 / 60;

export const DEFAULT_OPTIONS: RasterCacheOptions = { slowDrawMs: 50, settleMs: 180 };

/** The part of sigma the cache uses (sigma's camera handler and render() are not in its public types). */
interface SigmaInternals {
  activeListeners: { camera?: () => void };
  render(): void;
}

export class RasterCache {
  /** performance.now() two animation frames after the graph was last drawn sharp, i.e. shown (the benchmark waits for it). */
  settledAt = 0;
  /** True while the canvases show a transformed picture instead of a drawing at the current camera. */
  transformed = false;

  private drawn: CameraState | null = null;
  private signature = "";
  private lastMoveAt = -Infinity;
  private drawsAtLastMove = 0;
  private draws = 0;
  private drawStarted = 0;
  private lastDrawMs = 0;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly original: () => void;
  private readonly onCamera = () => this.cameraMoved();
  private readonly onBefore = () => {
    this.drawStarted = performance.now();
    this.draws++;
  };
  private readonly onAfter = () => this.drawnNow();
  private readonly onPress = () => this.flush();
  private readonly onHover = (e: MouseEvent) => {
    // Picking would use the texture of the last drawn camera: no hover until the graph is drawn again.
    if (this.transformed && e.buttons === 0) e.stopPropagation();
  };

  constructor(private readonly sigma: Sigma, private readonly stage: HTMLElement,
              private readonly options: RasterCacheOptions = DEFAULT_OPTIONS) {
    const internals = sigma as unknown as SigmaInternals;
    const camera = sigma.getCamera();
    this.original = internals.activeListeners.camera ?? (() => sigma.scheduleRender());
    camera.removeListener("updated", this.original);
    // Sigma's kill() removes whatever this holds: the cache's handler from then on.
    internals.activeListeners.camera = this.onCamera;
    camera.on("updated", this.onCamera);
    sigma.on("beforeRender", this.onBefore);
    sigma.on("afterRender", this.onAfter);
    stage.addEventListener("mousedown", this.onPress, { capture: true });
    stage.addEventListener("touchstart", this.onPress, { capture: true });
    stage.addEventListener("contextmenu", this.onPress, { capture: true });
    stage.addEventListener("mousemove", this.onHover, { capture: true });
  }

  /** How long the last draw took (ms). */
  get lastDraw(): number {
    return this.lastDrawMs;
  }

  /** Gives sigma its camera handler back and shows the canvases as drawn. */
  detach(): void {
    clearTimeout(this.settleTimer);
    this.clearTransform();
    const internals = this.sigma as unknown as SigmaInternals;
    const camera = this.sigma.getCamera();
    camera.removeListener("updated", this.onCamera);
    internals.activeListeners.camera = this.original;
    camera.on("updated", this.original);
    this.sigma.off("beforeRender", this.onBefore);
    this.sigma.off("afterRender", this.onAfter);
    this.stage.removeEventListener("mousedown", this.onPress, { capture: true });
    this.stage.removeEventListener("touchstart", this.onPress, { capture: true });
    this.stage.removeEventListener("contextmenu", this.onPress, { capture: true });
    this.stage.removeEventListener("mousemove", this.onHover, { capture: true });
  }

  /** Draws the graph at the current camera now if the canvases show a transformed picture. */
  flush(): void {
    if (!this.transformed) return;
    clearTimeout(this.settleTimer);
    (this.sigma as unknown as SigmaInternals).render();
  }

  private cameraMoved(): void {
    const now = performance.now();
    // Camera moves come every frame: a long gap with a draw in it is what that draw cost.
    if (this.draws > this.drawsAtLastMove && now - this.lastMoveAt < 1000) {
      this.lastDrawMs = Math.max(this.lastDrawMs, now - this.lastMoveAt - FRAME_MS);
    }
    this.lastMoveAt = now;
    this.drawsAtLastMove = this.draws;
    if (!this.drawn || this.lastDrawMs < this.options.slowDrawMs) {
      this.original();
      return;
    }
    const current = this.sigma.getCamera().getState();
    if (sameCamera(current, this.drawn)) {
      this.clearTransform();
    } else {
      const { width, height } = this.sigma.getDimensions();
      // Two viewport points as drawn, and where the current camera shows the same graph points.
      const p1 = { x: 0, y: 0 }, p2 = { x: Math.max(width, 1), y: Math.max(height, 1) };
      // Both cameras given explicitly: without one, sigma converts with the matrix of its last draw.
      const from = { cameraState: this.drawn }, to = { cameraState: current };
      const q1 = this.sigma.framedGraphToViewport(this.sigma.viewportToFramedGraph(p1, from), to);
      const q2 = this.sigma.framedGraphToViewport(this.sigma.viewportToFramedGraph(p2, from), to);
      this.setTransform(cssMatrix(similarity(p1, p2, q1, q2)));
    }
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.sigma.scheduleRender(), this.options.settleMs);
  }

  private drawnNow(): void {
    const started = this.drawStarted;
    const graph = this.sigma.getGraph(), signature = `${graph.order}/${graph.size}`;
    // What a graph costs to draw only grows while it stays the same graph (a quick draw of a big graph may just mean
    // that WebGL had not finished yet); a new graph is measured anew.
    const js = performance.now() - started;
    this.lastDrawMs = signature === this.signature ? Math.max(this.lastDrawMs, js) : js;
    this.signature = signature;
    this.drawn = this.sigma.getCamera().getState();
    this.clearTransform();
    // WebGL draws on after draw() returns (in the GPU process; with SwiftShader, on the CPU): the next animation
    // frames wait for it. Asking WebGL whether it is done would block this thread, so frames are counted instead.
    requestAnimationFrame(() => {
      this.lastDrawMs = Math.max(this.lastDrawMs, performance.now() - started - FRAME_MS);
      requestAnimationFrame(() => {
        if (this.drawStarted === started) this.settledAt = performance.now();
      });
    });
  }

  private setTransform(css: string): void {
    this.transformed = true;
    for (const [id, canvas] of Object.entries(this.sigma.getCanvases())) {
      if (id === "mouse") continue;
      canvas.style.transformOrigin = "0 0";
      canvas.style.transform = css;
    }
  }

  private clearTransform(): void {
    if (!this.transformed) return;
    this.transformed = false;
    for (const canvas of Object.values(this.sigma.getCanvases())) canvas.style.transform = "";
  }
}
