import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DataError } from "@hotel-intent/shared";
import { parseResponse, pollUntil, toOpenAIError } from "@hotel-intent/shared/openai";
import { NotFoundError, toFile } from "openai";
import { z } from "zod";
import { type FinetuneContext, loadFinetuneContext, type OpenAIFinetuneOptions } from "./finetune-context.js";
import { type JobRecord, saveJobRecord } from "./job-state.js";
import { type PreparedTraining, prepareTrainingFiles } from "./prepare-training-files.js";

const fileObjectSchema = z.looseObject({ id: z.string(), status: z.string().optional(), status_details: z.string().nullish() });

/** Waits until the API has processed an uploaded file; a file it rejects is a DataError naming the local file. */
async function waitProcessed(context: FinetuneContext, fileId: string, path: string): Promise<void> {
  const file = await pollUntil({
    read: async (signal) => parseResponse(fileObjectSchema, await context.client.files.retrieve(fileId, { signal }), "file"),
    done: (value) => value.status !== "uploaded" && value.status !== "pending",
    intervalMs: Math.min(context.pollMs, 2000),
  });
  if (file.status === "error")
    throw new DataError({ file: path, message: `the API rejected the uploaded file ${fileId}: ${file.status_details ?? "no details"}` });
}

/** The id of the uploaded copy of `part`: the recorded one when the API still has it, else a fresh upload. */
async function ensureUploaded(context: FinetuneContext, part: NonNullable<JobRecord["validation"]>, name: string): Promise<string> {
  if (part.fileId) {
    try {
      await context.client.files.retrieve(part.fileId);
      return part.fileId;
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw toOpenAIError(error, { doing: `checking the uploaded file ${part.fileId}` });
      context.log(`the uploaded file ${part.fileId} is gone; uploading ${part.path} again`);
    }
  }
  const path = join(context.root, part.path);
  let uploaded: { id: string };
  try {
    uploaded = await context.client.files.create({
      file: await toFile(await readFile(path), `hotel-intent-${name}-${part.sha256.slice(0, 12)}.jsonl`),
      purpose: "fine-tune",
    });
  } catch (error) {
    throw toOpenAIError(error, { doing: `uploading ${part.path}` });
  }
  await waitProcessed(context, uploaded.id, path);
  context.log(`uploaded ${part.path} (${part.examples} examples) as ${uploaded.id}`);
  return uploaded.id;
}

/**
 * `finetune --provider openai upload`: prepares and validates the SFT files, then uploads the training and validation
 * files (purpose fine-tune) unless the API already has them, recording their ids in job.json after each upload.
 */
export async function uploadTrainingFiles(
  options: OpenAIFinetuneOptions & { context?: FinetuneContext; prepared?: PreparedTraining } = {},
): Promise<PreparedTraining> {
  const context = options.context ?? (await loadFinetuneContext(options));
  const prepared = options.prepared ?? (await prepareTrainingFiles(context));
  const { key, record } = prepared;
  if (record.jobId) return prepared;
  record.train.fileId = await ensureUploaded(context, record.train, "train");
  await saveJobRecord({ file: context.stateFile, key, record });
  if (record.validation) {
    record.validation.fileId = await ensureUploaded(context, record.validation, "validation");
    await saveJobRecord({ file: context.stateFile, key, record });
  }
  return prepared;
}
