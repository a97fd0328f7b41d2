// What crosses to the server: ids, and positions only when a drag ends. Nothing of sigma's event objects (DOM
// events, coordinates, the graph) leaks into the CustomEvents' detail.
import type Graph from "graphology";

export type Positions = Record<string, [number, number]>;

const round = (v: number) => Math.round(v * 100) / 100;

export function positionsOf(graph: Graph, ids?: Iterable<string>): Positions {
  const out: Positions = {};
  const add = (id: string) => {
    const { x, y } = graph.getNodeAttributes(id);
    out[id] = [round(Number(x)), round(Number(y))];
  };
  if (ids) {
    for (const id of ids) if (graph.hasNode(id)) add(id);
  } else {
    graph.forEachNode((id) => add(id));
  }
  return out;
}

export const idDetail = (id: unknown) => ({ id: String(id) });
export const selectionDetail = (ids: Iterable<string>) => ({ ids: [...ids].map(String) });
export const contextDetail = (id: unknown, action: unknown) => ({ id: String(id), action: String(action) });
export const dragEndDetail = (graph: Graph, ids: Iterable<string>) => ({ positions: positionsOf(graph, ids) });

/** A plain click selects only the node; with Shift/Ctrl/⌘ it toggles the node in the selection. */
export function nextSelection(current: readonly string[], clicked: string, additive: boolean): string[] {
  if (!additive) return [clicked];
  return current.includes(clicked) ? current.filter((id) => id !== clicked) : [...current, clicked];
}

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
