import { describe, expect, it } from "vitest";
import { calibrateOutOfScope } from "./calibrate-out-of-scope.js";

/** Two classes, out of scope at index 1: logits [0, l] give an out-of-scope probability of 1 / (1 + e^-l). */
const row = (probability: number) => Float64Array.from([0, Math.log(probability / (1 - probability))]);

describe("calibrateOutOfScope", () => {
  it("picks the lowest threshold that rejects at most the allowed share of in-scope messages", () => {
    const inScope = [0.01, 0.02, 0.03, 0.04, 0.3, 0.05, 0.06, 0.07, 0.08, 0.09];
    const logits = [...inScope.map(row), row(0.9), row(0.95)];
    const labels = [...inScope.map(() => 0), 1, 1];
    const threshold = calibrateOutOfScope({ logits, labels, outOfScope: 1, temperature: 1, maxInScopeRejection: 0.1 });
    expect(threshold).toBeCloseTo(0.09, 4);
    expect(inScope.filter((p) => p >= threshold)).toEqual([0.3]);
    expect(calibrateOutOfScope({ logits, labels, outOfScope: 1, temperature: 1, maxInScopeRejection: 0 })).toBeCloseTo(0.3, 4);
  });

  it("never goes under 0.05", () => {
    expect(calibrateOutOfScope({ logits: [row(0.001), row(0.002)], labels: [0, 0], outOfScope: 1, temperature: 1, maxInScopeRejection: 0.5 })).toBe(0.05);
  });
});
