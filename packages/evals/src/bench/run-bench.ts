import { existsSync } from "node:fs";
import { join } from "node:path";
import { readCorpus, readVagueSources, runDatagen } from "@hotel-intent/datagen";
import {
  anyLabelledSchema,
  dataPartOf,
  HotelIntentError,
  loadConfig,
  OUT_OF_SCOPE,
  projectPaths,
  readJsonl,
  writeFileAtomic,
  writeJson,
} from "@hotel-intent/shared";
import { SETS } from "./bench-sets.js";
import { checkLeakage } from "./check-leakage.js";
import type { Contender } from "./contender.js";
import { createEmbeddedContender } from "./embedded-contender.js";
import { createFasttextContender } from "./fasttext-contender.js";
import { type GeneratedRow, limitParaphrases } from "./limit-paraphrases.js";
import { createNlpjsContender } from "./nlpjs-contender.js";
import { renderBench } from "./render-bench.js";
import { renderBenchHtml } from "./render-bench-html.js";
import { type SetScore, scoreContender } from "./score-contender.js";

export interface RunBenchOptions {
  root?: string;
  /** Only the embedded model, no nlp.js or fastText. @default false */
  embeddedOnly?: boolean;
  /** Paraphrases per VagueIntent-Train line at which the learning curve trains the embedded model; none skips it. @default [0, 5, 10, 20, all] */
  curve?: readonly number[];
  log?: (line: string) => void;
}

export interface ContenderResult {
  name: string;
  skipped?: string;
  trainSeconds?: number;
  sizeBytes?: number;
  scores: SetScore[];
}

/** One point of the learning curve: the embedded model trained with at most `paraphrasesPerMessage` paraphrases a line. */
export interface CurvePoint {
  paraphrasesPerMessage: number;
  train: number;
  scores: { set: string; count: number; accuracy: number }[];
}

export interface BenchResult {
  createdAt: string;
  data: { train: number; validation: number; test: number; dev: number | null; benchmark: number | null };
  contenders: ContenderResult[];
  /** Corpus, paraphrase, register and generated messages within 0.7 trigram Jaccard of VagueIntent-Eval (the bench stops above 0). */
  leakagePairs?: number | null;
  learningCurve?: CurvePoint[];
}

/** Every paraphrase the data holds, for the learning curve's last point. */
const ALL = Number.POSITIVE_INFINITY;

/**
 * Trains the embedded model and its peers on the same generated data and scores them on the test split (and its two
 * parts), dev-blind, vague-dev and VagueIntent-Eval; then the embedded model's learning curve against paraphrases a line.
 * VagueIntent-Eval's messages are only scored, never read for anything else.
 */
export async function runBench({
  root,
  embeddedOnly = false,
  curve = [0, 5, 10, 20, ALL],
  log = (line) => process.stderr.write(`${line}\n`),
}: RunBenchOptions = {}): Promise<{ result: BenchResult; markdown: string; dir: string }> {
  const paths = projectPaths(root);
  const config = await loadConfig({ file: paths.config });
  if (!existsSync(join(paths.generated, "manifest.json"))) {
    log("bench: no generated dataset yet; running datagen");
    await runDatagen({ root: paths.root, log });
  }
  const read = (file: string): Promise<GeneratedRow[]> => readJsonl({ file, schema: anyLabelledSchema });
  const train = await read(join(paths.generated, "train.jsonl"));
  const validation = await read(join(paths.generated, "validation.jsonl"));
  const test = await read(join(paths.generated, "test.jsonl"));
  const benchmarkFile = paths.vagueIntentEval;
  const benchmark = existsSync(benchmarkFile) ? await read(benchmarkFile) : null;
  const devFile = join(paths.root, "evalsets", "dev-blind.jsonl");
  const dev = existsSync(devFile) ? await read(devFile) : null;
  const vagueDev = validation.filter((row) => row.source === "vagueintent-train" || row.source === "paraphrase");
  const vagueDevOriginals = vagueDev.filter((row) => row.source === "vagueintent-train");

  let leakagePairs: number | null = null;
  if (benchmark) {
    const corpus = await readCorpus({ dir: paths.corpus });
    const vague = await readVagueSources({ corpusDir: paths.corpus, vagueIntentTrain: paths.vagueIntentTrain });
    const leaks = checkLeakage({
      texts: [
        ...corpus.messages,
        ...corpus.fragments,
        ...vague.messages.filter((message) => message.source !== "vagueintent-train"),
        ...[...train, ...validation, ...test].map((example, index) => ({ text: example.text, origin: `generated #${index + 1}` })),
      ],
      benchmark: benchmark.map((example) => example.text),
    });
    leakagePairs = leaks.length;
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

  const sets: { name: string; examples: readonly GeneratedRow[] }[] = [
    { name: SETS.test, examples: test },
    { name: SETS.testCorpus, examples: test.filter((row) => row.intent !== OUT_OF_SCOPE && dataPartOf(row) === "corpus") },
    { name: SETS.testVague, examples: test.filter((row) => row.intent !== OUT_OF_SCOPE && dataPartOf(row) === "vague") },
    ...(dev ? [{ name: SETS.dev, examples: dev }] : []),
    { name: SETS.vagueDev, examples: vagueDevOriginals.length > 0 ? vagueDevOriginals : vagueDev },
    ...(benchmark ? [{ name: SETS.benchmark, examples: benchmark }] : []),
  ].filter((set) => set.examples.length > 0);

  const embedded = createEmbeddedContender({ featurizer: config.finetune.local.featurizer, settings: config.finetune.local.train });
  const contenders: Contender[] = [embedded];
  if (!embeddedOnly) contenders.push(createNlpjsContender(), createFasttextContender());
  // the same warm-up for every contender and set: enough calls for the JIT to settle before the first timed message
  const warmup = train.slice(0, 5000).map((example) => example.text);
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
    const scores: SetScore[] = [];
    for (const set of sets) scores.push(await scoreContender({ trained, set: set.name, examples: set.examples, warmup }));
    results.push({ name: contender.name, trainSeconds, sizeBytes: trained.sizeBytes, scores });
  }

  const learningCurve: CurvePoint[] = [];
  const curveSets = sets.filter((set) => set.name === SETS.vagueDev || set.name === SETS.benchmark || set.name === SETS.testCorpus);
  for (const perMessage of curve) {
    const limited = limitParaphrases({ rows: train, perMessage });
    const label = perMessage === ALL ? "all" : String(perMessage);
    log(`bench: learning curve, ${label} paraphrases per VagueIntent-Train line (${limited.length} train messages)`);
    const trained = await embedded.train({ train: limited, validation });
    const scores: CurvePoint["scores"] = [];
    for (const set of curveSets) {
      let right = 0;
      for (const example of set.examples) if ((await trained.predict(example.text)) === example.intent) right++;
      scores.push({ set: set.name, count: set.examples.length, accuracy: right / set.examples.length });
    }
    learningCurve.push({ paraphrasesPerMessage: perMessage === ALL ? maxParaphrases(train) : perMessage, train: limited.length, scores });
  }

  const result: BenchResult = {
    createdAt: new Date().toISOString(),
    data: { train: train.length, validation: validation.length, test: test.length, dev: dev?.length ?? null, benchmark: benchmark?.length ?? null },
    contenders: results,
    leakagePairs,
    learningCurve,
  };
  const markdown = renderBench(result);
  const dir = join(paths.reports, "bench");
  await writeJson({ file: join(dir, "bench.json"), value: result });
  await writeFileAtomic({ file: join(dir, "bench.md"), data: markdown });
  await writeFileAtomic({ file: join(dir, "bench.html"), data: await renderBenchHtml({ result, markdown }) });
  return { result, markdown, dir };
}

/** The most paraphrases any VagueIntent-Train line has in the train split. */
function maxParaphrases(rows: readonly GeneratedRow[]): number {
  const perGroup = new Map<string, Set<string>>();
  for (const row of rows) {
    if (typeof row.group !== "string" || !String(row.origin ?? "").startsWith("paraphrases/")) continue;
    perGroup.set(row.group, (perGroup.get(row.group) ?? new Set()).add(String(row.origin)));
  }
  return Math.max(0, ...[...perGroup.values()].map((origins) => origins.size));
}
