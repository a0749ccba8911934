import { describe, expect, it } from "vitest";
import { progressMode } from "./progress-mode.js";

describe("progressMode", () => {
  it("returns bar when the stream is a terminal and CI is unset", () => {
    expect(progressMode({ stream: { isTTY: true }, env: {} })).toBe("bar");
  });

  it("returns lines when CI is set, even on a terminal", () => {
    expect(progressMode({ stream: { isTTY: true }, env: { CI: "true" } })).toBe("lines");
  });

  it("returns lines when the stream is not a terminal", () => {
    expect(progressMode({ stream: { isTTY: false }, env: {} })).toBe("lines");
    expect(progressMode({ stream: {}, env: {} })).toBe("lines");
  });

  it("returns silent with quiet, whatever the stream", () => {
    expect(progressMode({ quiet: true, stream: { isTTY: true }, env: {} })).toBe("silent");
  });
});
