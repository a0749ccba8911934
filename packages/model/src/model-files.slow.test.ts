import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadLinearModel } from "./model-files.js";

const WRITER = fileURLToPath(new URL("./__fixtures__/write-models-forever.ts", import.meta.url));
const work = await mkdtemp(join(tmpdir(), "hotel-intent-kill-"));
afterAll(() => rm(work, { recursive: true, force: true }));

describe("a model writer killed at any moment", () => {
  it("leaves a model folder, and its bundled copy, that load (old or new model) in 20 of 20 tries", async () => {
    const dir = join(work, "model");
    const copy = join(work, "bundled");
    const loaded: number[] = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      const child = spawn(process.execPath, ["--import", "tsx", WRITER, dir, copy], { stdio: ["ignore", "pipe", "inherit"] });
      await once(child.stdout, "data");
      // "ready" once both folders hold a model; then kill at a different moment of the writing each try
      await new Promise((resolve) => setTimeout(resolve, attempt * 29));
      const exited = once(child, "exit");
      child.kill("SIGKILL");
      await exited;
      for (const folder of [dir, copy]) loaded.push(Number((await loadLinearModel({ dir: folder })).meta.training.seed));
    }
    expect(loaded).toHaveLength(40);
    expect(new Set(loaded)).toEqual(new Set([1, 2]));
  });
});
