import { describe, expect, it } from "vitest";
import type { GraphJson } from "../src/model.js";
import { applyPatch, attributeChangesOnly } from "../src/patch.js";

/** An organization o helping residents r1 and r2; a neighbour n helping r1 twice (visits and phones, no edge ids). */
const picture = (): GraphJson => ({
  nodes: [
    { id: "r1", label: "住民-0001", kind: "resident", x: 0, y: 0 },
    { id: "r2", label: "住民-0002", kind: "resident", x: 10, y: 0 },
    { id: "o", label: "NPO", kind: "organization", x: 5, y: 5 },
    { id: "n", label: "近隣住民 P-1", kind: "person", x: -5, y: 5 },
  ],
  edges: [
    { source: "o", target: "r1", kind: "supports" },
    { source: "o", target: "r2", kind: "supports" },
    { source: "n", target: "r1", kind: "supports" },
    { source: "n", target: "r1", kind: "supports" },
  ],
});

describe("applyPatch", () => {
  it("replaces a changed node where it was, leaving the rest as it was", () => {
    const suspended = { id: "o", label: "NPO", kind: "organization", x: 5, y: 5, flags: ["inactive"] };
    const out = applyPatch(picture(), { nodes: [suspended] });
    expect(out.nodes.map((n) => n.id)).toEqual(["r1", "r2", "o", "n"]);
    expect(out.nodes[2].flags).toEqual(["inactive"]);
    expect(out.edges).toEqual(picture().edges);
  });

  it("takes out a removed node with its edges and appends an added one with its edge", () => {
    const out = applyPatch(picture(), {
      removedNodes: ["n"],
      nodes: [{ id: "v", label: "ボランティア P-2", kind: "person" }],
      edges: [{ source: "v", target: "r2", kind: "supports" }],
    });
    expect(out.nodes.map((n) => n.id)).toEqual(["r1", "r2", "o", "v"]);
    expect(out.edges).toEqual([
      { source: "o", target: "r1", kind: "supports" },
      { source: "o", target: "r2", kind: "supports" },
      { source: "v", target: "r2", kind: "supports" },
    ]);
  });

  it("takes out one of two equal edges for each removed one", () => {
    const out = applyPatch(picture(), { removedEdges: [{ source: "n", target: "r1", kind: "supports" }] });
    expect(out.edges.filter((e) => e.source === "n")).toHaveLength(1);
    expect(out.edges).toHaveLength(3);
  });

  it("changes nothing for an empty patch, and does not change the graph it was given", () => {
    const before = picture();
    const out = applyPatch(before, {});
    expect(out).toEqual(picture());
    applyPatch(before, { removedNodes: ["o"] });
    expect(before).toEqual(picture());
  });

  it("builds the graph from nothing when none was shown yet", () => {
    const out = applyPatch(null, { nodes: [{ id: "r1", label: "住民-0001", kind: "resident" }] });
    expect(out).toEqual({ nodes: [{ id: "r1", label: "住民-0001", kind: "resident" }], edges: [] });
  });
});

describe("attributeChangesOnly", () => {
  const drawn = { hasNode: (id: string) => ["r1", "r2", "o", "n"].includes(id) };

  it("gives the changed nodes when only drawn nodes change", () => {
    const suspended = { id: "o", label: "NPO", kind: "organization", flags: ["inactive"] };
    expect(attributeChangesOnly(drawn, { nodes: [suspended] })).toEqual([suspended]);
    expect(attributeChangesOnly(drawn, {})).toEqual([]);
  });

  it("gives null when a node or edge comes or goes, or a node is not drawn", () => {
    expect(attributeChangesOnly(drawn, { nodes: [{ id: "v", label: "v", kind: "person" }] })).toBeNull();
    expect(attributeChangesOnly(drawn, { removedNodes: ["n"] })).toBeNull();
    expect(attributeChangesOnly(drawn, { edges: [{ source: "o", target: "r2" }] })).toBeNull();
    expect(attributeChangesOnly(drawn, { removedEdges: [{ source: "o", target: "r1" }] })).toBeNull();
  });
});
