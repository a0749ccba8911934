import { describe, expect, it } from "vitest";
import { textWidth } from "./text-width.js";

describe("textWidth", () => {
  it("returns the sum of the characters' advance widths times the font size", () => {
    expect(textWidth({ text: "il", fontSize: 10 })).toBeCloseTo(5.56);
    expect(textWidth({ text: "mW", fontSize: 10 })).toBeCloseTo(19.63);
    expect(textWidth({ text: "42", fontSize: 10 })).toBeCloseTo(12.72);
  });

  it("returns a narrower width than Vega's 0.8 em per character guess for an intent name", () => {
    const text = "7 Request late check-out";
    expect(textWidth({ text })).toBeLessThan(0.8 * 11 * text.length * 0.75);
    expect(textWidth({ text, bold: true })).toBeCloseTo(textWidth({ text }) * 1.08);
  });
});
