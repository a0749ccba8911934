import { describe, expect, it } from "vitest";
import { createSimilarityIndex, createThresholdIndex, dedupeKey, jaccard, trigrams } from "./similarity.js";

describe("dedupeKey", () => {
  it("folds case, punctuation and spacing", () => {
    expect(dedupeKey("Can we   stay LATER?!")).toBe(dedupeKey("can we stay later"));
  });
});

describe("createSimilarityIndex", () => {
  it("finds the same nearest text and Jaccard as a brute-force scan", () => {
    const texts = ["our flight leaves at night", "where can I park the car", "is the pool open late", "can we keep the room until evening"];
    const index = createSimilarityIndex({ texts });
    const query = "our flight leaves late at night";
    const brute = texts.map((text) => jaccard(trigrams(text), trigrams(query)));
    const best = brute.indexOf(Math.max(...brute));
    expect(index.nearest(query)).toEqual({ similarity: brute[best], index: best });
  });

  it("gives 1 for an identical text and 0 when nothing is shared", () => {
    const index = createSimilarityIndex();
    index.add("towels please");
    expect(index.nearest("Towels, please!").similarity).toBe(1);
    expect(index.nearest("xyz").similarity).toBe(0);
  });
});

describe("createThresholdIndex", () => {
  it("finds the same near-duplicates at or above the threshold as the exact index, and nothing below it", () => {
    const texts = [
      "our flight leaves late tonight, could we keep the room a little longer?",
      "our flight leaves late tonight, could we keep the room a little longer please?",
      "more towels and two extra pillows for room 412 please",
      "more towels and two extra pillows for room 412, please!",
      "is the pool open after dinner",
      "!!!!",
      "????",
    ];
    const fast = createThresholdIndex({ minSimilarity: 0.85 });
    const exact = createSimilarityIndex();
    for (const text of texts) {
      const found = fast.nearest(text);
      const reference = exact.nearest(text);
      expect(found.index).toBe(reference.similarity >= 0.85 ? reference.index : -1);
      fast.add(text);
      exact.add(text);
    }
    expect(fast.nearest("more towels and two extra pillows for room 412 please.").index).toBe(2);
    expect(fast.nearest("is the gym open after dinner").index).toBe(-1);
  });
});
