import { describe, expect, it } from "vitest";
import { computeMetrics, expectedCalibrationError } from "./compute-metrics.js";

const item = (intent: number, predicted: number | null, confidence: number | null = null, text = `m${intent}-${predicted}`) => ({
  text,
  intent,
  predicted,
  confidence,
});

describe("computeMetrics", () => {
  it("computes accuracy, per-intent precision/recall/F1 and macro-F1", () => {
    const metrics = computeMetrics({ items: [item(1, 1), item(1, 2), item(2, 2), item(2, 2)] });
    expect(metrics.accuracy).toBe(0.75);
    const [one, two] = metrics.perIntent;
    expect(one).toMatchObject({ intent: 1, precision: 1, recall: 0.5, support: 2 });
    expect(one?.f1).toBeCloseTo(2 / 3);
    expect(two).toMatchObject({ intent: 2, recall: 1, support: 2 });
    expect(two?.precision).toBeCloseTo(2 / 3);
    expect(two?.f1).toBeCloseTo(0.8);
    expect(metrics.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(metrics.confusion[0]?.slice(0, 2)).toEqual([1, 1]);
    expect(metrics.mostConfused).toEqual([{ intent: 1, predicted: 2, count: 1, examples: ["m1-2"] }]);
  });

  it("counts an abstention or an error as wrong and keeps it out of the confusion matrix", () => {
    const metrics = computeMetrics({ items: [item(3, null), { ...item(3, null), error: "429" }, item(3, 3)] });
    expect(metrics.accuracy).toBeCloseTo(1 / 3);
    expect(metrics.errors).toBe(1);
    expect(metrics.confusion.flat().reduce((a, b) => a + b, 0)).toBe(1);
  });
});

describe("expectedCalibrationError", () => {
  it("weighs each bin's confidence-accuracy gap by its size", () => {
    const nearlyCalibrated = [item(1, 1, 0.55), item(1, 2, 0.55), item(2, 2, 0.95), item(2, 2, 0.95)];
    expect(expectedCalibrationError(nearlyCalibrated)).toBeCloseTo(0.05, 10);
    expect(expectedCalibrationError([item(1, 1, 1), item(1, 1, 1)])).toBe(0);
    expect(expectedCalibrationError([item(1, 2, 0.9), item(1, 1, 0.9)])).toBeCloseTo(0.4);
    expect(expectedCalibrationError([item(1, 1, null)])).toBeNull();
  });
});
