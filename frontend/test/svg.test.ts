import { describe, expect, it } from "vitest";
import { buildGraph } from "../src/model.js";
import { escapeXml, toSvg } from "../src/svg.js";

describe("SVG export", () => {
  it("escapes labels and draws dashed edges dashed", () => {
    const { graph } = buildGraph({
      nodes: [{ id: "a", label: `<img src=x onerror=alert(1)> & "q"`, kind: "k", x: 0, y: 0 }, { id: "b", label: "B", kind: "k", x: 10, y: 10 }],
      edges: [{ source: "a", target: "b", dashed: true }],
    });
    const svg = toSvg(graph);
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;");
    expect(svg).not.toContain("<img");
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(svg.match(/<circle/g)).toHaveLength(2);
  });

  it("draws halos and hollow kinds as the diagram shows them", () => {
    const { graph } = buildGraph({ nodes: [{ id: "a", label: "A", kind: "org", x: 0, y: 0 }], edges: [] });
    graph.mergeNodeAttributes("a", { size: 10, color: "#2e7d32", fillColor: "#ffffff", ringSize: 0.3, haloColor: "#e53935", haloSize: 0.2 });
    const svg = toSvg(graph);
    expect(svg).toContain('fill="#e53935"');
    expect(svg).toMatch(/fill="#ffffff" stroke="#2e7d32"/);
  });

  it("leaves out what is hidden", () => {
    const { graph } = buildGraph({ nodes: [{ id: "a", label: "A", kind: "k", x: 0, y: 0 }, { id: "b", label: "B", kind: "k", x: 1, y: 1 }], edges: [{ source: "a", target: "b" }] });
    const svg = toSvg(graph, { visibleNode: (id) => id === "a" });
    expect(svg.match(/<circle/g)).toHaveLength(1);
    expect(svg).not.toContain("<line");
  });

  it("escapes every XML-special character", () => {
    expect(escapeXml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });
});
