import { formatPercent } from "@hotel-intent/shared";
import { formatDollars, runInterruptible } from "@hotel-intent/shared/openai";
import { createProgress } from "@hotel-intent/shared/progress";
import { analyzeFinetuneJob, type FinetuneAnalysis } from "./analyze-finetune-job.js";
import { createFinetuneJob } from "./create-finetune-job.js";
import type { OpenAIFinetuneOptions } from "./finetune-context.js";
import { runOpenAIFinetune } from "./run-openai-finetune.js";
import { uploadTrainingFiles } from "./upload-training-files.js";
import { watchFinetuneJob } from "./watch-finetune-job.js";

export const FINETUNE_STEPS = ["upload", "create", "status", "analyze", "all"] as const;
export type FinetuneStep = (typeof FINETUNE_STEPS)[number];

export interface OpenAIFinetuneCommandOptions extends OpenAIFinetuneOptions {
  step: FinetuneStep;
  /** `status`: read once instead of waiting for the end. */
  once?: boolean | undefined;
  json?: boolean | undefined;
  quiet?: boolean | undefined;
  /** Machine output. @default process.stdout */
  write?: ((text: string) => void) | undefined;
}

const num = (value: number | null) => (value === null ? "n/a" : value.toFixed(4));

function describeAnalysis(analysis: FinetuneAnalysis): string {
  const { final } = analysis;
  return [
    `finetune analyze: ${analysis.fineTunedModel} (${analysis.steps} steps)`,
    `  final train loss ${num(final.trainLoss)}, token accuracy ${formatPercent(final.trainAccuracy)}`,
    `  final validation loss ${num(final.validationLoss)}, token accuracy ${formatPercent(final.validationAccuracy)}`,
    ...(final.fullValidationLoss === null
      ? []
      : [`  full validation loss ${num(final.fullValidationLoss)}, token accuracy ${formatPercent(final.fullValidationAccuracy)}`]),
    `  checkpoints: ${analysis.checkpoints.map((checkpoint) => `step ${checkpoint.step} ${checkpoint.model}`).join(", ") || "none"}`,
    `  trained tokens ${analysis.trainedTokens?.toLocaleString("en-US") ?? "n/a"}, cost ${formatDollars(analysis.dollars)} (estimated ${formatDollars(analysis.estimatedDollars)})`,
  ].join("\n");
}

/**
 * `finetune --provider openai <step>`: runs one step (or all), wiring Ctrl-C to stop polling without touching the job,
 * and prints a summary (or JSON with --json) on stdout. Returns the exit code: 130 when interrupted.
 */
export async function openaiFinetuneCommand({
  step,
  once,
  json,
  quiet,
  write = (text) => process.stdout.write(text),
  ...options
}: OpenAIFinetuneCommandOptions): Promise<number> {
  const log = quiet || json ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
  return runInterruptible(async (signal) => {
    const common = {
      ...options,
      signal: options.signal ?? signal,
      log: options.log ?? log,
      progress: options.progress ?? createProgress({ quiet: quiet || json }),
    };
    let result: unknown;
    let summary: string;
    if (step === "upload") {
      const { record } = await uploadTrainingFiles(common);
      result = record;
      summary = `finetune upload: ${record.train.path} -> ${record.train.fileId ?? "(job already created)"}${record.validation ? `, ${record.validation.path} -> ${record.validation.fileId}` : ""}`;
    } else if (step === "create") {
      const { record, created } = await createFinetuneJob(common);
      result = { ...record, created };
      summary = `finetune create: ${created ? "created" : "resumed"} ${record.jobId} (${record.status}); follow it with \`pnpm finetune --provider openai status\``;
    } else if (step === "status") {
      const { record } = await watchFinetuneJob({ ...common, once });
      result = record;
      summary = `finetune status: ${record.jobId} ${record.status}${record.fineTunedModel ? ` -> ${record.fineTunedModel}` : ""}`;
    } else if (step === "analyze") {
      const analysis = await analyzeFinetuneJob(common);
      result = analysis;
      summary = describeAnalysis(analysis);
    } else {
      const all = await runOpenAIFinetune(common);
      result = all;
      summary = `${describeAnalysis(all.analysis)}\nfinetune: ${all.created ? "trained" : "resumed"} ${all.record.fineTunedModel}; try it with \`pnpm classify --provider openai --model ${all.record.fineTunedModel} "..."\``;
    }
    if (json) write(`${JSON.stringify(result)}\n`);
    else if (!quiet) write(`${summary}\n`);
  });
}
