import { parseResponse, pollUntil, toOpenAIError } from "@hotel-intent/shared/openai";
import { z } from "zod";
import { type FinetuneContext, loadFinetuneContext, type OpenAIFinetuneOptions } from "./finetune-context.js";
import { FineTuneFailedError, FineTuneStateError } from "./finetune-errors.js";
import { type JobRecord, readJobState, saveJobRecord } from "./job-state.js";

/** Statuses after which a job never changes. */
export const FINAL_STATUSES = new Set(["succeeded", "failed", "cancelled"]);
const KNOWN_STATUSES = new Set(["validating_files", "queued", "running", "paused", ...FINAL_STATUSES]);

export const remoteJobSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  model: z.string(),
  fine_tuned_model: z.string().nullish(),
  trained_tokens: z.number().nullish(),
  result_files: z.array(z.string()).nullish(),
  error: z.looseObject({ code: z.string().nullish(), message: z.string().nullish() }).nullish(),
  estimated_finish: z.number().nullish(),
});
export type RemoteJob = z.infer<typeof remoteJobSchema>;

const eventSchema = z.looseObject({
  id: z.string(),
  created_at: z.number(),
  level: z.string(),
  message: z.string(),
  type: z.string().nullish(),
  data: z.unknown().optional(),
});
const metricsSchema = z.looseObject({ step: z.number(), total_steps: z.number(), train_loss: z.number().optional() });
type JobEvent = z.infer<typeof eventSchema>;

/** The job's status in one line, for any status, known or not. */
export function describeStatus(status: string): string {
  switch (status) {
    case "validating_files":
      return "validating the files";
    case "queued":
      return "queued";
    case "running":
      return "training";
    case "paused":
      return "paused: it keeps its place and continues when resumed (from the dashboard or the API); still watching";
    case "succeeded":
    case "failed":
    case "cancelled":
      return status;
    default:
      return `status ${JSON.stringify(status)}, which this version does not know; still watching`;
  }
}

async function readJob(context: FinetuneContext, jobId: string, lastEventId: string | null, signal: AbortSignal | undefined) {
  try {
    const job = parseResponse(remoteJobSchema, await context.client.fineTuning.jobs.retrieve(jobId, { signal }), "fine-tuning job");
    const page = await context.client.fineTuning.jobs.listEvents(jobId, { limit: 50 }, { signal });
    const events: JobEvent[] = [];
    for (const raw of page.data) {
      const event = parseResponse(eventSchema, raw, "fine-tuning job event");
      if (event.id === lastEventId) break;
      events.push(event);
    }
    return { job, events: events.reverse() };
  } catch (error) {
    throw toOpenAIError(error, { doing: `reading the fine-tuning job ${jobId}` });
  }
}

export type WatchFinetuneJobOptions = OpenAIFinetuneOptions & {
  context?: FinetuneContext;
  /** Read the status once instead of waiting for the end. @default false */
  once?: boolean;
};

/**
 * `finetune --provider openai status`: polls the job of the current training file until it ends, showing its events and
 * its progress, and records status, events seen, fine_tuned_model and trained tokens in job.json at every change.
 * Aborting (Ctrl-C) stops the polling only: the job keeps running and a rerun picks it up. A failed or cancelled job
 * is a FineTuneFailedError carrying the API's reason.
 */
export async function watchFinetuneJob(options: WatchFinetuneJobOptions = {}): Promise<{ key: string; record: JobRecord; job: RemoteJob }> {
  const context = options.context ?? (await loadFinetuneContext(options));
  const state = await readJobState({ file: context.stateFile });
  const key = state.current;
  const record = key ? state.jobs[key] : undefined;
  if (!key || !record?.jobId)
    throw new FineTuneStateError(`${context.stateFile} has no fine-tuning job yet; run \`pnpm finetune --provider openai create\` first`);
  const jobId = record.jobId;
  const { progress } = context;
  progress.start(`fine-tuning ${jobId}`);
  let total: number | undefined;
  let lastStatus = record.status;
  const result = await pollUntil({
    read: (signal) => readJob(context, jobId, record.lastEventId, signal),
    done: ({ job }) => options.once === true || FINAL_STATUSES.has(job.status),
    signal: options.signal,
    intervalMs: context.pollMs,
    resumeHint: "`pnpm finetune --provider openai status` picks it up again",
    onUpdate: async ({ job, events }) => {
      for (const event of events) {
        const metrics = event.type === "metrics" ? metricsSchema.safeParse(event.data) : undefined;
        if (metrics?.success) {
          if (total !== metrics.data.total_steps) {
            total = metrics.data.total_steps;
            progress.start(`fine-tuning ${jobId}`, total);
          }
          progress.update(metrics.data.step, metrics.data.train_loss === undefined ? undefined : `train loss ${metrics.data.train_loss.toFixed(4)}`);
        } else progress.log(`${new Date(event.created_at * 1000).toISOString()} ${event.level === "info" ? "" : `${event.level}: `}${event.message}`);
      }
      const changed = job.status !== lastStatus || events.length > 0 || (job.fine_tuned_model ?? null) !== record.fineTunedModel;
      if (job.status !== lastStatus || !KNOWN_STATUSES.has(job.status)) progress.log(`job ${jobId}: ${describeStatus(job.status)}`);
      lastStatus = job.status;
      Object.assign(record, {
        status: job.status,
        fineTunedModel: job.fine_tuned_model ?? null,
        trainedTokens: job.trained_tokens ?? null,
        error: job.error?.message ? { code: job.error.code ?? null, message: job.error.message } : null,
        lastEventId: events.at(-1)?.id ?? record.lastEventId,
      });
      if (changed) await saveJobRecord({ file: context.stateFile, key, record });
    },
  }).finally(() => progress.stop());
  const { job } = result;
  if (job.status === "failed" || job.status === "cancelled") {
    const reason = record.error ? ` (${record.error.code ?? "error"}: ${record.error.message})` : "";
    const hint = record.error?.code === "invalid_training_file" ? `; check ${record.train.path}` : "";
    throw new FineTuneFailedError(jobId, `the fine-tuning job ${jobId} ${job.status}${reason}${hint}`);
  }
  return { key, record, job };
}
