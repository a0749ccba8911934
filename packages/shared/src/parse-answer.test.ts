import { describe, expect, it } from "vitest";
import { AnswerParseError } from "./errors.js";
import { parseAnswer } from "./parse-answer.js";

describe("parseAnswer", () => {
  it.each([
    "7",
    "#7",
    " 7\n",
    "7 - Request late check-out",
    "INTENTION: #7",
    "Request late check-out",
    "request late check-out.",
    "7.",
    "Intent: 7",
    "late-check-out",
  ])("returns 7 for %j", (answer) => {
    expect(parseAnswer(answer)).toBe(7);
  });

  it("reads every id from 1 to 40 and every intent name", async () => {
    const { INTENTS } = await import("./intents.js");
    for (const intent of INTENTS) {
      expect(parseAnswer(String(intent.id))).toBe(intent.id);
      expect(parseAnswer(intent.name)).toBe(intent.id);
    }
  });

  it.each(["0", "0 - none of these", " 0\n"])("reads %j as none of the intents (0)", (answer) => {
    expect(parseAnswer(answer)).toBe(0);
  });

  it.each(["", "00 - Cancel reservation", "41", "77", "7 or 8", "maybe 7", "7 - Cancel reservation", "late", "seven", "I think it is 7"])(
    "throws a typed error for %j",
    (answer) => {
      expect(() => parseAnswer(answer)).toThrow(AnswerParseError);
    },
  );
});
