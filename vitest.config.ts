import { defineConfig } from "vitest/config";

/**
 * Two kinds of test: each package's fast ones (its own vitest.config.ts), and one `slow` project for tests that start
 * processes, pack and install the package, open a browser or run a pipeline (`*.slow.test.ts`), with timeouts sized
 * for a loaded 2-core machine. `pnpm test` runs both; `vitest run --project slow` runs only the slow ones.
 */
export default defineConfig({
  test: {
    globalSetup: ["./vitest.global-setup.ts"],
    projects: [
      "packages/*",
      {
        ssr: { resolve: { conditions: ["source", "node", "import", "module", "default"] } },
        test: {
          name: "slow",
          include: ["packages/*/src/**/*.slow.test.ts"],
          exclude: ["**/dist/**", "**/node_modules/**"],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
