import { describe, expect, it } from "vitest";
import { parseCountFlag, parseMaxCostFlag, refuseOpenAIFlags } from "./openai-flags.js";

describe("parseCountFlag", () => {
  it("returns the whole number, or undefined when the flag is not given", () => {
    expect(parseCountFlag("limit", "12")).toBe(12);
    expect(parseCountFlag("limit", undefined)).toBeUndefined();
  });

  it("throws a usage error naming the flag when the value is not a whole number from 1", () => {
    expect(() => parseCountFlag("per-intent", "0")).toThrow(`--per-intent must be a whole number of at least 1, got "0"`);
    expect(() => parseCountFlag("limit", "2.5")).toThrow(expect.objectContaining({ code: "E_USAGE" }));
  });
});

describe("parseMaxCostFlag", () => {
  it("returns the dollars, zero included, or undefined when the flag is not given", () => {
    expect(parseMaxCostFlag("0")).toBe(0);
    expect(parseMaxCostFlag("2.5")).toBe(2.5);
    expect(parseMaxCostFlag(undefined)).toBeUndefined();
  });

  it("throws a usage error on a negative or non-numeric value", () => {
    expect(() => parseMaxCostFlag("-1")).toThrow(`--max-cost must be a number of at least 0, got "-1"`);
    expect(() => parseMaxCostFlag("lots")).toThrow(expect.objectContaining({ code: "E_USAGE" }));
  });
});

describe("refuseOpenAIFlags", () => {
  type Flags = { quiet?: boolean; maxCost?: string; perIntent?: string; yes?: boolean; batch?: boolean };
  const names = ["maxCost", "perIntent", "yes", "batch"] as const;
  const refuse = (flags: Flags) => refuseOpenAIFlags({ flags, names });

  it("accepts flags that are absent or false", () => {
    expect(() => refuse({ quiet: true, batch: false })).not.toThrow();
  });

  it("names every OpenAI-only flag given, in kebab case", () => {
    expect(() => refuse({ yes: true })).toThrow("--yes goes with --provider openai");
    expect(() => refuse({ maxCost: "3", perIntent: "10" })).toThrow("--max-cost, --per-intent go with --provider openai");
  });
});
