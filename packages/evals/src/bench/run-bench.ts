import { existsSync } from "node:fs";
import { join } from "node:path";
import { readCorpus, runDatagen } from "@hotel-intent/datagen";
import type { Example } from "@hotel-intent/finetune";
import { anyLabelledSchema, HotelIntentError, loadConfig, projectPaths, readJsonl, writeFileAtomic, writeJson } from "@hotel-intent/shared";
import { checkLeakage } from "./check-leakage.js";
import type { Contender } from "./contender.js";
import { createEmbeddedContender } from "./embedded-contender.js";
import { createFasttextContender } from "./fasttext-contender.js";
import { createNlpjsContender } from "./nlpjs-contender.js";
import { renderBench } from "./render-bench.js";
import { type SetScore, scoreContender } from "./score-contender.js";

export interface RunBenchOptions {
  root?: string;
  /** Only the embedded model, no nlp.js or fastText. @default false */
  embeddedOnly?: boolean;
  log?: (line: string) => void;
}

export interface ContenderResult {
  name: string;
  skipped?: string;
  trainSeconds?: number;
  sizeBytes?: number;
  scores: SetScore[];
}

export interface BenchResult {
  createdAt: string;
  data: { train: number; validation: number; test: number; dev: number | null; benchmark: number | null };
  contenders: ContenderResult[];
}

/** Trains the embedded model and its peers on the same generated data and scores them on the test split and VagueIntent-Eval. */
export async function runBench({
  root,
  embeddedOnly = false,
  log = (line) => process.stderr.write(`${line}\n`),
}: RunBenchOptions = {}): Promise<{ result: BenchResult; markdown: string; dir: string }> {
  const paths = projectPaths(root);
  const config = await loadConfig({ file: paths.config });
  if (!existsSync(join(paths.generated, "manifest.json"))) {
    log("bench: no generated dataset yet; running datagen");
    await runDatagen({ root: paths.root, log });
  }
  const read = (file: string) => readJsonl({ file, schema: anyLabelledSchema });
  const train: Example[] = await read(join(paths.generated, "train.jsonl"));
  const validation: Example[] = await read(join(paths.generated, "validation.jsonl"));
  const test: Example[] = await read(join(paths.generated, "test.jsonl"));
  const benchmarkFile = join(paths.seedData, "vagueintent-eval.jsonl");
  const benchmark: Example[] | null = existsSync(benchmarkFile) ? await read(benchmarkFile) : null;
  const devFile = join(paths.root, "evalsets", "dev-blind.jsonl");
  const dev: Example[] | null = existsSync(devFile) ? await read(devFile) : null;

  if (benchmark) {
    const corpus = await readCorpus({ dir: paths.corpus });
    const leaks = checkLeakage({
      texts: [
        ...corpus.messages,
        ...corpus.fragments,
        ...[...train, ...validation, ...test].map((example, index) => ({ text: example.text, origin: `generated #${index + 1}` })),
      ],
      benchmark: benchmark.map((example) => example.text),
    });
    if (leaks.length > 0) {
      throw new HotelIntentError(
        "E_LEAKAGE",
        `${leaks.length} corpus or generated messages are within 0.7 trigram Jaccard of VagueIntent-Eval:\n${leaks
          .slice(0, 10)
          .map((leak) => `  ${leak.origin}: ${JSON.stringify(leak.text)} ~ ${JSON.stringify(leak.benchmark)} (${leak.similarity.toFixed(2)})`)
          .join("\n")}`,
      );
    }
    log("bench: leakage check passed (no message within 0.7 trigram Jaccard of VagueIntent-Eval)");
  }

  const embedded = createEmbeddedContender({ featurizer: config.finetune.local.featurizer, settings: config.finetune.local.train });
  const contenders: Contender[] = [embedded];
  // For information only: what importing the original project's 400 training messages (allowed to users, never done by
  // the default pipeline) adds. Messages within 0.7 trigram Jaccard of VagueIntent-Eval are dropped first.
  const importFile = join(paths.seedData, "vagueintent-train.jsonl");
  if (benchmark && existsSync(importFile)) {
    const imported = await read(importFile);
    const leaked = new Set(
      checkLeakage({
        texts: imported.map((example, index) => ({ text: example.text, origin: String(index) })),
        benchmark: benchmark.map((example) => example.text),
      }).map((leak) => Number(leak.origin)),
    );
    const clean = imported.filter((_, index) => !leaked.has(index));
    log(`bench: VagueIntent-Train: ${clean.length} of ${imported.length} messages kept for the import row`);
    contenders.push({
      ...embedded,
      name: "hotel-intent embedded + imported VagueIntent-Train (not the default)",
      train: (data) => embedded.train({ ...data, train: [...data.train, ...clean] }),
    });
  }
  if (!embeddedOnly) contenders.push(createNlpjsContender(), createFasttextContender());
  const results: ContenderResult[] = [];
  for (const contender of contenders) {
    if (contender.unavailable) {
      log(`bench: ${contender.name}: skipped, ${contender.unavailable}`);
      results.push({ name: contender.name, skipped: contender.unavailable, scores: [] });
      continue;
    }
    log(`bench: training ${contender.name} on ${train.length} messages`);
    const start = performance.now();
    const trained = await contender.train({ train, validation });
    const trainSeconds = (performance.now() - start) / 1000;
    const warmup = train.slice(0, 1000).map((example) => example.text);
    const scores = [await scoreContender({ trained, set: "test split", examples: test, warmup })];
    if (dev) scores.push(await scoreContender({ trained, set: "dev-blind (evalsets/)", examples: dev, warmup }));
    if (benchmark) scores.push(await scoreContender({ trained, set: "VagueIntent-Eval", examples: benchmark, warmup }));
    results.push({ name: contender.name, trainSeconds, sizeBytes: trained.sizeBytes, scores });
  }
  const result: BenchResult = {
    createdAt: new Date().toISOString(),
    data: { train: train.length, validation: validation.length, test: test.length, dev: dev?.length ?? null, benchmark: benchmark?.length ?? null },
    contenders: results,
  };
  const markdown = renderBench(result);
  const dir = join(paths.reports, "bench");
  await writeJson({ file: join(dir, "bench.json"), value: result });
  await writeFileAtomic({ file: join(dir, "bench.md"), data: markdown });
  return { result, markdown, dir };
}
