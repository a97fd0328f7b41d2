// Keeping the user's picture when the server sends a changed graph (an edit here or in another tab): nodes already
// drawn stay where they are on screen, dragged ones included; new ones appear next to their neighbours. Pure, so
// that it can be tested without a browser; tsunagari-graph.ts calls it when the server asks to keep positions.
import type Graph from "graphology";

export interface MergeResult {
  /** Nodes of the new graph that were drawn before and keep their position. */
  kept: number;
  /** New nodes put next to their neighbours. */
  placedNear: number;
  /** New nodes with no placed neighbour, put on the rim of the picture. */
  placedOnRim: number;
}

/** A stable angle per id, so that the same change always looks the same. */
function angleOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) / 4294967296) * 2 * Math.PI;
}

/**
 * Gives the nodes of {@code next} that {@code previous} also has their position there and marks them placed. A new
 * node the server placed keeps the server's position; one it did not goes next to its placed neighbours (one step
 * out from their centre, the step being a typical edge length of the picture), or on the rim of the picture when none
 * of its neighbours is placed. Nothing is placed when no node is kept (a different graph: lay it out afresh).
 */
export function mergePositions(previous: Graph, next: Graph): MergeResult {
  const result: MergeResult = { kept: 0, placedNear: 0, placedOnRim: 0 };
  next.forEachNode((id) => {
    if (!previous.hasNode(id)) return;
    const { x, y } = previous.getNodeAttributes(id);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    next.mergeNodeAttributes(id, { x, y, placed: true });
    result.kept++;
  });
  if (result.kept === 0) return result;

  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  next.forEachNode((_, a) => {
    if (a.placed !== true) return;
    minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x); minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y);
  });
  const span = Math.max(maxX - minX, maxY - minY, 1);
  const step = typicalEdgeLength(next) ?? span * 0.1;

  // Nodes next to placed ones first, then their new neighbours, ring by ring; what is left has no placed neighbour.
  let waiting = next.filterNodes((_, a) => a.placed !== true).sort();
  while (waiting.length > 0) {
    const placedNow: Array<[string, number, number]> = [];
    for (const id of waiting) {
      let sx = 0, sy = 0, n = 0;
      next.forEachNeighbor(id, (_, a) => {
        if (a.placed === true) { sx += a.x; sy += a.y; n++; }
      });
      if (n === 0) continue;
      const angle = angleOf(id);
      placedNow.push([id, sx / n + step * Math.cos(angle), sy / n + step * Math.sin(angle)]);
    }
    if (placedNow.length === 0) break;
    // Placed after the pass, so the result does not depend on the order within a ring.
    for (const [id, x, y] of placedNow) next.mergeNodeAttributes(id, { x, y, placed: true });
    result.placedNear += placedNow.length;
    const done = new Set(placedNow.map(([id]) => id));
    waiting = waiting.filter((id) => !done.has(id));
  }
  const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2, radius = span * 0.6;
  for (const id of waiting) {
    const angle = angleOf(id);
    next.mergeNodeAttributes(id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), placed: true });
    result.placedOnRim++;
  }
  return result;
}

/** The median length of the edges between placed nodes, or null when there is none. */
function typicalEdgeLength(graph: Graph): number | null {
  const lengths: number[] = [];
  graph.forEachEdge((_, __, s, t, sa, ta) => {
    if (sa.placed === true && ta.placed === true) {
      const d = Math.hypot(sa.x - ta.x, sa.y - ta.y);
      if (d > 0) lengths.push(d);
    }
  });
  if (lengths.length === 0) return null;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)];
}
