// Bundles <tsunagari-graph> and everything it imports (lit, sigma, graphology, the FA2 worker source) into one ES
// module that Spring Boot serves as a static resource: target/classes/META-INF/resources/frontend-build/.
import { build } from "esbuild";

await build({
  entryPoints: ["src/tsunagari-graph.ts"],
  outfile: "../target/classes/META-INF/resources/frontend-build/tsunagari-graph.js",
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: false,
  legalComments: "eof",
  logLevel: "info",
});

// 支え合いマップ and trends (issue 17): <tsunagari-map> (Leaflet) and <tsunagari-trend-chart> (ECharts), one ES
// module each, so pages without them load neither library.
await build({
  entryPoints: ["src/tsunagari-map.ts", "src/tsunagari-trend-chart.ts"],
  outdir: "../target/classes/META-INF/resources/frontend-build/",
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: false,
  legalComments: "eof",
  loader: { ".css": "text" },
  logLevel: "info",
});

// Analyst console (issue 15): <tsunagari-cypher-editor>, CodeMirror 6 with Cypher support, its CSS inlined as text.
await build({
  entryPoints: ["src/tsunagari-cypher-editor.ts"],
  outfile: "../target/classes/META-INF/resources/frontend-build/tsunagari-cypher-editor.js",
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: false,
  legalComments: "eof",
  loader: { ".css": "text" },
  logLevel: "info",
});
