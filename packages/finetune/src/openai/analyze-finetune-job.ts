import { join } from "node:path";
import { writeFileAtomic, writeJson } from "@hotel-intent/shared";
import { parseResponse, toOpenAIError, trainingCost } from "@hotel-intent/shared/openai";
import { z } from "zod";
import { OPENAI_RESULT_FILE } from "../report/write-training-report.js";
import { type FinetuneContext, loadFinetuneContext, type OpenAIFinetuneOptions } from "./finetune-context.js";
import { FineTuneStateError } from "./finetune-errors.js";
import { readJobState } from "./job-state.js";
import { decodeResultFile, lastValue, parseResultFile } from "./parse-result-file.js";
import { remoteJobSchema } from "./watch-finetune-job.js";

const checkpointSchema = z.looseObject({
  id: z.string(),
  step_number: z.number(),
  fine_tuned_model_checkpoint: z.string(),
  metrics: z.record(z.string(), z.number().nullish()).nullish(),
});

export interface FinetuneAnalysis {
  jobId: string;
  model: string;
  fineTunedModel: string;
  steps: number;
  final: {
    trainLoss: number | null;
    trainAccuracy: number | null;
    validationLoss: number | null;
    validationAccuracy: number | null;
    /** Loss and accuracy on the whole validation file, when the result file has them. */
    fullValidationLoss: number | null;
    fullValidationAccuracy: number | null;
  };
  checkpoints: { step: number; model: string; trainLoss: number | null; validationLoss: number | null }[];
  trainedTokens: number | null;
  /** trained tokens × the model's training price; null without a price. */
  dollars: number | null;
  estimatedDollars: number | null;
}

/**
 * `finetune --provider openai analyze`: downloads the succeeded job's result file (base64 CSV), and reports the final
 * train and validation loss and token accuracy, the checkpoints, and the trained tokens with their actual cost.
 * Writes analysis.json and the decoded result.csv (for `finetune report`) beside job.json.
 */
export async function analyzeFinetuneJob(options: OpenAIFinetuneOptions & { context?: FinetuneContext } = {}): Promise<FinetuneAnalysis> {
  const context = options.context ?? (await loadFinetuneContext(options));
  const state = await readJobState({ file: context.stateFile });
  const record = state.current ? state.jobs[state.current] : undefined;
  if (!record?.jobId) throw new FineTuneStateError(`${context.stateFile} has no fine-tuning job yet; run \`pnpm finetune --provider openai create\` first`);
  const jobId = record.jobId;
  const { client } = context;
  try {
    const job = parseResponse(remoteJobSchema, await client.fineTuning.jobs.retrieve(jobId), "fine-tuning job");
    if (job.status !== "succeeded" || !job.fine_tuned_model) {
      throw new FineTuneStateError(`the job ${jobId} is ${job.status}; analyze needs a succeeded job (see \`pnpm finetune --provider openai status\`)`);
    }
    const resultFile = job.result_files?.[0];
    const content = resultFile ? await (await client.files.content(resultFile)).text() : "";
    const rows = resultFile ? parseResultFile({ content, name: `${resultFile} (result file of ${jobId})` }) : [];
    if (resultFile) await writeFileAtomic({ file: join(context.outDir, OPENAI_RESULT_FILE), data: decodeResultFile(content) });
    const checkpoints = (await client.fineTuning.jobs.checkpoints.list(jobId, { limit: 10 })).data.map((raw) =>
      parseResponse(checkpointSchema, raw, "checkpoint"),
    );
    const pick = (column: string) => lastValue(rows, column)?.value ?? null;
    const analysis: FinetuneAnalysis = {
      jobId,
      model: job.model,
      fineTunedModel: job.fine_tuned_model,
      steps: rows.at(-1)?.step ?? 0,
      final: {
        trainLoss: pick("train_loss"),
        trainAccuracy: pick("train_accuracy") ?? pick("train_mean_token_accuracy"),
        validationLoss: pick("valid_loss"),
        validationAccuracy: pick("valid_mean_token_accuracy"),
        fullValidationLoss: pick("full_valid_loss"),
        fullValidationAccuracy: pick("full_valid_mean_token_accuracy"),
      },
      checkpoints: checkpoints
        .map((checkpoint) => ({
          step: checkpoint.step_number,
          model: checkpoint.fine_tuned_model_checkpoint,
          trainLoss: checkpoint.metrics?.train_loss ?? null,
          validationLoss: checkpoint.metrics?.valid_loss ?? null,
        }))
        .sort((a, b) => a.step - b.step),
      trainedTokens: job.trained_tokens ?? null,
      dollars: job.trained_tokens == null ? null : trainingCost({ model: job.model, tokens: job.trained_tokens, prices: context.config.prices }),
      estimatedDollars: record.estimate?.dollars ?? null,
    };
    await writeJson({ file: join(context.outDir, "analysis.json"), value: analysis });
    return analysis;
  } catch (error) {
    throw toOpenAIError(error, { doing: `analyzing the fine-tuning job ${jobId}` });
  }
}
