import { describe, expect, it } from "vitest";
import { renderBench, renderTargets } from "./render-bench.js";
import type { BenchResult } from "./run-bench.js";

const latency = (meanUs: number, p99Us: number) => ({ meanUs, p50Us: meanUs, p95Us: p99Us, p99Us, samples: 100 });
const result: BenchResult = {
  createdAt: "2026-11-26T00:00:00.000Z",
  data: { train: 1000, validation: 100, test: 200, dev: null, benchmark: 100 },
  contenders: [
    {
      name: "hotel-intent embedded",
      trainSeconds: 9.5,
      sizeBytes: 4 * 1024 * 1024,
      scores: [
        { set: "test split", count: 200, accuracy: 0.875, macroF1: 0.87, ece: 0.02, latency: latency(35, 120), batchLatency: false },
        { set: "VagueIntent-Eval", count: 100, accuracy: 0.3, macroF1: 0.25, ece: 0.3, latency: latency(40, 150), batchLatency: false },
      ],
    },
    { name: "fastText", skipped: "not installed", scores: [] },
  ],
  leakagePairs: 0,
  learningCurve: [
    { paraphrasesPerMessage: 0, train: 900, scores: [{ set: "VagueIntent-Eval", count: 100, accuracy: 0.25 }] },
    { paraphrasesPerMessage: 20, train: 1000, scores: [{ set: "VagueIntent-Eval", count: 100, accuracy: 0.3 }] },
  ],
};

describe("renderBench", () => {
  it("writes a row per contender and set, and a skipped row with its reason", () => {
    const markdown = renderBench(result);
    expect(markdown).toContain("| hotel-intent embedded | test split (200) | 87.5% | 0.870 | 0.020 | 9.5 s | 35.0 µs | 120.0 µs | 4.00 MB |");
    expect(markdown).toContain("| fastText | skipped: not installed |");
  });
});

describe("renderCurve", () => {
  it("writes a row per point with the accuracy on each set", () => {
    const markdown = renderBench(result);
    expect(markdown).toContain("| paraphrases per line | train messages | VagueIntent-Eval |");
    expect(markdown).toContain("| 0 | 900 | 25.0% |");
    expect(markdown).toContain("| 20 | 1000 | 30.0% |");
  });
});

describe("renderTargets", () => {
  it("marks each target met or not from the embedded model's numbers", () => {
    const table = renderTargets(result);
    expect(table).toContain("| VagueIntent-Eval accuracy | >= 52% (stretch 60%) | 30.0% | no |");
    expect(table).toContain("| test split, hand-written corpus part: accuracy | >= 89% | 87.5% | no |");
    expect(table).toContain("| dev-blind accuracy (a rejected message counts as wrong) | >= 97% | n/a | not measured |");
    expect(table).toContain("| in-scope test messages rejected | <= 2% | n/a | not measured |");
    expect(table).toContain("| leakage pairs (>= 0.7 trigram Jaccard of VagueIntent-Eval) | 0 | 0 | yes |");
    expect(table).toContain("| mean latency per message (test split) | <= 50 µs | 35.0 µs | yes |");
    expect(table).toContain("| model size on disk | <= 10 MB | 4.00 MB | yes |");
  });
});
