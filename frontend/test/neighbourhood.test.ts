import { describe, expect, it } from "vitest";
import { buildGraph } from "../src/model.js";
import { clampHops, kHopNeighbourhood } from "../src/neighbourhood.js";
import { Visibility } from "../src/visibility.js";

// a → b → c → d → e, and f alone; g is an organisation between b and x
const { graph } = buildGraph({
  nodes: ["a", "b", "c", "d", "e", "f", "x"].map((id) => ({ id, label: id, kind: "person" })).concat([{ id: "g", label: "g", kind: "org" }]),
  edges: [
    { source: "a", target: "b" }, { source: "b", target: "c" }, { source: "d", target: "c" }, { source: "d", target: "e" },
    { source: "b", target: "g" }, { source: "g", target: "x" },
  ],
});

describe("k-hop neighbourhood", () => {
  it("walks edges in both directions, hop by hop", () => {
    expect([...kHopNeighbourhood(graph, "c", 1)].sort()).toEqual(["b", "c", "d"]);
    expect([...kHopNeighbourhood(graph, "c", 2)].sort()).toEqual(["a", "b", "c", "d", "e", "g"]);
    expect([...kHopNeighbourhood(graph, "f", 3)]).toEqual(["f"]);
    expect(kHopNeighbourhood(graph, "nobody", 2).size).toBe(0);
  });

  it("keeps hops between 1 and 3", () => {
    expect([clampHops(0), clampHops("2"), clampHops(9), clampHops(undefined)]).toEqual([1, 2, 3, 1]);
  });

  it("does not walk through nodes the filters hide", () => {
    const visibility = new Visibility(graph, { kinds: ["org"] }, { id: "b", hops: 2 });
    expect([...visibility.focusSet!].sort()).toEqual(["a", "b", "c", "d"]);
    expect(visibility.nodeVisible("x", "person")).toBe(false);
    expect(visibility.nodeVisible("g", "org")).toBe(false);
  });

  it("hides nodes by id or kind, and edges of a hidden kind or with a hidden end", () => {
    const visibility = new Visibility(graph, { ids: ["a"], kinds: ["phones"] }, null);
    expect(visibility.focusSet).toBeNull();
    expect(visibility.nodeVisible("a", "person")).toBe(false);
    expect(visibility.nodeVisible("b", "person")).toBe(true);
    expect(visibility.edgeVisible("visits", true, true)).toBe(true);
    expect(visibility.edgeVisible("phones", true, true)).toBe(false);
    expect(visibility.edgeVisible("visits", false, true)).toBe(false);
  });
});
