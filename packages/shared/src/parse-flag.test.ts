import { describe, expect, it } from "vitest";
import { parseChoiceFlag, parseIdListFlag, parseNumberFlag } from "./parse-flag.js";
import { UsageError } from "./usage-error.js";

describe("parseNumberFlag", () => {
  it("returns the number, or undefined when the flag is absent", () => {
    expect(parseNumberFlag({ name: "threshold", value: "0.5", min: 0, max: 1 })).toBe(0.5);
    expect(parseNumberFlag({ name: "port", value: 8040, integer: true })).toBe(8040);
    expect(parseNumberFlag({ name: "port", value: undefined })).toBeUndefined();
  });

  it.each([
    [{ name: "threshold", value: "abc", min: 0, max: 1 }, '--threshold must be a number from 0 to 1, got "abc"'],
    [{ name: "threshold", value: "2", min: 0, max: 1 }, '--threshold must be a number from 0 to 1, got "2"'],
    [{ name: "top-k", value: "1.5", integer: true, min: 0 }, '--top-k must be a whole number of at least 0, got "1.5"'],
    [{ name: "seed", value: "", integer: true }, '--seed must be a whole number, got ""'],
    [{ name: "seed", value: ["1", "2"], integer: true }, '--seed must be a whole number, got "1 2"'],
  ])("refuses %j with a usage error naming flag, range and value", (options, message) => {
    expect(() => parseNumberFlag(options)).toThrow(UsageError);
    expect(() => parseNumberFlag(options)).toThrow(message);
  });
});

describe("parseChoiceFlag and parseIdListFlag", () => {
  it("take one of the words, and one id or several", () => {
    expect(parseChoiceFlag({ name: "endpoint", value: "chat", choices: ["classify", "chat"] })).toBe("chat");
    expect(() => parseChoiceFlag({ name: "endpoint", value: "x", choices: ["classify", "chat"] })).toThrow('--endpoint must be classify or chat, got "x"');
    expect(parseIdListFlag({ name: "intents", value: 7 })).toEqual([7]);
    expect(parseIdListFlag({ name: "intents", value: "7, 10" })).toEqual([7, 10]);
    expect(() => parseIdListFlag({ name: "intents", value: "7,x" })).toThrow(UsageError);
  });
});
