import { describe, expect, it } from "vitest";
import { buildGraph } from "../src/model.js";

describe("buildGraph", () => {
  const json = {
    nodes: [
      { id: "r1", label: "山田 花子", kind: "resident", flags: ["isolated"] },
      { id: "s1", label: "民生委員 佐藤", kind: "supporter", x: 1, y: 2, size: 12 },
      { id: "s2", label: "近所の田中", kind: "neighbour" },
    ],
    edges: [
      { id: "e1", source: "s1", target: "r1", kind: "visits" },
      { source: "s1", target: "r1", kind: "phones" },
      { source: "s2", target: "r1", dashed: true },
      { source: "s1", target: "ghost" },
    ],
  };

  it("keeps nodes with their kind, flags and any server position", () => {
    const { graph } = buildGraph(json);
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttributes("s1")).toMatchObject({ label: "民生委員 佐藤", kind: "supporter", x: 1, y: 2, placed: true, explicitSize: 12 });
    expect(graph.getNodeAttributes("r1")).toMatchObject({ flags: ["isolated"], placed: false });
  });

  it("keeps parallel edges, gives edges without id a stable one, and skips edges to unknown nodes", () => {
    const { graph, skippedEdges } = buildGraph(json);
    expect(graph.size).toBe(3);
    expect(graph.hasEdge("e1")).toBe(true);
    expect(graph.edges()).toContain("e1:s1->r1");
    expect(graph.getEdgeAttributes("e2:s2->r1")).toEqual({ kind: "", dashed: true });
    expect(skippedEdges).toBe(1);
    expect(buildGraph(json).graph.edges()).toEqual(graph.edges());
  });

  it("treats a missing graph as empty and a missing label as the id", () => {
    expect(buildGraph(null).graph.order).toBe(0);
    const { graph } = buildGraph({ nodes: [{ id: "x" } as never], edges: [] });
    expect(graph.getNodeAttribute("x", "label")).toBe("x");
  });
});
