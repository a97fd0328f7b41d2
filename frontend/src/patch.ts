// A live change sent as what differs (jp.tsunagari.diagram.GraphPatch) instead of the whole graph: a council
// session's projections get the presenter's 1,000-node picture after every change, where usually one node's flags
// differ. Pure, so it is tested without a browser; it must give what GraphPatch.applyTo gives on the server.
import type { EdgeJson, GraphJson, NodeJson } from "./model";

export interface GraphPatchJson {
  /** Nodes added or changed, whole. */
  nodes?: NodeJson[];
  removedNodes?: string[];
  /** Edges added, and edges taken out by value (one equal edge each). */
  edges?: EdgeJson[];
  removedEdges?: EdgeJson[];
}

function edgeKey(e: EdgeJson): string {
  return JSON.stringify([e.id ?? null, e.source, e.target, e.kind ?? "", e.dashed === true]);
}

/**
 * The graph with the patch applied: removed nodes and edges taken out, changed nodes replaced where they were,
 * added ones appended; edges of removed nodes go with them. The graph passed in is not changed.
 */
export function applyPatch(graph: GraphJson | null, patch: GraphPatchJson): GraphJson {
  const nodes0 = graph?.nodes ?? [], edges0 = graph?.edges ?? [];
  const changed = new Map<string, NodeJson>();
  for (const n of patch.nodes ?? []) changed.set(String(n.id), n);
  const removed = new Set((patch.removedNodes ?? []).map(String));
  const nodes: NodeJson[] = [];
  for (const n of nodes0) {
    const id = String(n.id);
    if (removed.has(id)) continue;
    const now = changed.get(id);
    changed.delete(id);
    nodes.push(now ?? n);
  }
  nodes.push(...changed.values());
  const ids = new Set(nodes.map((n) => String(n.id)));
  const toRemove = new Map<string, number>();
  for (const e of patch.removedEdges ?? []) toRemove.set(edgeKey(e), (toRemove.get(edgeKey(e)) ?? 0) + 1);
  const edges: EdgeJson[] = [];
  for (const e of edges0) {
    const key = edgeKey(e), n = toRemove.get(key) ?? 0;
    if (n > 0) toRemove.set(key, n - 1);
    else if (ids.has(String(e.source)) && ids.has(String(e.target))) edges.push(e);
  }
  edges.push(...(patch.edges ?? []));
  return { nodes, edges };
}

/**
 * The nodes to change in place when the patch only changes nodes already drawn (their label, kind, flags or size:
 * a suspended organization and the residents whose gaps it changed), or null when it adds or removes nodes or edges
 * — then the graph is built anew and merged.
 */
export function attributeChangesOnly(drawn: { hasNode(id: string): boolean }, patch: GraphPatchJson): NodeJson[] | null {
  if ((patch.removedNodes ?? []).length > 0 || (patch.edges ?? []).length > 0 || (patch.removedEdges ?? []).length > 0) {
    return null;
  }
  const nodes = patch.nodes ?? [];
  return nodes.every((n) => n != null && n.id != null && drawn.hasNode(String(n.id))) ? nodes : null;
}
