import { existsSync } from "node:fs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_CORPUS_DIR, trainFixtureModel } from "@hotel-intent/finetune/testing";
import { labelledExampleSchema, readJsonl, writeJsonl } from "@hotel-intent/shared";
import type { Progress } from "@hotel-intent/shared/progress";
import { describe, expect, it } from "vitest";
import { runLocalEvals } from "./run-local-evals.js";

describe("runLocalEvals", () => {
  it("returns each message's time in microseconds, shows progress per batch of 100, and writes report.json, .md and .html", async () => {
    const root = await mkdtemp(join(tmpdir(), "hotel-intent-evals-"));
    const files = (await readdir(FIXTURE_CORPUS_DIR)).filter((name) => name.endsWith(".jsonl"));
    const labelled = (await Promise.all(files.map((name) => readJsonl({ file: join(FIXTURE_CORPUS_DIR, name), schema: labelledExampleSchema })))).flat();
    const rows = Array.from({ length: 250 }, (_, index) => labelled[index % labelled.length] as { text: string; intent: number });
    const dataset = join(root, "messages.jsonl");
    await writeJsonl({ file: dataset, rows: rows.map(({ text, intent }) => ({ text, intent })) });
    const calls: string[] = [];
    const progress: Progress = {
      mode: "lines",
      start: (label, total) => calls.push(`start ${label} ${total}`),
      tick: () => calls.push("tick"),
      update: (value) => calls.push(`update ${value}`),
      log: (line) => calls.push(`log ${line}`),
      stop: () => calls.push("stop"),
    };

    const { report, dir } = await runLocalEvals({ root, dataset, modelDir: await trainFixtureModel(), progress });

    expect(calls).toEqual(["start evals local-messages 250", "update 100", "update 200", "update 250", "stop"]);
    expect(report.items).toHaveLength(250);
    expect(report.items.every((item) => typeof item.microseconds === "number" && item.microseconds > 0)).toBe(true);
    expect(report.latency.samples).toBe(250);
    expect(dir).toBe(join(root, "datasets", "reports", "local-messages"));
    for (const file of ["report.json", "report.md", "report.html"]) expect(existsSync(join(dir, file)), file).toBe(true);
  });

  it("reads the other labelled shapes and scores the model's accuracy on them", async () => {
    const root = await mkdtemp(join(tmpdir(), "hotel-intent-evals-"));
    const dataset = join(root, "items.jsonl");
    await writeJsonl({
      file: dataset,
      rows: [
        { item: { input_text: "could you send up a few more towels, the kids used them all", correct_label: "17" } },
        {
          messages: [
            { role: "user", content: "we have heavy suitcases, can someone carry them up?" },
            { role: "assistant", content: "10" },
          ],
        },
      ],
    });
    const { report } = await runLocalEvals({ root, dataset, modelDir: await trainFixtureModel() });
    expect(report.items.map((item) => item.intent)).toEqual([17, 10]);
    expect(report.metrics.accuracy).toBe(1);
  });

  it("names a missing --dataset file, and the command that makes a missing test split", async () => {
    const root = await mkdtemp(join(tmpdir(), "hotel-intent-evals-"));
    const modelDir = await trainFixtureModel();
    await expect(runLocalEvals({ root, dataset: join(root, "nope.jsonl"), modelDir })).rejects.toThrow(`${join(root, "nope.jsonl")}: no such file`);
    await expect(runLocalEvals({ root, modelDir })).rejects.toThrow("pnpm datagen");
  });
});
