import { describe, expect, it } from "vitest";
import { buildGraph } from "../src/model.js";
import { DEFAULT_FA2_MS, MAX_FA2_MS, initialPositions, normalizeLayout } from "../src/layout.js";

const json = () => ({
  nodes: [
    { id: "a", label: "a", kind: "k", x: 0, y: 0 },
    { id: "b", label: "b", kind: "k", x: 100, y: 0 },
    { id: "c", label: "c", kind: "k" },
    { id: "d", label: "d", kind: "k" },
  ],
  edges: [{ source: "a", target: "c" }, { source: "b", target: "c" }],
});

describe("layout", () => {
  it("reads the server's command safely", () => {
    expect(normalizeLayout({ name: "keep" })).toEqual({ name: "keep" });
    expect(normalizeLayout({ name: "circular" })).toEqual({ name: "circular" });
    expect(normalizeLayout(null)).toEqual({ name: "forceatlas2", durationMs: DEFAULT_FA2_MS });
    expect(normalizeLayout({ name: "forceatlas2", durationMs: 1e9 })).toEqual({ name: "forceatlas2", durationMs: MAX_FA2_MS });
  });

  it("keeps the server's positions and puts an unplaced node between its placed neighbours", () => {
    const { graph } = buildGraph(json());
    initialPositions(graph, { name: "keep" });
    expect(graph.getNodeAttributes("a")).toMatchObject({ x: 0, y: 0 });
    expect(graph.getNodeAttribute("c", "x")).toBeCloseTo(50, -1);
    expect(Number.isFinite(graph.getNodeAttribute("d", "x"))).toBe(true);
  });

  it("places every node on a circle for the circular layout", () => {
    const { graph } = buildGraph(json());
    initialPositions(graph, { name: "circular" });
    const radii = graph.mapNodes((_, a) => Math.round(Math.hypot(a.x, a.y)));
    expect(new Set(radii).size).toBe(1);
  });

  it("scatters unplaced nodes the same way every time before ForceAtlas2", () => {
    const one = buildGraph(json()).graph, two = buildGraph(json()).graph;
    initialPositions(one, { name: "forceatlas2", durationMs: 1 });
    initialPositions(two, { name: "forceatlas2", durationMs: 1 });
    expect(one.getNodeAttributes("d")).toEqual(two.getNodeAttributes("d"));
    expect(one.getNodeAttributes("a")).toMatchObject({ x: 0, y: 0 });
  });
});
