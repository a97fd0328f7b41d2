// The JSON the server sets on <tsunagari-graph>, and its conversion to a graphology graph.
import Graph from "graphology";

export interface NodeJson {
  id: string;
  label: string;
  kind: string;
  x?: number;
  y?: number;
  size?: number;
  flags?: string[];
}

export interface EdgeJson {
  id?: string;
  source: string;
  target: string;
  kind?: string;
  dashed?: boolean;
}

export interface GraphJson {
  nodes: NodeJson[];
  edges: EdgeJson[];
}

/** Attributes every node of the element's graph carries (style attributes are added by styles.ts). */
export interface NodeAttributes {
  label: string;
  kind: string;
  flags: string[];
  x: number;
  y: number;
  /** False when the server sent no position: layouts place such nodes, "keep" included. */
  placed: boolean;
  explicitSize?: number;
  [key: string]: unknown;
}

export interface EdgeAttributes {
  kind: string;
  dashed: boolean;
  [key: string]: unknown;
}

export type TsGraph = Graph<NodeAttributes, EdgeAttributes>;

export interface BuildResult {
  graph: TsGraph;
  /** Edges left out because an end is not among the nodes (the server sent an inconsistent graph). */
  skippedEdges: number;
}

/**
 * Builds the graph. Edges are directed (supporter → resident) but several may join the same pair (a person can
 * both visit and phone), hence a multi graph. Edges without an id get a stable one from their position.
 */
export function buildGraph(json: GraphJson | null | undefined): BuildResult {
  const graph: TsGraph = new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: "directed", allowSelfLoops: false });
  let skippedEdges = 0;
  if (!json) return { graph, skippedEdges };
  for (const n of json.nodes ?? []) {
    if (n == null || n.id == null) continue;
    const placed = Number.isFinite(n.x) && Number.isFinite(n.y);
    graph.mergeNode(String(n.id), {
      label: n.label == null ? String(n.id) : String(n.label),
      kind: n.kind ?? "",
      flags: Array.isArray(n.flags) ? n.flags.map(String) : [],
      x: placed ? (n.x as number) : 0,
      y: placed ? (n.y as number) : 0,
      placed,
      explicitSize: Number.isFinite(n.size) ? n.size : undefined,
    });
  }
  (json.edges ?? []).forEach((e, i) => {
    if (e == null) return;
    const source = String(e.source), target = String(e.target);
    if (!graph.hasNode(source) || !graph.hasNode(target) || source === target) {
      skippedEdges++;
      return;
    }
    const key = e.id != null ? String(e.id) : `e${i}:${source}->${target}`;
    if (graph.hasEdge(key)) {
      skippedEdges++;
      return;
    }
    graph.addDirectedEdgeWithKey(key, source, target, { kind: e.kind ?? "", dashed: e.dashed === true });
  });
  return { graph, skippedEdges };
}
