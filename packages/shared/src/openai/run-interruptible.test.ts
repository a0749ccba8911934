import { afterEach, describe, expect, it, vi } from "vitest";
import { InterruptedError } from "./openai-errors.js";
import { runInterruptible } from "./run-interruptible.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("runInterruptible", () => {
  it("returns 0 when the work ends and leaves no SIGINT listener behind", async () => {
    const before = process.listenerCount("SIGINT");
    let during = 0;
    const code = await runInterruptible(async () => {
      during = process.listenerCount("SIGINT");
    });
    expect(code).toBe(0);
    expect(during).toBe(before + 1);
    expect(process.listenerCount("SIGINT")).toBe(before);
  });

  it("aborts the signal on SIGINT, and returns 130 with the message on stderr when the work stops interrupted", async () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const code = await runInterruptible(async (signal) => {
      const onSignal = process.listeners("SIGINT").at(-1) as () => void;
      onSignal();
      expect(signal.aborted).toBe(true);
      throw new InterruptedError("stopped waiting");
    });
    expect(code).toBe(130);
    expect(stderr).toHaveBeenCalledWith("stopped waiting\n");
  });

  it("rethrows any other error", async () => {
    const before = process.listenerCount("SIGINT");
    await expect(
      runInterruptible(async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(process.listenerCount("SIGINT")).toBe(before);
  });
});
