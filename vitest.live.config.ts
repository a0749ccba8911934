import { defineConfig } from "vitest/config";

/** `pnpm test:live`: the opt-in tests that call the real OpenAI API (cheap calls only; skipped without OPENAI_API_KEY). */
export default defineConfig({
  ssr: { resolve: { conditions: ["source", "node", "import", "module", "default"] } },
  test: {
    include: ["packages/*/src/**/*.live.test.ts"],
    testTimeout: 60_000,
  },
});
