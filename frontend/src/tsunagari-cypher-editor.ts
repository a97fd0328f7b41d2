// <tsunagari-cypher-editor>: a Cypher editor (CodeMirror 6 with @neo4j-cypher/codemirror: highlighting, linting,
// completion of keywords, functions, and the labels, relationship types, property keys and parameters the server
// sets in `schema`). The server (jp.tsunagari.console.CypherEditor) sets `value`, `schema`, `placeholder`; the element
// reports `value-change` (debounced) and `run` (Ctrl/⌘+Enter) with the text as detail.
import { LitElement, css, html, unsafeCSS } from "lit";
import { Prec } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { createCypherEditor, type EditorApi } from "@neo4j-cypher/codemirror";
import cypherCss from "@neo4j-cypher/codemirror/css/cypher-codemirror.css";

export interface CypherSchema {
  labels?: string[];
  relationshipTypes?: string[];
  propertyKeys?: string[];
  parameters?: string[];
}

/** The events' detail: the editor's whole text. */
export const valueDetail = (value: string) => ({ value });

/**
 * The editor API out of what createCypherEditor returns. @neo4j-cypher/codemirror 1.0.x declares that it returns the
 * EditorApi, but at run time it returns `{ editor: EditorApi }` (es/codemirror.js, last line of createCypherEditor);
 * taking the declared type at its word left the element without a view (`onValueChanged is not a function`).
 * Accepts both shapes, so a release that fixes either side keeps working.
 */
export const editorApiOf = (created: unknown): EditorApi => {
  const wrapped = (created as { editor?: EditorApi } | null)?.editor;
  const api = wrapped ?? (created as EditorApi | null);
  if (!api || typeof api.onValueChanged !== "function" || !api.codemirror) {
    throw new Error("@neo4j-cypher/codemirror: createCypherEditor returned no editor API");
  }
  return api;
};

/**
 * The key that runs the query: Ctrl+Enter, ⌘+Enter on a Mac ("Mod"). Bound at the highest precedence, ahead of
 * CodeMirror's default keymap, whose Mod-Enter would otherwise insert a blank line and swallow the key.
 */
export const runKeymap = (run: () => void) =>
  Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => { run(); return true; }, preventDefault: true }]));

export class TsunagariCypherEditor extends LitElement {
  static properties = {
    value: { attribute: false },
    schema: { attribute: false },
    placeholder: { attribute: false },
  };

  static styles = [
    unsafeCSS(cypherCss),
    css`
      :host { display: block; border: 1px solid var(--lumo-contrast-20pct, #ccc); border-radius: 4px;
        min-height: 120px; background: #fff; }
      #editor { height: 100%; min-height: 120px; }
      .cm-editor { height: 100%; min-height: 120px; font-size: 14px; }
      .cm-editor.cm-focused { outline: none; }
    `,
  ];

  declare value: string;
  declare schema: CypherSchema | null;
  declare placeholder: string;

  private editor: EditorApi | null = null;
  private lastSent = "";
  private timer: number | undefined;

  constructor() {
    super();
    this.value = "";
    this.schema = null;
    this.placeholder = "";
  }

  render() {
    return html`<div id="editor"></div>`;
  }

  firstUpdated() {
    const parent = this.renderRoot.querySelector("#editor")!;
    this.editor = editorApiOf(createCypherEditor(parent, {
      value: this.value ?? "",
      schema: this.schema ?? undefined,
      placeholder: this.placeholder || undefined,
      lineNumbers: true,
      lineWrapping: true,
      autocompleteCloseOnBlur: true,
      theme: "light",
      preExtensions: [runKeymap(() => this.runNow())],
    }));
    this.lastSent = this.value ?? "";
    this.editor.onValueChanged((value) => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.sendValue(value), 250);
    });
  }

  /** Reports the text, then asks the server to run it (Ctrl/⌘+Enter). */
  runNow() {
    const value = this.text();
    window.clearTimeout(this.timer);
    this.sendValue(value);
    this.dispatchEvent(new CustomEvent("run", { detail: valueDetail(value), bubbles: true, composed: true }));
  }

  updated(changed: Map<string, unknown>) {
    if (!this.editor) return;
    if (changed.has("value") && (this.value ?? "") !== this.text()) {
      this.lastSent = this.value ?? "";
      this.editor.setValue(this.value ?? "");
    }
    if (changed.has("schema")) this.editor.setSchema(this.schema ?? undefined);
    if (changed.has("placeholder")) this.editor.setPlaceholder(this.placeholder || undefined);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.clearTimeout(this.timer);
  }

  /** The editor's current text (also for tests driving the browser). */
  text(): string {
    return this.editor ? this.editor.codemirror.state.doc.toString() : this.value ?? "";
  }

  /** Replaces the text as if typed, and reports it (browser tests, the library's "open"). */
  setText(value: string) {
    this.editor?.setValue(value);
    this.sendValue(value);
  }

  focus() {
    this.editor?.focus();
  }

  private sendValue(value: string) {
    if (value === this.lastSent) return;
    this.lastSent = value;
    this.value = value;
    this.dispatchEvent(new CustomEvent("value-change", { detail: valueDetail(value), bubbles: true, composed: true }));
  }
}

if (!customElements.get("tsunagari-cypher-editor")) {
  customElements.define("tsunagari-cypher-editor", TsunagariCypherEditor);
}
