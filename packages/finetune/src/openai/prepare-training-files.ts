import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { anyLabelledSchema, readJsonl, writeJsonl } from "@hotel-intent/shared";
import { buildSftLines } from "./build-sft-lines.js";
import { estimateTraining, type TrainingEstimate } from "./estimate-training.js";
import type { FinetuneContext } from "./finetune-context.js";
import { FineTuneStateError } from "./finetune-errors.js";
import { type JobRecord, readJobState } from "./job-state.js";
import { validateSftFile } from "./validate-sft-file.js";

export interface PreparedTraining {
  /** SHA-256 of the training SFT file: the key of its record in job.json. */
  key: string;
  /** The record already in job.json for this file, or a new one (not saved yet). */
  record: JobRecord;
  estimate: TrainingEstimate;
}

const MISSING = "generate it with `pnpm datagen`";

async function sha256(file: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(file))
    .digest("hex");
}

/**
 * Writes `train.sft.jsonl` and `validation.sft.jsonl` (compact system prompt, the message, the intent number) from the
 * train and validation splits, validates them as OpenAI would, counts their tokens and estimates the training cost.
 * Returns the job.json record for this training file: the existing one when the same data was prepared before.
 */
export async function prepareTrainingFiles(context: FinetuneContext): Promise<PreparedTraining> {
  const { dataDir, outDir, settings, root } = context;
  const train = await readJsonl({ file: join(dataDir, "train.jsonl"), schema: anyLabelledSchema, missingHint: MISSING });
  const validation = await readJsonl({ file: join(dataDir, "validation.jsonl"), schema: anyLabelledSchema, missingHint: MISSING, allowEmpty: true });
  const trainFile = join(outDir, "train.sft.jsonl");
  const validationFile = join(outDir, "validation.sft.jsonl");
  await writeJsonl({ file: trainFile, rows: buildSftLines({ rows: train }) });
  const trainStats = await validateSftFile({ file: trainFile, maxExampleTokens: settings.maxExampleTokens });
  let validationStats = null;
  if (validation.length > 0) {
    await writeJsonl({ file: validationFile, rows: buildSftLines({ rows: validation }) });
    validationStats = await validateSftFile({ file: validationFile, maxExampleTokens: settings.maxExampleTokens, minExamples: 1 });
  }
  const key = await sha256(trainFile);
  const estimate = estimateTraining({
    tokensPerEpoch: trainStats.tokens,
    examples: trainStats.examples,
    model: settings.model,
    nEpochs: settings.nEpochs,
    prices: context.config.prices,
  });
  const state = await readJobState({ file: context.stateFile });
  const existing = state.jobs[key];
  if (existing && existing.endpoint !== context.endpoint) {
    throw new FineTuneStateError(
      `${context.stateFile} records this training file at ${existing.endpoint}, not ${context.endpoint}; use that endpoint, or --out another folder for a separate job`,
    );
  }
  const now = new Date().toISOString();
  const validationRecord = validationStats && {
    path: relative(root, validationFile),
    sha256: await sha256(validationFile),
    examples: validationStats.examples,
    tokens: validationStats.tokens,
    fileId: existing?.validation?.fileId ?? null,
  };
  const record: JobRecord = existing ?? {
    endpoint: context.endpoint,
    train: { path: relative(root, trainFile), sha256: key, examples: trainStats.examples, tokens: trainStats.tokens, fileId: null },
    validation: validationRecord,
    model: settings.model,
    hyperparameters: { n_epochs: settings.nEpochs, batch_size: settings.batchSize, learning_rate_multiplier: settings.learningRateMultiplier },
    seed: settings.seed,
    suffix: settings.suffix,
    estimate: null,
    jobId: null,
    status: null,
    fineTunedModel: null,
    trainedTokens: null,
    error: null,
    lastEventId: null,
    createdAt: now,
    updatedAt: now,
  };
  if (!record.jobId && validationRecord?.sha256 !== record.validation?.sha256) record.validation = validationRecord;
  record.estimate = { billedTokens: estimate.billedTokens, dollars: estimate.dollars };
  return { key, record, estimate };
}
