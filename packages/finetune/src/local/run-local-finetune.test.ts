import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { labelledExampleSchema, manifestSchema, readJsonl, writeJson, writeJsonl } from "@hotel-intent/shared";
import type { Progress } from "@hotel-intent/shared/progress";
import { describe, expect, it } from "vitest";
import { FIXTURE_CORPUS_DIR } from "../testing/train-fixture-model.js";
import { runLocalFinetune } from "./run-local-finetune.js";

/** A generated dataset made of the fixture corpus: every third message to validation, the rest to train. */
async function fixtureDataset(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "hotel-intent-finetune-"));
  const intents = ["07-late-check-out", "10-luggage-assistance", "17-towels-toiletries"];
  const rows = (await Promise.all(intents.map((name) => readJsonl({ file: join(FIXTURE_CORPUS_DIR, `${name}.jsonl`), schema: labelledExampleSchema })))).flat();
  const train = rows.filter((_, index) => index % 3 !== 0).map(({ text, intent }) => ({ text, intent }));
  const validation = rows.filter((_, index) => index % 3 === 0).map(({ text, intent }) => ({ text, intent }));
  await writeJsonl({ file: join(dir, "train.jsonl"), rows: train });
  await writeJsonl({ file: join(dir, "validation.jsonl"), rows: validation });
  const split = (count: number) => ({ file: "x.jsonl", count, sha256: "0".repeat(64), perIntent: {} });
  const manifest = manifestSchema.parse({
    provider: "local",
    seed: 42,
    createdBy: "test",
    corpusHash: "0",
    splits: { train: split(train.length), validation: split(validation.length), test: split(0) },
    dropped: { duplicates: 0, nearDuplicates: 0, benchmarkMatches: 0 },
    excludeFiles: [],
  });
  await writeJson({ file: join(dir, "manifest.json"), value: manifest });
  return dir;
}

describe("runLocalFinetune", () => {
  it("shows progress per epoch and writes training-report.html beside the model", async () => {
    const dataDir = await fixtureDataset();
    const outDir = await mkdtemp(join(tmpdir(), "hotel-intent-model-"));
    const calls: string[] = [];
    const progress: Progress = {
      mode: "lines",
      start: (label, total) => calls.push(`start ${label} ${total}`),
      tick: () => calls.push("tick"),
      update: (value) => calls.push(`epoch ${value}`),
      log: (line) => calls.push(`log ${line}`),
      stop: () => calls.push("stop"),
    };
    const result = await runLocalFinetune({ dataDir, outDir, train: { epochs: 4, minCount: 1, patience: 10 }, progress });
    expect(calls).toEqual(["start finetune epoch 4", "epoch 1", "epoch 2", "epoch 3", "epoch 4", "stop"]);
    expect(result.history).toHaveLength(4);
    expect(result.trainingReport).toBe(join(outDir, "training-report.html"));
    const html = await readFile(result.trainingReport, "utf8");
    expect(html).toContain("<b>4</b><span>epochs</span>");
    expect(html).toContain('<figure class="chart" data-chart="training">\n<svg');
  });
});
