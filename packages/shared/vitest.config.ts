import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    include: ["src/**/*.test.ts"],
    // *.live.test.ts call the real API: only `pnpm test:live` runs them
    exclude: ["dist/**", "node_modules/**", "src/**/*.live.test.ts"],
  },
});
