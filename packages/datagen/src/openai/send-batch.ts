import { createHash } from "node:crypto";
import { OpenAIRequestError } from "@hotel-intent/shared";
import { parseResponse, pollUntil, toOpenAIError } from "@hotel-intent/shared/openai";
import type { Progress } from "@hotel-intent/shared/progress";
import type OpenAI from "openai";
import { toFile } from "openai";
import { z } from "zod";
import { answerOf } from "./answer-of.js";
import type { DatagenStateStore } from "./datagen-state.js";
import type { OpenAIAnswer, OpenAIRequest } from "./openai-request.js";

/** Most requests one batch may hold. */
export const MAX_BATCH_REQUESTS = 50_000;
const FINAL = new Set(["completed", "failed", "expired", "cancelled"]);

const batchSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  output_file_id: z.string().nullish(),
  error_file_id: z.string().nullish(),
  request_counts: z.looseObject({ total: z.number(), completed: z.number(), failed: z.number() }).nullish(),
  errors: z.looseObject({ data: z.array(z.looseObject({ message: z.string().nullish(), line: z.number().nullish() })).nullish() }).nullish(),
});

const outputLineSchema = z.looseObject({
  custom_id: z.string(),
  response: z.looseObject({ status_code: z.number(), body: z.unknown().optional() }).nullish(),
  error: z.looseObject({ code: z.string().nullish(), message: z.string().nullish() }).nullish(),
});

export interface SendBatchOptions {
  client: OpenAI;
  requests: readonly OpenAIRequest[];
  store: DatagenStateStore;
  progress: Progress;
  label: string;
  pollMs: number;
  signal?: AbortSignal | undefined;
  log: (line: string) => void;
}

async function readLines(client: OpenAI, fileId: string): Promise<z.infer<typeof outputLineSchema>[]> {
  const text = await (await client.files.content(fileId)).text();
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new OpenAIRequestError({ code: "E_OPENAI_RESPONSE", status: null, message: `batch file ${fileId}:${index + 1}: is not JSON` });
      }
      return parseResponse(outputLineSchema, json, `line ${index + 1} of the batch file ${fileId}`);
    });
}

/**
 * Sends the requests not yet answered through the Batch API (half price, within 24 hours): one JSONL of requests,
 * uploaded with purpose batch, one batch, polled until it ends, then its output and error files. The batch id is saved
 * before polling, so a rerun after Ctrl-C or a crash polls the same batch instead of creating and paying for another.
 */
export async function sendBatch({ client, requests, store, progress, label, pollMs, signal, log }: SendBatchOptions): Promise<Map<string, OpenAIAnswer>> {
  const answers = new Map<string, OpenAIAnswer>();
  const pending = requests.filter((request) => {
    const saved = store.state.answers[request.customId];
    if (saved) answers.set(request.customId, saved);
    return !saved;
  });
  if (pending.length === 0) return answers;
  if (pending.length > MAX_BATCH_REQUESTS)
    throw new OpenAIRequestError({ status: null, message: `${pending.length} requests are more than one batch holds (${MAX_BATCH_REQUESTS})` });
  const key = createHash("sha256")
    .update(pending.map((request) => request.customId).join("\n"))
    .digest("hex")
    .slice(0, 16);
  try {
    let saved = store.state.batches[key];
    if (!saved) {
      const jsonl = pending
        .map((request) => JSON.stringify({ custom_id: request.customId, method: "POST", url: "/v1/chat/completions", body: request.body }))
        .join("\n");
      const input = await client.files.create({ file: await toFile(Buffer.from(`${jsonl}\n`), `hotel-intent-${label}-${key}.jsonl`), purpose: "batch" });
      const created = parseResponse(
        batchSchema,
        await client.batches.create({
          input_file_id: input.id,
          endpoint: "/v1/chat/completions",
          completion_window: "24h",
          metadata: { hotel_intent_batch: key },
        }),
        "batch",
      );
      saved = { id: created.id, inputFileId: input.id, createdAt: new Date().toISOString() };
      store.state.batches[key] = saved;
      await store.flush();
      log(`${label}: created the batch ${created.id} with ${pending.length} requests`);
    } else log(`${label}: resuming the batch ${saved.id}`);
    const batchId = saved.id;
    progress.start(`${label} (batch ${batchId})`, pending.length);
    const batch = await pollUntil({
      read: async (readSignal) => parseResponse(batchSchema, await client.batches.retrieve(batchId, { signal: readSignal }), "batch"),
      done: (value) => FINAL.has(value.status),
      onUpdate: (value) => progress.update((value.request_counts?.completed ?? 0) + (value.request_counts?.failed ?? 0), value.status),
      intervalMs: pollMs,
      signal,
      resumeHint: "rerun the same command to pick the batch up again",
    }).finally(() => progress.stop());
    if (batch.status === "failed" || batch.status === "cancelled") {
      const reasons = (batch.errors?.data ?? []).map((error) => `${error.line ? `line ${error.line}: ` : ""}${error.message ?? ""}`).join("; ");
      delete store.state.batches[key];
      await store.flush();
      throw new OpenAIRequestError({ status: null, message: `the batch ${batchId} ${batch.status}${reasons ? `: ${reasons}` : ""}` });
    }
    const lines = [
      ...(batch.output_file_id ? await readLines(client, batch.output_file_id) : []),
      ...(batch.error_file_id ? await readLines(client, batch.error_file_id) : []),
    ];
    for (const line of lines) {
      const answer: OpenAIAnswer =
        line.response?.status_code === 200
          ? answerOf(line.response.body)
          : { error: line.error?.message ?? `HTTP ${line.response?.status_code ?? "?"}: ${JSON.stringify(line.response?.body ?? null).slice(0, 300)}` };
      if ("content" in answer) store.answer(line.custom_id, answer, true);
      answers.set(line.custom_id, answer);
    }
    for (const request of pending) if (!answers.has(request.customId)) answers.set(request.customId, { error: `no answer in the batch (${batch.status})` });
    delete store.state.batches[key];
    return answers;
  } catch (error) {
    throw toOpenAIError(error, { doing: `${label} batch` });
  } finally {
    await store.flush();
  }
}
