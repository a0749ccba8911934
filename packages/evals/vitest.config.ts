import { defineProject } from "vitest/config";

export default defineProject({
  // workspace packages resolve to their TypeScript sources, as `tsx --conditions=source` does for the CLIs
  ssr: { resolve: { conditions: ["source", "node", "import", "module", "default"] } },
  test: {
    include: ["src/**/*.test.ts"],
    exclude: ["dist/**", "node_modules/**"],
  },
});
