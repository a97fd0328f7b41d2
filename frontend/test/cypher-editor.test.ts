// @vitest-environment happy-dom
// The element's view itself needs a browser's layout (happy-dom cannot measure CodeMirror's lines): it is tested in
// Chromium by jp.tsunagari.console.ConsoleBrowserTest. Here: the two things the element gets wrong silently if broken.
import { defaultKeymap } from "@codemirror/commands";
import { EditorState } from "@codemirror/state";
import { keymap, type EditorView } from "@codemirror/view";
import { describe, expect, it, vi } from "vitest";
import { editorApiOf, runKeymap } from "../src/tsunagari-cypher-editor.js";

describe("<tsunagari-cypher-editor>", () => {
  it("takes the editor API out of what @neo4j-cypher/codemirror returns at run time, and out of the declared shape", () => {
    const api = { onValueChanged: () => () => {}, codemirror: {} };
    expect(editorApiOf({ editor: api })).toBe(api);
    expect(editorApiOf(api)).toBe(api);
    expect(() => editorApiOf({})).toThrow(/no editor API/);
    expect(() => editorApiOf(null)).toThrow(/no editor API/);
  });

  it("binds Ctrl/⌘+Enter to run ahead of CodeMirror's default keymap, whose Mod-Enter inserts a line", () => {
    const run = vi.fn();
    // As the editor composes them: ours among the pre-extensions, the default keymap later.
    const state = EditorState.create({ extensions: [keymap.of(defaultKeymap), runKeymap(run)] });
    const bindings = state.facet(keymap).flat().filter((b) => b.key === "Mod-Enter");
    expect(bindings.length).toBe(2);
    expect(bindings[0].run!({} as EditorView)).toBe(true);
    expect(run).toHaveBeenCalledTimes(1);
    expect(bindings[0].preventDefault).toBe(true);
  });
});
