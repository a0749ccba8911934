import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { normaliseMarkdown, renderResultsTable, replaceResults } from "./render-results-table.js";

const dir = await mkdtemp(join(tmpdir(), "hotel-intent-docs-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function report(name: string, accuracy: number, extra: object = {}) {
  await mkdir(join(dir, name), { recursive: true });
  const value = { name, metrics: { accuracy, macroF1: accuracy, count: 200, ece: 0.02 }, latency: { meanUs: 40, p99Us: 90 }, modelBytes: 1, ...extra };
  await writeFile(join(dir, name, "report.json"), JSON.stringify(value));
}

describe("renderResultsTable", () => {
  it("writes the sets, the test split's parts and the out-of-scope rates, and no timing", async () => {
    expect(await renderResultsTable({ reportsDir: dir })).toBeUndefined();
    await report("local-test", 0.887, {
      parts: { corpus: { count: 150, accuracy: 0.88, ece: 0.03 }, vague: { count: 50, accuracy: 0.9, ece: 0.04 } },
      outOfScope: {
        outOfScope: { count: 10, rejected: 8, rate: 0.8 },
        byGroup: { "small-talk": { count: 10, rejected: 8, rate: 0.8 } },
        inScope: { count: 200, rejected: 2, rate: 0.01 },
      },
    });
    await report("local-vagueintent-eval", 0.45);
    const table = (await renderResultsTable({ reportsDir: dir })) as string;
    expect(table).toContain("| test split | 200 | 88.7% | 0.887 | 0.020 |");
    expect(table).toContain("| … its hand-written corpus part | 150 | 88.0% | | 0.030 |");
    expect(table).toContain("| VagueIntent-Eval | 200 | 45.0% | 0.450 | 0.020 |");
    expect(table).not.toContain("dev-blind");
    expect(table).toContain("80.0% of 10 messages that fit no intent are rejected (small-talk 80.0% of 10); 1.0% of 200 in-scope messages");
    expect(table).not.toMatch(/µs/);
  });
});

describe("replaceResults", () => {
  const start = "<!-- results:start (written by `pnpm docs:results` from the pipeline's reports; do not edit) -->";
  it("replaces the block, keeps the rest, and refuses a document without one", () => {
    const document = `# Title\n\n${start}\n\nold\n\n<!-- results:end -->\n\nafter\n`;
    expect(replaceResults({ document, table: "| a | b |", file: "x.md" })).toBe(`# Title\n\n${start}\n\n| a | b |\n\n<!-- results:end -->\n\nafter\n`);
    expect(() => replaceResults({ document: "# no block", table: "", file: "x.md" })).toThrow("x.md: no results block");
  });

  it("compares tables as the formatter may align them", () => {
    expect(normaliseMarkdown("| a   | b |\n| --- | -----: |")).toBe(normaliseMarkdown("| a | b |\n| --- | ---: |"));
    expect(normaliseMarkdown("| a | 88.0% |")).not.toBe(normaliseMarkdown("| a | 88.1% |"));
  });
});
