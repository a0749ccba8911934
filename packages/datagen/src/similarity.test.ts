import { describe, expect, it } from "vitest";
import { createSimilarityIndex, dedupeKey, jaccard, trigrams } from "./similarity.js";

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
