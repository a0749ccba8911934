import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { anyLabelledSchema, DataError, loadConfig, type Manifest, OUT_OF_SCOPE, projectPaths, readJsonl, type SplitName } from "@hotel-intent/shared";
import { type Progress, silentProgress } from "@hotel-intent/shared/progress";
import { type DatasetRow, generateLocal } from "./local/generate-local.js";
import { LEAKAGE_SIMILARITY, prepareSources, type SourceMessage } from "./prepare-sources.js";
import { readCorpus } from "./read-corpus.js";
import { readOutOfScope } from "./read-out-of-scope.js";
import { readVagueSources, type VagueMessage } from "./read-vague-sources.js";
import { createSimilarityIndex } from "./similarity.js";
import { splitStratified } from "./split-stratified.js";
import { splitVague } from "./split-vague.js";
import { writeDataset } from "./write-dataset.js";

export interface RunDatagenOptions {
  /** Project folder. @default the workspace root */
  root?: string;
  /** @default the config's datagen.seed (42) */
  seed?: number;
  /** Labelled files whose messages must never appear in the dataset. @default VagueIntent-Eval when `../shared/seed-data` exists */
  exclude?: string[];
  /** Where the splits go. @default datasets/generated */
  outDir?: string;
  /** Progress and warnings. @default stderr */
  log?: (line: string) => void;
  /** Shows the run stage by stage. @default silentProgress */
  progress?: Progress;
}

export interface RunDatagenResult {
  manifest: Manifest;
  outDir: string;
  warnings: string[];
}

async function hashFiles(files: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(file.split("/").slice(-2).join("/"))
      .update("\0")
      .update(await readFile(file))
      .update("\0");
  return hash.digest("hex");
}

/** The offline provider: corpus -> deduplicated, leakage-checked, stratified, expanded splits and a manifest. */
export async function runDatagen({
  root,
  seed,
  exclude,
  outDir,
  log = (line) => process.stderr.write(`${line}\n`),
  progress = silentProgress,
}: RunDatagenOptions = {}): Promise<RunDatagenResult> {
  progress.start("datagen stage", 6);
  try {
    return await generate({ root, seed, exclude, outDir, log, progress });
  } finally {
    progress.stop();
  }
}

async function generate({
  root,
  seed,
  exclude,
  outDir,
  log,
  progress,
}: RunDatagenOptions & { log: (line: string) => void; progress: Progress }): Promise<RunDatagenResult> {
  const paths = projectPaths(root);
  const config = (await loadConfig({ file: paths.config })).datagen;
  const effectiveSeed = seed ?? config.seed;
  const defaultExclude = paths.vagueIntentEval;
  const excludeFiles = exclude ?? (existsSync(defaultExclude) ? [defaultExclude] : []);
  const excludeTexts: string[] = [];
  for (const file of excludeFiles) excludeTexts.push(...(await readJsonl({ file, schema: anyLabelledSchema })).map((row) => row.text));

  progress.update(0, "reading the corpus");
  const corpus = await readCorpus({ dir: paths.corpus });
  const vague = await readVagueSources({ corpusDir: paths.corpus, vagueIntentTrain: paths.vagueIntentTrain });
  const outOfScope = await readOutOfScope({ corpusDir: paths.corpus });
  progress.update(1, "deduplicating and checking for benchmark leakage");
  const warnings: string[] = [];
  const all = prepareSources<SourceMessage & { vague?: VagueMessage }>({
    messages: [...corpus.messages, ...vague.messages.map((message) => ({ ...message, vague: message }))],
    excludeTexts,
  });
  for (const conflict of all.conflicts) warnings.push(`${conflict.origin}: near-duplicate of ${conflict.other} with a different intent; dropped`);
  for (const match of all.benchmarkMatches) {
    warnings.push(`${match.origin}: refused, ${Math.round(match.similarity * 100)}% similar to a benchmark message`);
  }
  // A VagueIntent-Train line that is a near-copy of a benchmark message takes its paraphrases with it.
  const leakedGroups = new Set(vague.messages.filter((message) => all.benchmarkMatches.some((match) => match.origin === message.origin)).map((m) => m.group));
  const keptVague = all.kept.flatMap((message) => (message.vague && !leakedGroups.has(message.vague.group) ? [message.vague] : []));
  const prepared = { ...all, kept: all.kept.filter((message) => !message.vague) };
  const rejected = prepareSources({ messages: outOfScope.messages.map((message) => ({ ...message, intent: OUT_OF_SCOPE })), excludeTexts });
  const fragments = prepareSources({ messages: corpus.fragments, excludeTexts });
  progress.update(2, "splitting");
  const corpusSplits = splitStratified({
    items: prepared.kept.map(({ text, intent, voice, stage, origin }): DatasetRow => ({ text, intent, voice, stage, origin, source: "corpus" })),
    intentOf: (row) => row.intent,
    validationShare: config.validationShare,
    testShare: config.testShare,
    seed: effectiveSeed,
  });
  const vagueSplits = splitVague({
    messages: keptVague,
    seed: effectiveSeed,
    vagueDevShare: config.vagueDevShare,
    validationShare: config.validationShare,
    testShare: config.testShare,
  });
  const outOfScopeGroups = [...new Set(outOfScope.messages.map((message) => message.group))];
  const outOfScopeSplits = splitStratified({
    items: rejected.kept.map(({ text, group, origin }): DatasetRow => ({ text, intent: OUT_OF_SCOPE, source: "out-of-scope", outOfScope: group, origin })),
    intentOf: (row) => outOfScopeGroups.indexOf(row.outOfScope as string),
    validationShare: config.validationShare,
    testShare: config.testShare,
    seed: effectiveSeed,
  });
  for (const name of ["train", "validation", "test"] as SplitName[]) corpusSplits[name].push(...vagueSplits[name], ...outOfScopeSplits[name]);
  progress.update(3, "generating train messages");
  const splits = generateLocal({ splits: corpusSplits, fragments: fragments.kept, config, seed: effectiveSeed });

  progress.update(4, "checking generated messages for benchmark leakage");
  const benchmark = createSimilarityIndex({ texts: excludeTexts });
  let generatedMatches = 0;
  for (const name of ["train", "validation", "test"] as SplitName[]) {
    splits[name] = splits[name].filter((row) => {
      const leak = benchmark.nearest(row.text).similarity >= LEAKAGE_SIMILARITY;
      if (leak) generatedMatches++;
      return !leak;
    });
    if (splits[name].length === 0 && (name === "train" || prepared.kept.length >= 40)) {
      throw new DataError({ file: paths.corpus, message: `the ${name} split came out empty; the corpus needs more messages per intent` });
    }
  }
  progress.update(5, "writing the splits");
  const target = outDir ?? paths.generated;
  const manifest = await writeDataset({
    dir: target,
    splits,
    manifest: {
      provider: "local",
      seed: effectiveSeed,
      createdBy: "@hotel-intent/datagen",
      corpusHash: await hashFiles([...corpus.files, ...vague.files, ...outOfScope.files]),
      dropped: {
        duplicates: prepared.duplicates + fragments.duplicates,
        nearDuplicates: prepared.nearDuplicates + fragments.nearDuplicates,
        benchmarkMatches: prepared.benchmarkMatches.length + fragments.benchmarkMatches.length + generatedMatches,
      },
      excludeFiles: excludeFiles.map((file) => relative(paths.root, file)),
      sources: {
        corpus: prepared.kept.length,
        vagueIntentTrain: keptVague.filter((message) => message.source === "vagueintent-train").length,
        paraphrases: keptVague.filter((message) => message.source === "paraphrase").length,
        register: keptVague.filter((message) => message.source === "register").length,
        outOfScope: rejected.kept.length,
      },
    },
  });
  progress.update(6, `${manifest.splits.train.count} train, ${manifest.splits.validation.count} validation, ${manifest.splits.test.count} test`);
  for (const warning of warnings) log(`warning: ${warning}`);
  return { manifest, outDir: target, warnings };
}
