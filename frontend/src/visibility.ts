// Which nodes the reducers hide: the server's filters (ids or kinds) first, then focus mode on what remains.
import type Graph from "graphology";
import { clampHops, kHopNeighbourhood } from "./neighbourhood.js";

export interface HiddenSpec {
  ids?: string[];
  kinds?: string[];
}

export interface FocusSpec {
  id: string;
  hops: number;
}

export class Visibility {
  private readonly hiddenIds: Set<string>;
  private readonly hiddenKinds: Set<string>;
  /** Null when not focused. */
  readonly focusSet: Set<string> | null;

  constructor(private readonly graph: Graph, hidden: HiddenSpec | null | undefined, focus: FocusSpec | null | undefined) {
    this.hiddenIds = new Set((hidden?.ids ?? []).map(String));
    this.hiddenKinds = new Set((hidden?.kinds ?? []).map(String));
    this.focusSet = focus && graph.hasNode(focus.id) && this.filtersAllow(focus.id)
      ? kHopNeighbourhood(this.filtered(), focus.id, clampHops(focus.hops))
      : null;
  }

  private filtersAllow(id: string): boolean {
    return !this.hiddenIds.has(id) && !this.hiddenKinds.has(String(this.graph.getNodeAttribute(id, "kind")));
  }

  /** The graph without filtered nodes, for the neighbourhood walk (a hidden node does not connect others). */
  private filtered(): Graph {
    if (this.hiddenIds.size === 0 && this.hiddenKinds.size === 0) return this.graph;
    const copy = this.graph.copy();
    this.graph.forEachNode((id) => {
      if (!this.filtersAllow(id)) copy.dropNode(id);
    });
    return copy;
  }

  nodeVisible(id: string, kind: string): boolean {
    if (this.hiddenIds.has(id) || this.hiddenKinds.has(kind)) return false;
    return this.focusSet === null || this.focusSet.has(id);
  }

  edgeVisible(edgeKind: string, sourceVisible: boolean, targetVisible: boolean): boolean {
    return sourceVisible && targetVisible && !this.hiddenKinds.has(edgeKind);
  }
}
