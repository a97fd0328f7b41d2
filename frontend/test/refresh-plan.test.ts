import { describe, expect, it } from "vitest";
import { refreshPlan } from "../src/refresh-plan.js";

describe("refresh plan", () => {
  it("redraws only the nodes leaving or entering the selection when nothing else changed", () => {
    expect(refreshPlan(["selection"], new Set(["a", "b"]), new Set(["b", "c"]))).toEqual({ full: false, nodes: ["a", "c"] });
  });

  it("redraws nothing for the same selection sent back, or for new context-menu actions", () => {
    expect(refreshPlan(["selection"], new Set(["a"]), new Set(["a"]))).toEqual({ full: false, nodes: [] });
    expect(refreshPlan(["actions"], new Set(), new Set())).toEqual({ full: false, nodes: [] });
  });

  it("redraws everything when the graph, styles, filters, focus or search changed too", () => {
    for (const key of ["graph", "styles", "hiddenItems", "focusOn", "query", "layout"]) {
      expect(refreshPlan(["selection", key], new Set(), new Set(["a"]))).toEqual({ full: true });
    }
  });
});
