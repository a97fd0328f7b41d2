// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { buildContextMenu, buildTooltip } from "../src/dom.js";

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
});
