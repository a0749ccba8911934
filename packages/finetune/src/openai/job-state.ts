import { existsSync } from "node:fs";
import { readJson, writeJson } from "@hotel-intent/shared";
import { z } from "zod";

const fileRecordSchema = z.object({
  /** The local SFT file, relative to the project folder. */
  path: z.string(),
  sha256: z.string(),
  examples: z.number().int(),
  tokens: z.number().int(),
  /** Set once uploaded. */
  fileId: z.string().nullable(),
});

/** Everything known about the fine-tuning of one training file (one entry of job.json). */
export const jobRecordSchema = z.object({
  /** The API the files and the job live on (base URL, never a key). */
  endpoint: z.string(),
  train: fileRecordSchema,
  validation: fileRecordSchema.nullable(),
  /** The base model and hyper-parameters the job was (or will be) created with. */
  model: z.string(),
  hyperparameters: z.object({
    n_epochs: z.union([z.literal("auto"), z.number()]),
    batch_size: z.union([z.literal("auto"), z.number()]),
    learning_rate_multiplier: z.union([z.literal("auto"), z.number()]),
  }),
  seed: z.number().int(),
  suffix: z.string(),
  estimate: z.object({ billedTokens: z.number(), dollars: z.number().nullable() }).nullable(),
  jobId: z.string().nullable(),
  /** The job's last known status: any string the API sends, known or not. */
  status: z.string().nullable(),
  fineTunedModel: z.string().nullable(),
  trainedTokens: z.number().nullable(),
  error: z.object({ code: z.string().nullable(), message: z.string() }).nullable(),
  /** Newest job event already shown. */
  lastEventId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JobRecord = z.infer<typeof jobRecordSchema>;

/** `datasets/models/openai/job.json`: one record per training file, keyed by the file's SHA-256; `current` is the last one prepared. */
export const jobStateSchema = z.object({
  current: z.string().nullable(),
  jobs: z.record(z.string(), jobRecordSchema),
});
export type JobState = z.infer<typeof jobStateSchema>;

export async function readJobState({ file }: { file: string }): Promise<JobState> {
  if (!existsSync(file)) return { current: null, jobs: {} };
  return readJson({ file, schema: jobStateSchema });
}

export interface SaveJobRecordOptions {
  file: string;
  /** The training file's SHA-256. */
  key: string;
  record: JobRecord;
}

/** Re-reads the state, replaces one record and writes the whole file atomically, so a crash never loses a job id. */
export async function saveJobRecord({ file, key, record }: SaveJobRecordOptions): Promise<JobState> {
  const state = await readJobState({ file });
  state.jobs[key] = { ...record, updatedAt: new Date().toISOString() };
  state.current = key;
  await writeJson({ file, value: state });
  return state;
}
