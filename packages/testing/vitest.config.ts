import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    include: ["src/**/*.test.ts"],
    // on a loaded 2-core machine an in-process test with a fake server can take several seconds
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // *.live.test.ts call the real API: only `pnpm test:live` runs them
    exclude: ["dist/**", "node_modules/**", "src/**/*.live.test.ts", "src/**/*.slow.test.ts"],
  },
});
