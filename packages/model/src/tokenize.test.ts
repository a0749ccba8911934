import { describe, expect, it } from "vitest";
import { createConceptMatcher } from "./lexicon.js";
import { normaliseText, tokenize } from "./tokenize.js";

describe("tokenize", () => {
  it("expands contractions, folds curly apostrophes and stems", () => {
    expect(tokenize("We can’t leave until we’re packed")).toEqual(["we", "can", "not", "leav", "until", "we", "are", "pack"]);
  });

  it("replaces clock times and numbers with placeholders", () => {
    expect(normaliseText("Flight at 9pm, room 412, 14:30")).toMatch(/flight at\s+qtime\s*, room\s+qnum\s*,\s+qtime/);
  });
});

describe("createConceptMatcher", () => {
  it("finds single words and multi-word phrases through their stems", () => {
    const match = createConceptMatcher({ lexicon: { DEPARTURE: ["leave", "flight home"], CHILDREN: ["kids"] } });
    expect(match(tokenize("Our flights home leave late and the kids are tired")).sort()).toEqual(["CHILDREN", "DEPARTURE"]);
    expect(match(tokenize("a flight to Rome"))).toEqual([]);
  });
});

describe("normaliseText", () => {
  it.each([
    ["I can't, we won't, it ain't", "i can not, we will not, it is not"],
    ["cant wont", "can not will not"],
    ["we're here, I'm late, we'll go, I've seen, I'd like, the hotel's pool, don't", "we are here, i am late, we will go, i have seen, i would like, the hotel pool, do not"],
  ])("expands %j", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});
