import { execFile } from "node:child_process";
import { appendFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { copyRepository } from "@hotel-intent/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const run = promisify(execFile);
let copy = "";

/** The hash turbo gives each stage's pipeline task, without running anything. */
async function pipelineHashes(): Promise<Record<string, string>> {
  const { stdout } = await run(join(copy, "node_modules/.bin/turbo"), ["run", "pipeline", "--dry=json"], {
    cwd: copy,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const tasks = (JSON.parse(stdout) as { tasks: { taskId: string; hash: string }[] }).tasks;
  return Object.fromEntries(
    tasks.filter((task) => task.taskId.endsWith("#pipeline")).map((task) => [task.taskId.replace(/^@hotel-intent\/|#pipeline$/g, ""), task.hash]),
  );
}

/** A copy of the repository's tracked code (no datasets), sharing its installed node_modules. */
beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), "hotel-intent-turbo-"));
  await copyRepository({ root: ROOT, to: copy, skip: ["datasets/"] });
});
afterAll(() => rm(copy, { recursive: true, force: true }));

describe("the turbo graph", () => {
  it.each([
    ["packages/shared/src/jsonl.ts", ["classifier", "datagen", "evals", "finetune"]],
    ["packages/datagen/src/run-datagen.ts", ["classifier", "datagen", "evals", "finetune"]],
    ["packages/model/src/create-predictor.ts", ["classifier", "datagen", "evals", "finetune"]],
    ["packages/finetune/src/local/train-linear.ts", ["classifier", "evals", "finetune"]],
    ["packages/evals/src/compute-metrics.ts", ["classifier", "evals"]],
    ["packages/classifier/src/local-classifier.ts", ["classifier", "evals"]],
    ["packages/classifier/src/cli.ts", ["classifier", "evals"]],
    ["packages/evals/src/compute-metrics.test.ts", []],
  ])("misses exactly the stages that run %s or come after one that does", async (file, missed) => {
    const before = await pipelineHashes();
    await appendFile(join(copy, file), "\n// edited\n");
    const after = await pipelineHashes();
    expect(Object.keys(before).sort()).toEqual(["classifier", "datagen", "evals", "finetune"]);
    expect(
      Object.keys(after)
        .filter((stage) => after[stage] !== before[stage])
        .sort(),
    ).toEqual(missed);
  });
});
