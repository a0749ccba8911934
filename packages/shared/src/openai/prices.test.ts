import { describe, expect, it } from "vitest";
import { configSchema } from "../config.js";
import { priceKey, priceOf, trainingCost, usageCost } from "./prices.js";

describe("priceKey", () => {
  it("drops the date and keeps the ft: prefix of a fine-tuned model", () => {
    expect(priceKey("gpt-4o-mini-2024-07-18")).toBe("gpt-4o-mini");
    expect(priceKey("ft:gpt-4o-mini-2024-07-18:acme:hotel-intent:AbC123")).toBe("ft:gpt-4o-mini");
    expect(priceKey("gpt-4.1")).toBe("gpt-4.1");
  });
});

describe("usageCost", () => {
  it("returns dollars from prompt, cached and completion tokens", () => {
    // gpt-4.1: $2 input, $0.50 cached input, $8 output per 1M tokens
    expect(usageCost({ model: "gpt-4.1-2025-04-14", usage: { promptTokens: 1_000_000, completionTokens: 100_000, cachedTokens: 200_000 } })).toBeCloseTo(
      0.8 * 2 + 0.2 * 0.5 + 0.1 * 8,
      10,
    );
  });

  it("halves the price for the Batch API", () => {
    const usage = { promptTokens: 2_000_000, completionTokens: 0 };
    expect(usageCost({ model: "gpt-4o-mini", usage, batch: true })).toBeCloseTo(0.15, 10);
  });

  it("returns null for a model without a price instead of guessing", () => {
    expect(usageCost({ model: "my-local-llama", usage: { promptTokens: 10, completionTokens: 1 } })).toBeNull();
    expect(priceOf({ model: "my-local-llama" })).toBeUndefined();
  });
});

describe("trainingCost", () => {
  it("returns tokens times the training price, and null for a model that cannot be trained", () => {
    expect(trainingCost({ model: "gpt-4o-mini-2024-07-18", tokens: 2_500_000 })).toBeCloseTo(7.5, 10);
    expect(trainingCost({ model: "ft:gpt-4o-mini-2024-07-18:o::x", tokens: 1000 })).toBeNull();
  });

  it("uses a price from the config over the default table", () => {
    const prices = configSchema.parse({ openai: { prices: { "gpt-4o-mini": { input: 0.2, output: 0.8, training: 4 } } } }).openai.prices;
    expect(trainingCost({ model: "gpt-4o-mini-2024-07-18", tokens: 1_000_000, prices })).toBe(4);
    expect(priceOf({ model: "gpt-4.1", prices })?.input).toBe(2);
  });
});
