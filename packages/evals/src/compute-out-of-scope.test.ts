import { describe, expect, it } from "vitest";
import type { ScoredItem } from "./compute-metrics.js";
import { computeMetrics } from "./compute-metrics.js";
import { computeOutOfScope } from "./compute-out-of-scope.js";

const item = (intent: number, predicted: number | null, extra: Partial<ScoredItem> = {}): ScoredItem => ({
  text: "x",
  intent,
  predicted,
  confidence: 0.9,
  ...extra,
});

describe("computeOutOfScope", () => {
  const items = [
    item(0, null, { group: "small-talk", reason: "out_of_scope", outOfScopeScore: 0.9 }),
    item(0, 7, { group: "small-talk", outOfScopeScore: 0.2 }),
    item(0, null, { group: "non-english", reason: "unsupported_language", outOfScopeScore: 0.1 }),
    item(7, 7, { outOfScopeScore: 0.05 }),
    item(7, null, { reason: "out_of_scope", outOfScopeScore: 0.6 }),
    item(10, 17, { outOfScopeScore: 0.1 }),
    item(10, 10, { outOfScopeScore: 0.3 }),
  ];

  it("gives the rejection rates per group, the in-scope rejections and the accuracy on the messages kept", () => {
    const metrics = computeOutOfScope({ items });
    expect(metrics?.outOfScope).toEqual({ count: 3, rejected: 2, rate: 2 / 3 });
    expect(metrics?.byGroup).toEqual({ "non-english": { count: 1, rejected: 1, rate: 1 }, "small-talk": { count: 2, rejected: 1, rate: 0.5 } });
    expect(metrics?.inScope).toEqual({ count: 4, rejected: 1, rate: 0.25, keptAccuracy: 2 / 3 });
    expect(metrics?.byReason).toEqual({ out_of_scope: 1, unsupported_language: 1 });
  });

  it("draws both rates against the threshold, a language rejection counting at every threshold", () => {
    const curve = computeOutOfScope({ items })?.curve ?? [];
    expect(curve).toHaveLength(19);
    expect(curve.find((point) => point.threshold === 0.5)).toEqual({ threshold: 0.5, outOfScopeRejected: 2 / 3, inScopeRejected: 0.25 });
    expect(curve.find((point) => point.threshold === 0.95)).toEqual({ threshold: 0.95, outOfScopeRejected: 1 / 3, inScopeRejected: 0 });
  });

  it("is absent without out-of-scope messages, and the in-scope metrics leave them out (a rejection counts as wrong)", () => {
    expect(computeOutOfScope({ items: items.filter((i) => i.intent !== 0) })).toBeUndefined();
    expect(computeMetrics({ items })).toMatchObject({ count: 4, correct: 2, accuracy: 0.5 });
  });
});
