import { existsSync } from "node:fs";
import { readJson, writeJson } from "@hotel-intent/shared";
import { z } from "zod";
import type { OpenAIAnswer } from "./openai-request.js";

const answerSchema = z.object({
  content: z.string(),
  usage: z.object({ promptTokens: z.number(), completionTokens: z.number(), cachedTokens: z.number().optional() }),
  /** Answered through the Batch API (half price). */
  batch: z.boolean(),
});

/** `datasets/cache/openai-datagen/<plan>.json`: every answer received and every batch created for one plan of requests. */
export const datagenStateSchema = z.object({
  answers: z.record(z.string(), answerSchema),
  /** Batches by the hash of their requests' ids: a rerun polls the batch instead of creating and paying for another. */
  batches: z.record(z.string(), z.object({ id: z.string(), inputFileId: z.string(), createdAt: z.string() })),
});
export type DatagenState = z.infer<typeof datagenStateSchema>;

export interface DatagenStateStore {
  state: DatagenState;
  /** Records an answer; it is written to disk within `flushMs`, and at `flush()`. */
  answer(customId: string, answer: Extract<OpenAIAnswer, { content: string }>, batch: boolean): void;
  /** Writes the state now (atomically). */
  flush(): Promise<void>;
}

/** Loads (or starts) the state of a plan. Answers are saved at most every `flushMs`, so a crash loses seconds, not money. */
export async function openDatagenState({ file, flushMs = 2000 }: { file: string; flushMs?: number }): Promise<DatagenStateStore> {
  const state: DatagenState = existsSync(file) ? await readJson({ file, schema: datagenStateSchema }) : { answers: {}, batches: {} };
  let last = Date.now();
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown;
  const write = () => {
    last = Date.now();
    writing = writing
      .then(() => writeJson({ file, value: state }))
      .catch((error: unknown) => {
        failure = error;
      });
    return writing;
  };
  return {
    state,
    answer(customId, answer, batch) {
      state.answers[customId] = { content: answer.content, usage: answer.usage, batch };
      if (Date.now() - last >= flushMs) void write();
    },
    async flush() {
      await write();
      if (failure) throw failure;
    },
  };
}
