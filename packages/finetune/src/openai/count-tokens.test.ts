import { buildMessages } from "@hotel-intent/shared";
import { describe, expect, it } from "vitest";
import { countChatTokens, countTokens } from "./count-tokens.js";

describe("countTokens", () => {
  it("counts o200k_base tokens", () => {
    expect(countTokens("hello world")).toBe(2);
    expect(countTokens("17")).toBe(1);
    expect(countTokens("")).toBe(0);
  });
});

describe("countChatTokens", () => {
  it("adds 3 tokens per message plus the role, and 3 for the reply", () => {
    const messages = [
      { role: "user", content: "hello world" },
      { role: "assistant", content: "7" },
    ];
    expect(countChatTokens(messages)).toBe(3 + 1 + 2 + (3 + 1 + 1) + 3);
  });

  it("returns many more tokens for the full prompt than for the compact one", () => {
    const text = "our flight isn't until the evening, can we keep the room?";
    const compact = countChatTokens(buildMessages({ text, style: "compact" }));
    const full = countChatTokens(buildMessages({ text, style: "full" }));
    expect(compact).toBeLessThan(60);
    expect(full).toBeGreaterThan(compact * 5);
  });
});
