// esbuild loads .css imports as text (build.mjs); Lit adopts them with unsafeCSS.
declare module "*.css" {
  const text: string;
  export default text;
}

// @neo4j-cypher/codemirror ships its types outside its package.json "exports"; point TypeScript at them.
declare module "@neo4j-cypher/codemirror" {
  export * from "@neo4j-cypher/codemirror/src/codemirror.d.ts";
}
