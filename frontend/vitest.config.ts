import { defineConfig } from "vitest/config";

// Unit tests of the pure modules only; the DOM-building ones run under happy-dom (no browser).
export default defineConfig({
  test: { include: ["test/**/*.test.ts"], environment: "node" },
});
