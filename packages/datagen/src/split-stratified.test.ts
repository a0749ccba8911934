import { describe, expect, it } from "vitest";
import { splitStratified } from "./split-stratified.js";

const items = Array.from({ length: 200 }, (_, n) => ({ id: n, intent: (n % 4) + 1 }));

describe("splitStratified", () => {
  it("holds out the same share of every intent and loses no item", () => {
    const splits = splitStratified({ items, intentOf: (item) => item.intent, seed: 1, validationShare: 0.1, testShare: 0.2 });
    for (const intent of [1, 2, 3, 4]) {
      expect(splits.test.filter((item) => item.intent === intent)).toHaveLength(10);
      expect(splits.validation.filter((item) => item.intent === intent)).toHaveLength(5);
      expect(splits.train.filter((item) => item.intent === intent)).toHaveLength(35);
    }
    const ids = [...splits.train, ...splits.validation, ...splits.test].map((item) => item.id).sort((a, b) => a - b);
    expect(ids).toEqual(items.map((item) => item.id));
  });

  it("is the same for the same seed and differs for another", () => {
    const options = { items, intentOf: (item: { intent: number }) => item.intent, validationShare: 0.1, testShare: 0.2 };
    const a = splitStratified({ ...options, seed: 7 });
    expect(splitStratified({ ...options, seed: 7 })).toEqual(a);
    expect(splitStratified({ ...options, seed: 8 }).test).not.toEqual(a.test);
  });
});
