import { describe, expect, it } from "vitest";
import { InterruptedError } from "./openai-errors.js";
import { pollUntil } from "./poll-until.js";

describe("pollUntil", () => {
  it("reads until done and reports every state, the final one included", async () => {
    const states = ["queued", "running", "running", "succeeded", "never read"];
    const seen: string[] = [];
    let reads = 0;
    const final = await pollUntil({
      read: async () => states[reads++] as string,
      done: (state) => state === "succeeded",
      onUpdate: (state) => {
        seen.push(state);
      },
      intervalMs: 1,
    });
    expect(final).toBe("succeeded");
    expect(seen).toEqual(["queued", "running", "running", "succeeded"]);
    expect(reads).toBe(4);
  });

  it("throws an interrupted error with the resume hint when aborted while waiting", async () => {
    const controller = new AbortController();
    let reads = 0;
    const polling = pollUntil({
      read: async () => {
        reads++;
        setTimeout(() => controller.abort(), 5);
        return "running";
      },
      done: () => false,
      intervalMs: 60_000,
      signal: controller.signal,
      resumeHint: "rerun status",
    });
    await expect(polling).rejects.toThrow(InterruptedError);
    await expect(polling).rejects.toThrow("(rerun status)");
    expect(reads).toBe(1);
  });
});
