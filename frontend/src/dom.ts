// The element's only DOM made from data: the hover tooltip and the context menu. Labels come from the server's
// data and may hold anything (「<img onerror=…>」 included), so they are set as textContent, never as HTML.

export interface Action {
  id: string;
  label: string;
  /** Offered only on nodes of these kinds (absent: every kind). */
  kinds?: string[] | null;
  /** Offered only on these nodes (absent: every node). */
  nodes?: string[] | null;
}

/** The actions offered on one node, in the server's order. */
export function actionsFor(actions: readonly Action[] | null | undefined, id: string, kind: string): Action[] {
  return (actions ?? []).filter((a) => (!Array.isArray(a.kinds) || a.kinds.includes(kind))
    && (!Array.isArray(a.nodes) || a.nodes.includes(id)));
}

export function buildTooltip(doc: Document, label: string, captions: readonly string[]): HTMLElement {
  const box = doc.createElement("div");
  box.className = "tooltip";
  box.setAttribute("role", "tooltip");
  const title = doc.createElement("div");
  title.className = "tooltip-label";
  title.textContent = label;
  box.append(title);
  for (const caption of captions) {
    const line = doc.createElement("div");
    line.className = "tooltip-caption";
    line.textContent = caption;
    box.append(line);
  }
  return box;
}

export function buildContextMenu(
  doc: Document,
  nodeLabel: string,
  actions: readonly Action[],
  onPick: (actionId: string) => void,
): HTMLElement {
  const menu = doc.createElement("div");
  menu.className = "menu";
  menu.setAttribute("role", "menu");
  const heading = doc.createElement("div");
  heading.className = "menu-heading";
  heading.textContent = nodeLabel;
  menu.append(heading);
  for (const action of actions) {
    const item = doc.createElement("button");
    item.type = "button";
    item.className = "menu-item";
    item.setAttribute("role", "menuitem");
    item.dataset.action = String(action.id);
    item.textContent = String(action.label);
    item.addEventListener("click", (e) => {
      e.stopPropagation();
      onPick(String(action.id));
    });
    menu.append(item);
  }
  return menu;
}
