import { OpenAIAuthError, OpenAIModelNotFoundError, OpenAIPermissionError, OpenAIRateLimitError } from "@hotel-intent/shared";
import { toOpenAIError } from "@hotel-intent/shared/openai";
import type { Progress } from "@hotel-intent/shared/progress";
import type OpenAI from "openai";
import pLimit from "p-limit";
import { answerOf } from "./answer-of.js";
import type { DatagenStateStore } from "./datagen-state.js";
import type { OpenAIAnswer, OpenAIRequest } from "./openai-request.js";

export interface SendDirectOptions {
  client: OpenAI;
  requests: readonly OpenAIRequest[];
  /** Answers already received are not asked again; new ones are saved here. */
  store: DatagenStateStore;
  /** Requests in flight at once. */
  concurrency: number;
  progress: Progress;
  /** Shown on the progress bar. */
  label: string;
  signal?: AbortSignal | undefined;
}

/** An error that would fail every other request too: stop the run (answers so far are saved) instead of repeating it. */
const fatal = (error: unknown) =>
  error instanceof OpenAIAuthError ||
  error instanceof OpenAIPermissionError ||
  error instanceof OpenAIModelNotFoundError ||
  error instanceof OpenAIRateLimitError;

/**
 * Sends the requests not yet answered as chat completions, `concurrency` at a time, with a progress bar. A request that
 * fails after the SDK's retries is returned as an error; a key, permission, model or rate-limit failure stops the run.
 */
export async function sendDirect({ client, requests, store, concurrency, progress, label, signal }: SendDirectOptions): Promise<Map<string, OpenAIAnswer>> {
  const answers = new Map<string, OpenAIAnswer>();
  const pending = requests.filter((request) => {
    const saved = store.state.answers[request.customId];
    if (saved) answers.set(request.customId, saved);
    return !saved;
  });
  const limit = pLimit(concurrency);
  let stopped: unknown;
  progress.start(label, requests.length);
  progress.update(requests.length - pending.length);
  try {
    const settled = await Promise.allSettled(
      pending.map((request) =>
        limit(async () => {
          if (stopped !== undefined) return;
          let answer: OpenAIAnswer;
          try {
            answer = answerOf(await client.chat.completions.create(request.body as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming, { signal }));
          } catch (error) {
            const typed = toOpenAIError(error, { model: request.body.model, doing: `${request.customId}` });
            if (fatal(typed) || signal?.aborted) {
              stopped ??= typed;
              return;
            }
            answer = { error: (typed as Error).message };
          }
          if ("content" in answer) store.answer(request.customId, answer, false);
          answers.set(request.customId, answer);
          progress.tick();
        }),
      ),
    );
    const failed = settled.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    if (stopped !== undefined) throw stopped;
  } finally {
    progress.stop();
    await store.flush();
  }
  return answers;
}
