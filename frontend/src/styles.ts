// How a node or edge looks, from its kind and flags: the server sends one style sheet, the element resolves it per
// element once (when the graph or the sheet changes), not in every frame.

export interface KindStyle {
  color?: string;
  size?: number;
  /** "ring": a hollow circle in the kind's colour (e.g. organisations), "circle": filled. */
  shape?: "circle" | "ring";
  /** Shown in the tooltip under the label, e.g. 「民生委員」. */
  name?: string;
}

export interface FlagStyle {
  /** The halo's colour, e.g. red for 孤立 (isolated), orange for a single supporter. */
  halo: string;
  name?: string;
}

export interface EdgeKindStyle {
  color?: string;
  size?: number;
  /** Dashed: a tie outside the formal network (family, neighbours). */
  dashed?: boolean;
}

export interface StyleSheet {
  nodes?: Record<string, KindStyle>;
  /** In priority order: a node with several flags shows the halo of the first listed here. */
  flags?: Record<string, FlagStyle>;
  edges?: Record<string, EdgeKindStyle>;
}

export const DEFAULT_NODE_COLOR = "#607d8b";
export const DEFAULT_NODE_SIZE = 8;
export const DEFAULT_EDGE_COLOR = "#b0bec5";
export const DEFAULT_EDGE_SIZE = 1;
export const TRANSPARENT = "rgba(0,0,0,0)";
/** Halo and ring widths, relative to the node's radius (the @sigma/node-border "relative" mode). */
export const HALO_WIDTH = 0.28;
export const RING_WIDTH = 0.35;

export interface ResolvedNodeStyle {
  color: string;
  fillColor: string;
  size: number;
  ringSize: number;
  haloColor: string;
  haloSize: number;
  /** The flag whose halo is shown, if any. */
  haloFlag: string | null;
}

export interface ResolvedEdgeStyle {
  color: string;
  size: number;
  dashed: boolean;
}

export function resolveNodeStyle(
  node: { kind: string; flags?: readonly string[]; explicitSize?: number },
  sheet: StyleSheet | null | undefined,
): ResolvedNodeStyle {
  const kind = sheet?.nodes?.[node.kind] ?? {};
  const color = kind.color ?? DEFAULT_NODE_COLOR;
  let size = node.explicitSize ?? kind.size ?? DEFAULT_NODE_SIZE;
  const ring = kind.shape === "ring";
  let haloFlag: string | null = null;
  const flags = node.flags ?? [];
  if (flags.length > 0) {
    for (const flag of Object.keys(sheet?.flags ?? {})) {
      if (flags.includes(flag) && sheet!.flags![flag]?.halo) {
        haloFlag = flag;
        break;
      }
    }
  }
  // The halo is drawn inside the node's radius: grow the node so its body keeps the size of unflagged ones.
  if (haloFlag) size = size * (1 + HALO_WIDTH);
  return {
    color,
    fillColor: ring ? "#ffffff" : color,
    size,
    ringSize: ring ? RING_WIDTH : 0,
    haloColor: haloFlag ? sheet!.flags![haloFlag].halo : TRANSPARENT,
    haloSize: haloFlag ? HALO_WIDTH : 0,
    haloFlag,
  };
}

export function resolveEdgeStyle(edge: { kind: string; dashed?: boolean }, sheet: StyleSheet | null | undefined): ResolvedEdgeStyle {
  const kind = sheet?.edges?.[edge.kind] ?? {};
  return {
    color: kind.color ?? DEFAULT_EDGE_COLOR,
    size: kind.size ?? DEFAULT_EDGE_SIZE,
    dashed: edge.dashed === true || kind.dashed === true,
  };
}

/** The tooltip's caption lines: the kind's name, then the names of the node's flags that have one. */
export function captionsFor(node: { kind: string; flags?: readonly string[] }, sheet: StyleSheet | null | undefined): string[] {
  const lines: string[] = [];
  const kindName = sheet?.nodes?.[node.kind]?.name;
  if (kindName) lines.push(kindName);
  for (const flag of node.flags ?? []) {
    const name = sheet?.flags?.[flag]?.name;
    if (name) lines.push(name);
  }
  return lines;
}
