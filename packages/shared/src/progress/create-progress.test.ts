import { describe, expect, it } from "vitest";
import { createProgress, type ProgressStream } from "./create-progress.js";

function recorder(isTTY: boolean): ProgressStream & { text: () => string } {
  const chunks: string[] = [];
  return { isTTY, columns: 120, write: (chunk: string) => chunks.push(chunk), text: () => chunks.join("") };
}

describe("createProgress", () => {
  it("prints a start line, at most one line per interval, and a done line in lines mode", () => {
    const stream = recorder(false);
    let clock = 0;
    const progress = createProgress({ mode: "lines", stream, intervalMs: 1000, now: () => clock });
    progress.start("evals local-test", 679);
    clock = 400;
    progress.tick(100);
    clock = 1200;
    progress.tick(100, "accuracy so far 85%");
    clock = 1500;
    progress.tick(100);
    progress.log("warning: something to keep");
    clock = 2600;
    progress.update(679);
    progress.stop();
    progress.stop();
    expect(stream.text().split("\n")).toEqual([
      "evals local-test: started (679)",
      "evals local-test: 200/679 (29%) accuracy so far 85%",
      "warning: something to keep",
      "evals local-test: 679/679 (100%) accuracy so far 85%",
      "evals local-test: done, 679/679 (100%) accuracy so far 85% in 2.6 s",
      "",
    ]);
  });

  it("shows the count without a share when the total is unknown", () => {
    const stream = recorder(false);
    let clock = 0;
    const progress = createProgress({ mode: "lines", stream, intervalMs: 10, now: () => clock });
    progress.start("fine-tuning ftjob-1");
    clock = 20;
    progress.update(3, "running");
    progress.stop();
    expect(stream.text()).toBe("fine-tuning ftjob-1: started\nfine-tuning ftjob-1: 3 running\nfine-tuning ftjob-1: done, 3 running in 0.0 s\n");
  });

  it("writes nothing when quiet", () => {
    const stream = recorder(true);
    const progress = createProgress({ quiet: true, stream });
    progress.start("datagen", 6);
    progress.tick();
    progress.log("a warning");
    progress.stop();
    expect(progress.mode).toBe("silent");
    expect(stream.text()).toBe("");
  });

  it("draws a cli-progress bar with the label, count and detail on a terminal, and keeps log lines", () => {
    const stream = recorder(true);
    const progress = createProgress({ mode: "bar", stream });
    progress.start("finetune", 4);
    progress.tick(1, "loss 0.3121");
    progress.log("epoch 1 done");
    progress.tick(3, "loss 0.0034");
    progress.stop();
    const text = stream.text();
    expect(text).toContain("epoch 1 done\n");
    expect(text).toContain("finetune [");
    expect(text).toContain("4/4 100%");
    expect(text).toContain("loss 0.0034");
    expect(text.indexOf("epoch 1 done")).toBeLessThan(text.lastIndexOf("4/4 100%"));
  });
});
