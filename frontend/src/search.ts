// Label search that forgives how Japanese is typed: full-width/half-width (NFKC), hiragana vs katakana, case, spaces.
import type Graph from "graphology";

const HIRAGANA_START = 0x3041, HIRAGANA_END = 0x3096, KATA_OFFSET = 0x60;

/** NFKC (ｱ → ア, Ａ → A), hiragana folded to katakana, lower case, no whitespace. */
export function normalizeForSearch(text: string): string {
  let out = "";
  for (const ch of String(text ?? "").normalize("NFKC").toLowerCase()) {
    const code = ch.codePointAt(0)!;
    if (/\s/u.test(ch)) continue;
    out += code >= HIRAGANA_START && code <= HIRAGANA_END ? String.fromCodePoint(code + KATA_OFFSET) : ch;
  }
  return out;
}

export function labelMatches(label: string, query: string): boolean {
  const q = normalizeForSearch(query);
  return q.length > 0 && normalizeForSearch(label).includes(q);
}

/** Ids of the nodes whose label matches; none for a blank query. */
export function matchingNodes(graph: Graph, query: string): string[] {
  const q = normalizeForSearch(query);
  if (q.length === 0) return [];
  const ids: string[] = [];
  graph.forEachNode((id, attrs) => {
    if (normalizeForSearch(String(attrs.label ?? "")).includes(q)) ids.push(id);
  });
  return ids;
}
