// A plain SVG of what is visible: edges as lines (dashed ones dashed), nodes as circles with their halo, labels as
// <text>. Every value from the data is XML-escaped.
import type Graph from "graphology";

export function escapeXml(text: unknown): string {
  return String(text ?? "").replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export interface SvgOptions {
  visibleNode?: (id: string) => boolean;
  visibleEdge?: (id: string) => boolean;
  margin?: number;
}

const num = (v: number) => String(Math.round(v * 100) / 100);

export function toSvg(graph: Graph, options: SvgOptions = {}): string {
  const margin = options.margin ?? 20;
  const visibleNode = options.visibleNode ?? (() => true);
  const visibleEdge = options.visibleEdge ?? (() => true);
  const nodes = graph.filterNodes((id) => visibleNode(id));
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const id of nodes) {
    const a = graph.getNodeAttributes(id);
    const r = Number(a.size ?? 5);
    minX = Math.min(minX, a.x - r); maxX = Math.max(maxX, a.x + r);
    minY = Math.min(minY, -a.y - r); maxY = Math.max(maxY, -a.y + r);
  }
  if (nodes.length === 0) minX = minY = maxX = maxY = 0;
  const width = maxX - minX + 2 * margin, height = maxY - minY + 2 * margin;
  // Graph y grows upwards (as sigma draws it), SVG y downwards.
  const px = (x: number) => num(x - minX + margin), py = (y: number) => num(-y - minY + margin);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g class="edges">`,
  ];
  graph.forEachEdge((id, a, s, t, sa, ta) => {
    if (!visibleEdge(id) || !visibleNode(s) || !visibleNode(t)) return;
    const dash = a.dashed ? ` stroke-dasharray="4 3"` : "";
    out.push(`<line x1="${px(sa.x)}" y1="${py(sa.y)}" x2="${px(ta.x)}" y2="${py(ta.y)}" stroke="${escapeXml(a.color ?? "#b0bec5")}" stroke-width="${num(Number(a.size ?? 1))}"${dash}/>`);
  });
  out.push(`</g>`, `<g class="nodes">`);
  for (const id of nodes) {
    const a = graph.getNodeAttributes(id);
    const r = Number(a.size ?? 5);
    // As the WebGL program draws them: halo ring outermost, then the kind's ring (hollow kinds), then the fill.
    let inner = r;
    if (Number(a.haloSize ?? 0) > 0) {
      out.push(`<circle cx="${px(a.x)}" cy="${py(a.y)}" r="${num(inner)}" fill="${escapeXml(a.haloColor)}"/>`);
      inner *= 1 - Number(a.haloSize);
    }
    const ring = Number(a.ringSize ?? 0) > 0
      ? ` stroke="${escapeXml(a.color)}" stroke-width="${num(inner * Number(a.ringSize))}"` : "";
    const fillR = ring ? inner * (1 - Number(a.ringSize) / 2) : inner;
    out.push(`<circle cx="${px(a.x)}" cy="${py(a.y)}" r="${num(fillR)}" fill="${escapeXml(a.fillColor ?? a.color ?? "#607d8b")}"${ring}/>`);
    out.push(`<text x="${px(a.x + r + 2)}" y="${py(a.y)}" font-family="sans-serif" font-size="12" dominant-baseline="middle">${escapeXml(a.label)}</text>`);
  }
  out.push(`</g>`, `</svg>`);
  return out.join("\n");
}
