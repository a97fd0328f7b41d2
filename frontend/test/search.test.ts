import { describe, expect, it } from "vitest";
import { buildGraph } from "../src/model.js";
import { labelMatches, matchingNodes, normalizeForSearch } from "../src/search.js";

describe("search", () => {
  it("folds hiragana to katakana, full- and half-width forms to one, case and spaces away", () => {
    expect(normalizeForSearch("さとう")).toBe("サトウ");
    expect(normalizeForSearch("ｻﾄｳ")).toBe("サトウ");
    expect(normalizeForSearch("ＡＢＣ　ｄｅｆ")).toBe("abcdef");
    expect(normalizeForSearch("山田 花子")).toBe("山田花子");
  });

  it("finds katakana labels typed in hiragana and the other way round", () => {
    expect(labelMatches("サトウ ケアセンター", "さとう")).toBe(true);
    expect(labelMatches("やまだ商店", "ヤマダ")).toBe(true);
    expect(labelMatches("ﾔﾏﾀﾞ商店", "やまだ")).toBe(true);
    expect(labelMatches("山田花子", "山田 花子")).toBe(true);
    expect(labelMatches("佐藤", "")).toBe(false);
    expect(labelMatches("佐藤", "鈴木")).toBe(false);
  });

  it("returns the ids of matching nodes, none for a blank query", () => {
    const { graph } = buildGraph({
      nodes: [
        { id: "1", label: "さくら訪問介護", kind: "org" },
        { id: "2", label: "サクラ薬局", kind: "org" },
        { id: "3", label: "若葉台地区", kind: "area" },
      ],
      edges: [],
    });
    expect(matchingNodes(graph, "ｻｸﾗ")).toEqual(["1", "2"]);
    expect(matchingNodes(graph, "  ")).toEqual([]);
  });
});
