import { describe, expect, it } from "vitest";
import { buildGraph, type GraphJson } from "../src/model.js";
import { mergePositions } from "../src/merge.js";

/** The picture as drawn: a resident r with helpers a and b, b dragged by the user to (500, 0). */
const drawn = () => buildGraph({
  nodes: [
    { id: "r", label: "r", kind: "resident", x: 0, y: 0 },
    { id: "a", label: "a", kind: "person", x: 100, y: 0 },
    { id: "b", label: "b", kind: "person", x: 500, y: 0 },
  ],
  edges: [{ source: "a", target: "r" }, { source: "b", target: "r" }],
}).graph;

const refreshed = (json: GraphJson) => buildGraph(json).graph;

describe("mergePositions", () => {
  it("keeps where every node already drawn is, whatever position the server sends now", () => {
    const next = refreshed({
      nodes: [
        { id: "r", label: "r", kind: "resident", x: 0, y: 0 },
        { id: "a", label: "a", kind: "person", x: -40, y: 7 },
        { id: "b", label: "b", kind: "person" },
      ],
      edges: [{ source: "a", target: "r" }, { source: "b", target: "r" }],
    });
    const result = mergePositions(drawn(), next);
    expect(result).toEqual({ kept: 3, placedNear: 0, placedOnRim: 0 });
    expect(next.getNodeAttributes("a")).toMatchObject({ x: 100, y: 0, placed: true });
    expect(next.getNodeAttributes("b")).toMatchObject({ x: 500, y: 0, placed: true });
  });

  it("puts a new unplaced node one edge length from its neighbours, and a node removed is simply gone", () => {
    const next = refreshed({
      nodes: [
        { id: "r", label: "r", kind: "resident" },
        { id: "a", label: "a", kind: "person" },
        { id: "c", label: "c", kind: "organization" },
      ],
      edges: [{ source: "a", target: "r" }, { source: "c", target: "r" }],
    });
    const result = mergePositions(drawn(), next);
    expect(result).toEqual({ kept: 2, placedNear: 1, placedOnRim: 0 });
    expect(next.hasNode("b")).toBe(false);
    const c = next.getNodeAttributes("c");
    expect(c.placed).toBe(true);
    expect(Math.hypot(c.x, c.y)).toBeCloseTo(100, 5); // the only edge between kept nodes is 100 long
  });

  it("places a chain of new nodes ring by ring, and a new node with no placed neighbour on the rim", () => {
    const next = refreshed({
      nodes: [
        { id: "r", label: "r", kind: "resident" },
        { id: "a", label: "a", kind: "person" },
        { id: "n", label: "n", kind: "individual-network" },
        { id: "m", label: "m", kind: "person" },
        { id: "lonely", label: "lonely", kind: "person" },
      ],
      edges: [{ source: "a", target: "r" }, { source: "n", target: "r" }, { source: "m", target: "n" }],
    });
    const result = mergePositions(drawn(), next);
    expect(result).toEqual({ kept: 2, placedNear: 2, placedOnRim: 1 });
    const n = next.getNodeAttributes("n"), m = next.getNodeAttributes("m");
    expect(Math.hypot(m.x - n.x, m.y - n.y)).toBeCloseTo(100, 5);
    const lonely = next.getNodeAttributes("lonely");
    expect(Math.hypot(lonely.x - 50, lonely.y)).toBeCloseTo(60, 5); // 0.6 × the kept nodes' span from their centre
  });

  it("keeps the position the server gives a new node (an ecomap places helpers in their sector)", () => {
    const next = refreshed({
      nodes: [
        { id: "r", label: "r", kind: "resident", x: 0, y: 0 },
        { id: "d", label: "d", kind: "doctor", x: -300, y: 200 },
      ],
      edges: [{ source: "d", target: "r" }],
    });
    expect(mergePositions(drawn(), next)).toEqual({ kept: 1, placedNear: 0, placedOnRim: 0 });
    expect(next.getNodeAttributes("d")).toMatchObject({ x: -300, y: 200 });
  });

  it("places nothing when no node is kept (another graph altogether), and the same change looks the same twice", () => {
    const other = refreshed({ nodes: [{ id: "z", label: "z", kind: "k" }], edges: [] });
    expect(mergePositions(drawn(), other)).toEqual({ kept: 0, placedNear: 0, placedOnRim: 0 });
    expect(other.getNodeAttribute("z", "placed")).toBe(false);

    const json: GraphJson = {
      nodes: [{ id: "r", label: "r", kind: "resident" }, { id: "c", label: "c", kind: "k" }],
      edges: [{ source: "c", target: "r" }],
    };
    const one = refreshed(json), two = refreshed(json);
    mergePositions(drawn(), one);
    mergePositions(drawn(), two);
    expect(one.getNodeAttributes("c")).toEqual(two.getNodeAttributes("c"));
  });

  it("works on an empty previous picture and an empty new graph", () => {
    const empty = buildGraph(null).graph;
    expect(mergePositions(empty, drawn())).toEqual({ kept: 0, placedNear: 0, placedOnRim: 0 });
    expect(mergePositions(drawn(), buildGraph(null).graph)).toEqual({ kept: 0, placedNear: 0, placedOnRim: 0 });
  });
});
