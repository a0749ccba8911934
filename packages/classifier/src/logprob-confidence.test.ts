import { describe, expect, it } from "vitest";
import { logprobConfidence } from "./logprob-confidence.js";

describe("logprobConfidence", () => {
  it("returns exp(logprob) of a one-token answer and the whole intent numbers among its top logprobs", () => {
    const result = logprobConfidence({
      intent: 7,
      topK: 3,
      tokens: [
        {
          token: "7",
          logprob: Math.log(0.6),
          top_logprobs: [
            { token: "7", logprob: Math.log(0.6) },
            { token: "6", logprob: Math.log(0.2) },
            { token: " 6", logprob: Math.log(0.05) },
            { token: "41", logprob: Math.log(0.05) },
            { token: "I", logprob: Math.log(0.04) },
          ],
        },
      ],
    });
    expect(result.confidence).toBeCloseTo(0.6, 12);
    expect(result.alternatives).toEqual([{ intent: 6, confidence: expect.closeTo(0.25, 12) }]);
  });

  it("multiplies the probabilities of digits split over two tokens, without alternatives", () => {
    const result = logprobConfidence({
      intent: 17,
      topK: 3,
      tokens: [
        { token: "#", logprob: -0.1 },
        { token: "1", logprob: Math.log(0.9) },
        { token: "7", logprob: Math.log(0.5) },
      ],
    });
    expect(result.confidence).toBeCloseTo(0.45, 12);
    expect(result.alternatives).toEqual([]);
  });

  it("returns null when there are no logprobs or their digits spell another number", () => {
    expect(logprobConfidence({ intent: 7, topK: 3, tokens: null })).toEqual({ confidence: null, alternatives: [] });
    expect(logprobConfidence({ intent: 7, topK: 3, tokens: [{ token: "12", logprob: -0.01 }] })).toEqual({ confidence: null, alternatives: [] });
  });
});
