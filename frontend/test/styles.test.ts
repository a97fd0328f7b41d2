import { describe, expect, it } from "vitest";
import { DEFAULT_NODE_COLOR, DEFAULT_NODE_SIZE, HALO_WIDTH, RING_WIDTH, TRANSPARENT, captionsFor, resolveEdgeStyle, resolveNodeStyle, type StyleSheet } from "../src/styles.js";

const sheet: StyleSheet = {
  nodes: { resident: { color: "#1565c0", size: 10, name: "利用者" }, org: { color: "#2e7d32", shape: "ring", name: "事業所" } },
  flags: { isolated: { halo: "#e53935", name: "孤立" }, "single-supporter": { halo: "#fb8c00", name: "支援者1人" } },
  edges: { informal: { color: "#90a4ae", dashed: true }, visits: { color: "#455a64", size: 2 } },
};

describe("node styles", () => {
  it("take colour and size from the kind, defaults for unknown kinds", () => {
    expect(resolveNodeStyle({ kind: "resident" }, sheet)).toMatchObject({ color: "#1565c0", fillColor: "#1565c0", size: 10, ringSize: 0, haloSize: 0, haloColor: TRANSPARENT });
    expect(resolveNodeStyle({ kind: "alien" }, sheet)).toMatchObject({ color: DEFAULT_NODE_COLOR, size: DEFAULT_NODE_SIZE });
    expect(resolveNodeStyle({ kind: "resident", explicitSize: 20 }, null).size).toBe(20);
  });

  it("draw ring-shaped kinds hollow", () => {
    expect(resolveNodeStyle({ kind: "org" }, sheet)).toMatchObject({ color: "#2e7d32", fillColor: "#ffffff", ringSize: RING_WIDTH });
  });

  it("show the halo of the first flag in the sheet's order, and grow the node to make room for it", () => {
    const style = resolveNodeStyle({ kind: "resident", flags: ["single-supporter", "isolated"] }, sheet);
    expect(style).toMatchObject({ haloColor: "#e53935", haloFlag: "isolated", haloSize: HALO_WIDTH });
    expect(style.size).toBeCloseTo(10 * (1 + HALO_WIDTH));
    expect(resolveNodeStyle({ kind: "resident", flags: ["unstyled"] }, sheet).haloFlag).toBeNull();
  });

  it("caption the tooltip with the kind's and flags' names", () => {
    expect(captionsFor({ kind: "resident", flags: ["isolated", "unstyled"] }, sheet)).toEqual(["利用者", "孤立"]);
  });
});

describe("edge styles", () => {
  it("are dashed when the edge or its kind says so", () => {
    expect(resolveEdgeStyle({ kind: "informal" }, sheet)).toEqual({ color: "#90a4ae", size: 1, dashed: true });
    expect(resolveEdgeStyle({ kind: "visits", dashed: true }, sheet)).toEqual({ color: "#455a64", size: 2, dashed: true });
    expect(resolveEdgeStyle({ kind: "visits" }, sheet).dashed).toBe(false);
  });
});
