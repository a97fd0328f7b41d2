// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { actionsFor, buildContextMenu, buildTooltip } from "../src/dom.js";

const XSS = `<img src=x onerror=alert(1)>`;

describe("tooltip and context menu", () => {
  it("show a label holding markup as literal text, creating no element from it", () => {
    const tooltip = buildTooltip(document, XSS, ["<b>利用者</b>"]);
    document.body.append(tooltip);
    expect(tooltip.textContent).toBe(XSS + "<b>利用者</b>");
    expect(tooltip.querySelector("img, b")).toBeNull();
    expect(tooltip.innerHTML).toContain("&lt;img");
  });

  it("list the server's actions as buttons that report the action's id, labels as text", () => {
    const picked = vi.fn();
    const menu = buildContextMenu(document, XSS, [{ id: "open", label: "開く" }, { id: "x", label: "<script>bad()</script>" }], picked);
    expect(menu.querySelector("img, script")).toBeNull();
    const buttons = [...menu.querySelectorAll("button")];
    expect(buttons.map((b) => b.textContent)).toEqual(["開く", "<script>bad()</script>"]);
    buttons[0].click();
    expect(picked).toHaveBeenCalledWith("open");
  });

  it("offer an action only on the kinds and nodes it names, every action where it names none", () => {
    const actions = [
      { id: "all", label: "all" },
      { id: "helpers", label: "h", kinds: ["person", "organization"] },
      { id: "one", label: "1", nodes: ["org-1"] },
      { id: "both", label: "b", kinds: ["organization"], nodes: ["org-1", "per-1"] },
    ];
    expect(actionsFor(actions, "org-1", "organization").map((a) => a.id)).toEqual(["all", "helpers", "one", "both"]);
    expect(actionsFor(actions, "per-1", "person").map((a) => a.id)).toEqual(["all", "helpers"]);
    expect(actionsFor(actions, "res-1", "resident").map((a) => a.id)).toEqual(["all"]);
    expect(actionsFor([{ id: "x", label: "x", kinds: [] }], "res-1", "resident")).toEqual([]);
    expect(actionsFor(null, "res-1", "resident")).toEqual([]);
  });
});
