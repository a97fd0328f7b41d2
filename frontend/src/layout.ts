// Where nodes go before sigma draws them. ForceAtlas2 itself runs in a web worker (see tsunagari-graph.ts); this
// module only decides the starting positions, so that it can be tested without a browser.
import type Graph from "graphology";
import { circular } from "graphology-layout";

export type LayoutSpec =
  | { name: "forceatlas2"; durationMs: number }
  | { name: "keep" }
  | { name: "circular" };

export const DEFAULT_FA2_MS = 3000;
export const MAX_FA2_MS = 60000;

/** The server's layout property, made safe: unknown names become ForceAtlas2, durations are bounded. */
export function normalizeLayout(spec: unknown): LayoutSpec {
  const s = (spec ?? {}) as { name?: unknown; durationMs?: unknown };
  if (s.name === "keep" || s.name === "circular") return { name: s.name };
  const ms = Number(s.durationMs);
  return { name: "forceatlas2", durationMs: Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_FA2_MS) : DEFAULT_FA2_MS };
}

/** A small seeded generator, so that the same graph starts the same way (and tests are repeatable). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Gives every node a position to start from. "circular" places all nodes; "keep" keeps the server's positions and
 * puts each unplaced node next to its placed neighbours (or on a circle when it has none); "forceatlas2" scatters
 * the unplaced ones over the placed ones' extent, for the worker to arrange.
 */
export function initialPositions(graph: Graph, spec: LayoutSpec): void {
  if (spec.name === "circular") {
    circular.assign(graph, { scale: 100 });
    graph.forEachNode((id) => graph.setNodeAttribute(id, "placed", true));
    return;
  }
  const placed = graph.filterNodes((_, a) => a.placed === true);
  const unplaced = graph.filterNodes((_, a) => a.placed !== true);
  if (unplaced.length === 0) return;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const id of placed) {
    const { x, y } = graph.getNodeAttributes(id);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  if (placed.length === 0) { minX = minY = -50; maxX = maxY = 50; }
  const spanX = Math.max(maxX - minX, 1), spanY = Math.max(maxY - minY, 1);
  const rng = seededRandom(graph.order * 7919 + graph.size);
  if (spec.name === "forceatlas2") {
    for (const id of unplaced) {
      graph.mergeNodeAttributes(id, { x: minX + rng() * spanX, y: minY + rng() * spanY });
    }
    return;
  }
  // keep
  const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2, radius = Math.max(spanX, spanY) * 0.75;
  unplaced.forEach((id, i) => {
    let sx = 0, sy = 0, n = 0;
    graph.forEachNeighbor(id, (nb, a) => {
      if (a.placed === true) { sx += a.x; sy += a.y; n++; }
    });
    const jitter = () => (rng() - 0.5) * spanX * 0.05;
    if (n > 0) {
      graph.mergeNodeAttributes(id, { x: sx / n + jitter(), y: sy / n + jitter() });
    } else {
      const angle = (2 * Math.PI * i) / unplaced.length;
      graph.mergeNodeAttributes(id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
    }
  });
}
