// What sigma must redraw after the element's properties changed. A selection change (a click, or the server echoing
// it) only restyles the nodes that were or are now selected: re-running the reducers over a whole graph of thousands
// of nodes would hold up the click's event on its way to the server.

/** Properties whose change does not alter the picture. */
const NOT_DRAWN = new Set(["actions"]);

export type RefreshPlan = { full: true } | { full: false; nodes: string[] };

export function refreshPlan(changed: Iterable<string>, before: ReadonlySet<string>, after: ReadonlySet<string>): RefreshPlan {
  let selection = false;
  for (const key of changed) {
    if (key === "selection") selection = true;
    else if (!NOT_DRAWN.has(key)) return { full: true };
  }
  if (!selection) return { full: false, nodes: [] };
  const nodes = [...before].filter((id) => !after.has(id));
  for (const id of after) if (!before.has(id)) nodes.push(id);
  return { full: false, nodes };
}
