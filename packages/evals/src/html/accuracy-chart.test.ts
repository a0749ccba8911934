import { describe, expect, it } from "vitest";
import { accuracyChartSpec } from "./accuracy-chart.js";

type Row = { label: string; accuracy: number; source: string };
const rowsOf = (spec: ReturnType<typeof accuracyChartSpec>) => (spec.data as { values: Row[] }).values;

const entries = [
  { name: "local-test", model: "embedded (1200 features)", provider: "local", accuracy: 0.87, current: true },
  { name: "openai-test", model: "gpt-4o-mini", provider: "openai", accuracy: 0.64, current: false },
];

describe("accuracyChartSpec", () => {
  it("returns one bar per model evaluated on another dataset, and no published VagueIntent-Eval bar beside them", () => {
    const rows = rowsOf(accuracyChartSpec({ entries, dataset: "/data/generated/test.jsonl" }));
    expect(rows).toEqual([
      { label: "embedded (1200 features) (local) ◀ this report", accuracy: 0.87, source: "measured here" },
      { label: "gpt-4o-mini (openai)", accuracy: 0.64, source: "measured here" },
    ]);
  });

  it("returns the published bars as plain references on VagueIntent-Eval, sorted with the measured ones by accuracy", () => {
    const spec = accuracyChartSpec({ entries, dataset: "/work/shared/seed-data/vagueintent-eval.jsonl" });
    const rows = rowsOf(spec);
    expect(rows[2]).toEqual({ label: "gpt-3.5-turbo (published)", accuracy: 0.08, source: "published by fine-tuning-gpt" });
    expect((spec as { encoding: { y: { sort: string[] } } }).encoding.y.sort).toEqual([
      "embedded (1200 features) (local) ◀ this report",
      "gpt-4o-mini (openai)",
      "gpt-4o-mini SFT, 400 examples (published)",
      "gpt-4o-mini SFT, 200 examples (published)",
      "gpt-4.1 (published)",
      "gpt-4o-mini (published)",
      "gpt-3.5-turbo (published)",
    ]);
  });

  it("returns the report folder in the label when two reports share a model", () => {
    const twice = [entries[0], { ...entries[0], name: "local-older", current: false, accuracy: 0.8 }] as typeof entries;
    const labels = rowsOf(accuracyChartSpec({ entries: twice, dataset: "/data/test.jsonl" })).map((row) => row.label);
    expect(labels.slice(0, 2)).toEqual(["embedded (1200 features) (local) [local-test] ◀ this report", "embedded (1200 features) (local) [local-older]"]);
  });
});
