import { basename } from "node:path";
import { createClassifier } from "@hotel-intent/classifier";
import {
  AnswerParseError,
  type LabelledExample,
  OpenAIAuthError,
  OpenAIModelNotFoundError,
  OpenAIPermissionError,
  OpenAIRateLimitError,
  OpenAIRequestError,
} from "@hotel-intent/shared";
import { type Progress, silentProgress } from "@hotel-intent/shared/progress";
import pLimit from "p-limit";
import { computeMetrics, type ScoredItem } from "../compute-metrics.js";
import type { Report } from "../report.js";
import { summarizeLatency } from "../summarize-latency.js";
import type { OpenAIEvalsContext } from "./openai-evals-context.js";
import { modelSlug, promptFor, reportCost } from "./report-cost.js";

export interface ScoreWithChatOptions {
  context: OpenAIEvalsContext;
  model: string;
  /** The labelled set, and the file it came from. */
  rows: readonly LabelledExample[];
  dataset: string;
  /** Requests in flight at once. */
  concurrency: number;
  progress?: Progress | undefined;
}

/** Errors after which every other message would fail the same way: the run stops. */
const fatal = (error: unknown) =>
  error instanceof OpenAIAuthError ||
  error instanceof OpenAIPermissionError ||
  error instanceof OpenAIModelNotFoundError ||
  error instanceof OpenAIRateLimitError;

/**
 * Scores an OpenAI model through chat completions with the same harness as the embedded model: the classifier package's
 * OpenAI classifier (compact prompt for fine-tuned models, full for base models, temperature 0), the same metrics and
 * report, plus the latency of each request and the tokens and cost. An answer that names no intent, or a request that
 * fails after the SDK's retries, is an error item: never counted as right.
 */
export async function scoreWithChat({ context, model, rows, dataset, concurrency, progress = silentProgress }: ScoreWithChatOptions): Promise<Report> {
  const prompt = promptFor(model);
  const classifier = await createClassifier({
    provider: "openai",
    model,
    prompt,
    apiKey: context.apiKey,
    baseURL: context.baseURL,
    azureEndpoint: context.config.azure.endpoint,
    azureApiVersion: context.config.azure.apiVersion,
    maxRetries: context.config.maxRetries,
    timeoutMs: context.config.timeoutMs,
  });
  const usage = { promptTokens: 0, completionTokens: 0, cachedTokens: 0 };
  const items: ScoredItem[] = new Array(rows.length);
  const limit = pLimit(concurrency);
  let stopped: unknown;
  progress.start(`evals ${model}`, rows.length);
  try {
    await Promise.all(
      rows.map((row, index) =>
        limit(async () => {
          if (stopped !== undefined) return;
          try {
            const result = await classifier.classifyDetailed(row.text);
            usage.promptTokens += result.usage.promptTokens;
            usage.completionTokens += result.usage.completionTokens;
            usage.cachedTokens += result.usage.cachedTokens ?? 0;
            items[index] = {
              text: row.text,
              intent: row.intent,
              predicted: result.prediction.intent,
              confidence: result.prediction.confidence,
              microseconds: result.milliseconds * 1000,
            };
          } catch (error) {
            if (fatal(error)) {
              stopped ??= error;
              return;
            }
            if (!(error instanceof AnswerParseError || error instanceof OpenAIRequestError)) throw error;
            items[index] = { text: row.text, intent: row.intent, predicted: null, confidence: null, error: error.message };
          }
          progress.tick();
        }),
      ),
    );
  } finally {
    progress.stop();
  }
  if (stopped !== undefined) throw stopped;
  const errored = items.filter((item) => item.error !== undefined);
  if (rows.length > 0 && errored.length === rows.length) {
    throw new OpenAIRequestError({ status: null, message: `all ${rows.length} requests to ${model} failed; the first: ${errored[0]?.error}` });
  }
  const timed = items.filter((item) => item.microseconds !== undefined).map((item) => item.microseconds as number);
  return {
    name: `openai-${modelSlug(model)}-${basename(dataset).replace(/\.jsonl$/, "")}`,
    createdAt: new Date().toISOString(),
    provider: "openai",
    model,
    dataset,
    metrics: computeMetrics({ items }),
    latency: summarizeLatency({ microseconds: timed }),
    modelBytes: null,
    items,
    cost: reportCost({ model, usage, count: rows.length, prices: context.config.prices }),
    api: { method: "chat", endpoint: context.endpoint, prompt },
  };
}
