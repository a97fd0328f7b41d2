import { describe, expect, it } from "vitest";
import { buildGraph } from "../src/model.js";
import { contextDetail, dragEndDetail, idDetail, nextSelection, positionsOf, selectionDetail } from "../src/events.js";

describe("event details", () => {
  const { graph } = buildGraph({ nodes: [{ id: "a", label: "A", kind: "k", x: 1.23456, y: -2 }, { id: "b", label: "B", kind: "k", x: 3, y: 4 }], edges: [] });

  it("carry ids only, as strings", () => {
    expect(idDetail(7)).toEqual({ id: "7" });
    expect(selectionDetail(new Set(["a", "b"]))).toEqual({ ids: ["a", "b"] });
    expect(contextDetail("a", "open")).toEqual({ id: "a", action: "open" });
  });

  it("carry the dragged nodes' rounded positions when a drag ends", () => {
    expect(dragEndDetail(graph, ["a", "missing"])).toEqual({ positions: { a: [1.23, -2] } });
    expect(positionsOf(graph)).toEqual({ a: [1.23, -2], b: [3, 4] });
  });
});

describe("selection", () => {
  it("selects the clicked node alone, or toggles it with a modifier", () => {
    expect(nextSelection(["a"], "b", false)).toEqual(["b"]);
    expect(nextSelection(["a"], "b", true)).toEqual(["a", "b"]);
    expect(nextSelection(["a", "b"], "a", true)).toEqual(["b"]);
  });
});
