import { INTENTS } from "@hotel-intent/shared";
import { describe, expect, it } from "vitest";
import { readTeacherPrompt, teacherMessages } from "./teacher-prompt.js";

describe("readTeacherPrompt", () => {
  it("returns the intent and count that teacherMessages asked for", () => {
    const intent = INTENTS[6];
    if (!intent) throw new Error("no intent 7");
    const [, user] = teacherMessages({ intent, count: 12, round: 2 });
    expect(readTeacherPrompt(user?.content ?? "")).toEqual({ intent: 7, count: 12 });
  });

  it("throws for a prompt that is not a teacher prompt", () => {
    expect(() => readTeacherPrompt("Classify this message.")).toThrow("not a teacher prompt");
  });
});
