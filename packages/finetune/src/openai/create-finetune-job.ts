import { OpenAIModelNotFoundError, OpenAIPermissionError, OpenAIRequestError } from "@hotel-intent/shared";
import { confirmCost, formatDollars, parseResponse, toOpenAIError } from "@hotel-intent/shared/openai";
import { z } from "zod";
import type { TrainingEstimate } from "./estimate-training.js";
import { type FinetuneContext, loadFinetuneContext, type OpenAIFinetuneOptions } from "./finetune-context.js";
import { FineTuneRefusedError, FineTuneStateError } from "./finetune-errors.js";
import { type JobRecord, saveJobRecord } from "./job-state.js";
import { type PreparedTraining, prepareTrainingFiles } from "./prepare-training-files.js";
import { uploadTrainingFiles } from "./upload-training-files.js";

/** The metadata key that ties a job to its training file, so that it is found again even without job.json. */
export const TRAINING_HASH_KEY = "hotel_intent_training_sha256";

const jobSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  training_file: z.string(),
  fine_tuned_model: z.string().nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
});

/** Describes an estimate for the user: "fine-tuning gpt-4o-mini-2024-07-18 on 12,003 examples, 1 epoch × 602,188 tokens". */
export function describeEstimate(estimate: TrainingEstimate): string {
  const epochs = `${estimate.epochs} epoch${estimate.epochs === 1 ? "" : "s"}${estimate.epochsAssumed ? " (auto, assumed)" : ""}`;
  return `fine-tuning ${estimate.model} on ${estimate.examples.toLocaleString("en-US")} examples, ${epochs} × ${estimate.tokensPerEpoch.toLocaleString("en-US")} tokens`;
}

/** A job already on the API for this training file (created by a run that crashed before saving job.json). */
async function findRemoteJob(context: FinetuneContext, key: string) {
  try {
    const page = await context.client.fineTuning.jobs.list({ limit: 100, metadata: { [TRAINING_HASH_KEY]: key } });
    return page.data
      .map((job) => parseResponse(jobSchema, job, "fine-tuning job"))
      .find((job) => job.metadata?.[TRAINING_HASH_KEY] === key && !["failed", "cancelled"].includes(job.status));
  } catch (error) {
    throw toOpenAIError(error, { doing: "listing fine-tuning jobs" });
  }
}

function refusal(error: unknown): FineTuneRefusedError | undefined {
  if (error instanceof OpenAIPermissionError) return new FineTuneRefusedError(`403 permission denied: ${error.message}`, { cause: error });
  if (error instanceof OpenAIModelNotFoundError) return new FineTuneRefusedError(`the model ${error.model ?? ""} was not found`, { cause: error });
  if (error instanceof OpenAIRequestError && (error.apiCode === "model_not_available" || /not available for fine-tuning/i.test(error.message))) {
    return new FineTuneRefusedError(`the model is not available for fine-tuning: ${error.message}`, { cause: error });
  }
  return undefined;
}

export type CreateFinetuneJobOptions = OpenAIFinetuneOptions & {
  context?: FinetuneContext;
  prepared?: PreparedTraining;
};

/**
 * `finetune --provider openai create`: states the estimated cost, uploads the files, then creates the supervised job, once per training
 * file. When job.json (or the API, through the job's metadata) already has a job for this file, that job is returned
 * and no second one is created or paid for. Above `maxCost` the user must confirm first. A refusal (403, a model not
 * available for fine-tuning) is a FineTuneRefusedError that explains the wind-down and points at the local provider.
 */
export async function createFinetuneJob(options: CreateFinetuneJobOptions = {}): Promise<{ key: string; record: JobRecord; created: boolean }> {
  const context = options.context ?? (await loadFinetuneContext(options));
  const prepared = options.prepared ?? (await prepareTrainingFiles(context));
  const { key, record, estimate } = prepared;
  const save = () => saveJobRecord({ file: context.stateFile, key, record });
  if (record.jobId) {
    if ((record.status === "failed" || record.status === "cancelled") && options.newJob) {
      context.log(`the job ${record.jobId} for this training file ${record.status}; creating a new one (--new-job)`);
    } else if (record.status === "failed" || record.status === "cancelled") {
      throw new FineTuneStateError(
        `the job ${record.jobId} for this training file ${record.status}${record.error ? ` (${record.error.code ?? "error"}: ${record.error.message})` : ""}; ` +
          "fix the data (a new training file gets a new job) or pass --new-job to train on the same file again",
      );
    } else {
      context.log(`the job ${record.jobId} already exists for this training file (${record.status}); resuming it instead of creating another`);
      return { key, record, created: false };
    }
  }
  const remote = options.newJob ? undefined : await findRemoteJob(context, key);
  if (remote) {
    Object.assign(record, { jobId: remote.id, status: remote.status, fineTunedModel: remote.fine_tuned_model ?? null });
    await save();
    context.log(`found the job ${remote.id} for this training file on the API; resuming it instead of creating another`);
    return { key, record, created: false };
  }
  context.log(
    `${describeEstimate(estimate)}: ${estimate.billedTokens.toLocaleString("en-US")} billed tokens, estimated ${formatDollars(estimate.dollars)} (${context.endpoint})`,
  );
  await confirmCost({
    what: describeEstimate(estimate),
    dollars: estimate.dollars,
    maxCost: options.maxCost ?? context.config.maxCost,
    yes: options.yes,
    ask: options.ask,
  });
  await uploadTrainingFiles({ context, prepared });
  const trainingFileId = record.train.fileId as string;
  let job: z.infer<typeof jobSchema>;
  try {
    job = parseResponse(
      jobSchema,
      await context.client.fineTuning.jobs.create({
        model: record.model,
        training_file: trainingFileId,
        validation_file: record.validation?.fileId ?? undefined,
        suffix: record.suffix,
        seed: record.seed,
        metadata: { ...context.settings.metadata, [TRAINING_HASH_KEY]: key },
        method: { type: "supervised", supervised: { hyperparameters: record.hyperparameters } },
      }),
      "fine-tuning job",
    );
  } catch (error) {
    const typed = toOpenAIError(error, { model: record.model, doing: "creating the fine-tuning job" });
    throw refusal(typed) ?? typed;
  }
  Object.assign(record, { jobId: job.id, status: job.status, fineTunedModel: null, trainedTokens: null, error: null, lastEventId: null });
  await save();
  context.log(`created the fine-tuning job ${job.id} (${record.model}, suffix ${record.suffix})`);
  return { key, record, created: true };
}
