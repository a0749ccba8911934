import { defineProject } from "vitest/config";

/** The fast test project of every package (`packages/NAME/vitest.config.ts` uses it); slow tests are the root's `slow` project. */
export default defineProject({
  // workspace packages resolve to their TypeScript sources, as `tsx --conditions=source` does for the CLIs
  ssr: { resolve: { conditions: ["source", "node", "import", "module", "default"] } },
  test: {
    include: ["src/**/*.test.ts"],
    // on a loaded 2-core machine an in-process test with a fake server can take several seconds
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // *.live.test.ts call the real API: only `pnpm test:live` runs them; *.slow.test.ts are the `slow` project's
    exclude: ["dist/**", "node_modules/**", "src/**/*.live.test.ts", "src/**/*.slow.test.ts"],
  },
});
