import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { anyLabelledSchema, DataError, readJsonl } from "@hotel-intent/shared";
import { FIXTURE_CORPUS_DIR } from "@hotel-intent/testing";
import { describe, expect, it } from "vitest";
import { runDatagen } from "./run-datagen.js";

const fixture = FIXTURE_CORPUS_DIR;
const quiet = () => {};

async function project(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "hotel-intent-datagen-"));
  await cp(fixture, join(root, "datasets", "corpus"), { recursive: true });
  return root;
}

async function readSplits(dir: string) {
  const rows = async (name: string) =>
    (await readFile(join(dir, `${name}.jsonl`), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
  return { train: await rows("train"), validation: await rows("validation"), test: await rows("test") };
}

describe("runDatagen", () => {
  it("keeps validation and test hand-written, variants beside their source, and no message in two splits", async () => {
    const root = await project();
    const { manifest, outDir } = await runDatagen({ root, exclude: [], log: quiet });
    const splits = await readSplits(outDir);
    expect([...splits.validation, ...splits.test].every((row) => row.source === "corpus" || row.source === "out-of-scope")).toBe(true);
    expect(splits.test.filter((row) => row.source === "out-of-scope").every((row) => row.intent === 0 && row.outOfScope === "off-topic")).toBe(true);
    const trainOrigins = new Set(splits.train.filter((row) => row.source === "corpus").map((row) => row.origin));
    for (const row of splits.train.filter((r) => r.source === "variant")) expect(trainOrigins.has(row.origin)).toBe(true);
    const texts = [...splits.train, ...splits.validation, ...splits.test].map((row) => row.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
    expect(splits.train.some((row) => row.source === "composed")).toBe(true);
    for (const name of ["train", "validation", "test"] as const) {
      expect(manifest.splits[name].count).toBe(splits[name].length);
      expect(Object.values(manifest.splits[name].perIntent).reduce((a, b) => a + b, 0)).toBe(splits[name].length);
    }
    expect(Object.keys(manifest.splits.test.perIntent).sort()).toEqual(["0", "10", "17", "7"]);
  });

  it("shows its six stages as progress and stops the progress when it ends", async () => {
    const calls: string[] = [];
    const progress = {
      mode: "lines" as const,
      start: (label: string, total?: number) => calls.push(`start ${label} ${total}`),
      tick: () => calls.push("tick"),
      update: (value: number, detail?: string) => calls.push(`${value} ${detail}`),
      log: (line: string) => calls.push(`log ${line}`),
      stop: () => calls.push("stop"),
    };
    const { manifest } = await runDatagen({ root: await project(), exclude: [], log: quiet, progress });
    expect(calls.slice(0, 7)).toEqual([
      "start datagen stage 6",
      "0 reading the corpus",
      "1 deduplicating and checking for benchmark leakage",
      "2 splitting",
      "3 generating train messages",
      "4 checking generated messages for benchmark leakage",
      "5 writing the splits",
    ]);
    const { train, validation, test } = manifest.splits;
    expect(calls.slice(7)).toEqual([`6 ${train.count} train, ${validation.count} validation, ${test.count} test`, "stop"]);
  });

  it("stops the progress when the corpus is missing", async () => {
    const calls: string[] = [];
    const progress = { mode: "lines" as const, start() {}, tick() {}, update() {}, log() {}, stop: () => calls.push("stop") };
    const root = await mkdtemp(join(tmpdir(), "hotel-intent-datagen-"));
    await expect(runDatagen({ root, exclude: [], log: quiet, progress })).rejects.toThrow("corpus");
    expect(calls).toEqual(["stop"]);
  });

  it("balances train so every intent has the same number of rows, and keeps the out-of-scope messages as intent 0", async () => {
    const { manifest } = await runDatagen({ root: await project(), exclude: [], log: quiet });
    const { 0: outOfScope, ...intents } = manifest.splits.train.perIntent;
    expect(new Set(Object.values(intents)).size).toBe(1);
    expect(outOfScope).toBeGreaterThan(0);
  });

  it("writes identical files for the same seed and a different split for another", async () => {
    const root = await project();
    const first = await runDatagen({ root, seed: 3, exclude: [], log: quiet });
    const again = await runDatagen({ root, seed: 3, exclude: [], log: quiet });
    expect(again.manifest.splits).toEqual(first.manifest.splits);
    const other = await runDatagen({ root, seed: 4, exclude: [], log: quiet });
    expect(other.manifest.splits.test.sha256).not.toBe(first.manifest.splits.test.sha256);
  });

  it("refuses corpus messages that match a benchmark text", async () => {
    const root = await project();
    const benchmark = join(root, "benchmark.jsonl");
    await writeFile(benchmark, `${JSON.stringify({ text: "Our flight is at 9pm, could we stay in the room a bit longer?", intent: 7 })}\n`);
    const { manifest, outDir, warnings } = await runDatagen({ root, exclude: [benchmark], log: quiet });
    expect(manifest.dropped.benchmarkMatches).toBeGreaterThanOrEqual(1);
    expect(warnings.some((warning) => warning.includes("07-late-check-out.jsonl:1"))).toBe(true);
    const all = Object.values(await readSplits(outDir)).flat();
    expect(all.some((row) => row.text.startsWith("Our flight is at 9pm"))).toBe(false);
    expect(manifest.excludeFiles).toEqual(["benchmark.jsonl"]);
  });

  it("writes splits that the labelled reader accepts", async () => {
    const { outDir } = await runDatagen({ root: await project(), exclude: [], log: quiet });
    expect((await readJsonl({ file: join(outDir, "train.jsonl"), schema: anyLabelledSchema })).length).toBeGreaterThan(30);
  });

  it("names the file, line and field of a corpus line with the wrong intent", async () => {
    const root = await project();
    const file = join(root, "datasets", "corpus", "07-late-check-out.jsonl");
    await writeFile(file, `${(await readFile(file, "utf8")).trimEnd()}\n{"text":"where is the gym","intent":32}\n`);
    const error = await runDatagen({ root, exclude: [], log: quiet }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toBe(`${file}:11: intent: is 32, but this file holds intent 7`);
  });

  it("refuses an empty corpus file and a file not named after an intent", async () => {
    const root = await project();
    const corpus = join(root, "datasets", "corpus");
    await writeFile(join(corpus, "07-late-check-out.jsonl"), "");
    await expect(runDatagen({ root, exclude: [], log: quiet })).rejects.toThrow("07-late-check-out.jsonl: has no data lines");
    const other = await project();
    await writeFile(join(other, "datasets", "corpus", "99-nothing.jsonl"), '{"text":"x","intent":1}\n');
    await expect(runDatagen({ root: other, exclude: [], log: quiet })).rejects.toThrow("named NN-slug.jsonl");
  });
});
