import { describe, expect, it, vi } from "vitest";

const stemmed: string[] = [];
vi.mock("wink-porter2-stemmer", async (importOriginal) => {
  const original = ((await importOriginal()) as { default: (word: string) => string }).default;
  return {
    default: (word: string) => {
      stemmed.push(word);
      return original(word);
    },
  };
});

const { createFeatureEncoder, createGrowingIds } = await import("./feature-encoder.js");
const { MAX_WORD_CHARS, words } = await import("./tokenize.js");
const { featurizerSettingsSchema } = await import("@hotel-intent/shared");

/** The worst inputs found for the featurizer: each 10,000 characters, the most one message may hold. */
const HOSTILE: Record<string, string> = {
  "one long word": "a".repeat(10_000),
  "long words": "supercalifragilistic".repeat(50).concat(" ").repeat(9).slice(0, 10_000),
  "a run of one letter pattern": "ab".repeat(5_000),
  "punctuation": "!?.,'-".repeat(1_666),
  "apostrophes and contractions": "n't'".repeat(2_500),
  "digits and spaces": "1 ".repeat(5_000),
  "clock-like digits": "12:3012:30pm".repeat(833),
  "emoji": "\u{1F600}".repeat(5_000),
  "combining marks": `a${"\u0301".repeat(9_999)}`,
  "zero-width joiners": "a\u200d".repeat(5_000),
};

describe("featurizing hostile input", () => {
  const encode = createFeatureEncoder({ settings: featurizerSettingsSchema.parse({}), lexicon: { STAY: ["stay"] }, ids: createGrowingIds() });

  it.each(Object.entries(HOSTILE))("bounds the work for %s: no word over MAX_WORD_CHARS reaches the stemmer, features grow linearly", (_, text) => {
    stemmed.length = 0;
    const features = encode(text);
    expect(Math.max(0, ...stemmed.map((word) => word.length))).toBeLessThanOrEqual(MAX_WORD_CHARS);
    // at most one unigram, one bigram and (MAX_WORD_CHARS + 2 - 3) character 4-grams per letter of input, and a few concepts
    expect(features.ids.length).toBeLessThanOrEqual(text.length * 3 + 10);
  });

  it("cuts a long run of letters to its first MAX_WORD_CHARS letters and keeps ordinary words whole", () => {
    expect(words(`late ${"x".repeat(100)} checkout`)).toEqual(["late", "x".repeat(MAX_WORD_CHARS), "checkout"]);
    expect(words("internationalization")).toEqual(["internationalization"]);
  });
});
