// Focus mode (like Kumu): only the nodes within k hops of one node stay visible, whatever the edges' direction.
import type Graph from "graphology";

export const MAX_HOPS = 3;

export function clampHops(hops: unknown): number {
  const n = Math.trunc(Number(hops));
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(n, MAX_HOPS);
}

/** The ids within {@code hops} steps of {@code id} (the node itself included); empty if the node is unknown. */
export function kHopNeighbourhood(graph: Graph, id: string, hops: number): Set<string> {
  const seen = new Set<string>();
  if (!graph.hasNode(id)) return seen;
  seen.add(id);
  let frontier = [id];
  for (let depth = 0; depth < hops && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbour) => {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          next.push(neighbour);
        }
      });
    }
    frontier = next;
  }
  return seen;
}
