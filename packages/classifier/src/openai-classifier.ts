import { buildMessages, intentById, OUT_OF_SCOPE, type PromptStyle, parseAnswer } from "@hotel-intent/shared";
import { createOpenAIClient, type TokenUsage, toOpenAIError } from "@hotel-intent/shared/openai";
import pLimit from "p-limit";
import { checkMessage } from "./check-message.js";
import { logprobConfidence } from "./logprob-confidence.js";
import type { Prediction } from "./prediction.js";

export interface OpenAIClassifierOptions {
  /** The model: a fine-tuned `ft:...` id, a base model such as `gpt-4.1`, or an Azure deployment name. */
  model: string;
  /** `compact` (a fine-tuned model knows the intents) or `full` (the numbered list, for base models). @default compact for `ft:` models, full otherwise */
  prompt?: PromptStyle | undefined;
  /** @default OPENAI_API_KEY (AZURE_OPENAI_API_KEY for Azure) */
  apiKey?: string | undefined;
  /** Any OpenAI-compatible endpoint. @default OPENAI_BASE_URL, else api.openai.com */
  baseURL?: string | undefined;
  /** Azure OpenAI resource endpoint. @default AZURE_OPENAI_ENDPOINT */
  azureEndpoint?: string | undefined;
  /** Azure `api-version`. @default OPENAI_API_VERSION, else 2025-04-01-preview */
  azureApiVersion?: string | undefined;
  /** Retries the SDK makes on 429 and 5xx before an error is thrown. @default 3 */
  maxRetries?: number | undefined;
  /** Milliseconds per request. @default 60000 */
  timeoutMs?: number | undefined;
  /** Ask for token logprobs, from which the confidence comes. @default true */
  logprobs?: boolean | undefined;
  /** How many alternatives after the top intent (from the logprobs). @default 3 */
  topK?: number | undefined;
  /** Below this confidence the prediction abstains; a prediction without a confidence never does. @default 0 */
  threshold?: number | undefined;
  /** Requests in flight at once in classifyMany. @default 8 */
  concurrency?: number | undefined;
}

/** One classification with what it cost. */
export interface OpenAIClassification {
  prediction: Prediction;
  /** The model's raw answer. */
  answer: string;
  usage: TokenUsage;
  /** Wall time of the request, retries included. */
  milliseconds: number;
}

export interface OpenAIClassifier {
  provider: "openai";
  model: string;
  prompt: PromptStyle;
  classify(text: string): Promise<Prediction>;
  classifyMany(texts: readonly string[]): Promise<Prediction[]>;
  /** Like classify, with the raw answer, the token usage and the time taken. */
  classifyDetailed(text: string): Promise<OpenAIClassification>;
}

/**
 * A classifier over an OpenAI chat model, at temperature 0: the compact prompt for fine-tuned models, the full one for
 * base models. The confidence comes from the answer's token logprobs when the endpoint returns them, and is null
 * otherwise. Errors after the SDK's own retries are typed: OpenAIAuthError (401), OpenAIModelNotFoundError (404),
 * OpenAIRateLimitError (429), OpenAIRequestError; an answer naming no intent is an AnswerParseError.
 */
export async function createOpenAIClassifier({
  model,
  prompt = model.startsWith("ft:") ? "compact" : "full",
  apiKey,
  baseURL,
  azureEndpoint,
  azureApiVersion,
  maxRetries = 3,
  timeoutMs = 60_000,
  logprobs = true,
  topK = 3,
  threshold = 0,
  concurrency = 8,
}: OpenAIClassifierOptions): Promise<OpenAIClassifier> {
  const client = createOpenAIClient({ apiKey, baseURL, azureEndpoint, azureApiVersion, maxRetries, timeoutMs });
  const classifyDetailed = async (text: string): Promise<OpenAIClassification> => {
    const messages = buildMessages({ text: checkMessage(text), style: prompt });
    const started = performance.now();
    let completion: Awaited<ReturnType<typeof client.chat.completions.create>>;
    try {
      completion = await client.chat.completions.create({
        model,
        messages,
        temperature: 0,
        max_completion_tokens: 16,
        ...(logprobs ? { logprobs: true, top_logprobs: Math.min(20, topK + 2) } : {}),
      });
    } catch (error) {
      throw toOpenAIError(error, { model, doing: `classifying with ${model}` });
    }
    const milliseconds = performance.now() - started;
    const choice = completion.choices[0];
    const answer = choice?.message.content ?? "";
    const intent = parseAnswer(answer);
    const scored = logprobConfidence({ tokens: choice?.logprobs?.content, intent, topK });
    const prediction: Prediction =
      intent === OUT_OF_SCOPE
        ? { intent: null, label: null, reason: "out_of_scope", confidence: scored.confidence, alternatives: scored.alternatives }
        : scored.confidence !== null && scored.confidence < threshold
          ? {
              intent: null,
              label: null,
              reason: "low_confidence",
              confidence: scored.confidence,
              alternatives: [{ intent, confidence: scored.confidence }, ...scored.alternatives].slice(0, topK),
            }
          : { intent, label: intentById(intent).name, confidence: scored.confidence, alternatives: scored.alternatives };
    return {
      prediction,
      answer,
      usage: {
        promptTokens: completion.usage?.prompt_tokens ?? 0,
        completionTokens: completion.usage?.completion_tokens ?? 0,
        cachedTokens: completion.usage?.prompt_tokens_details?.cached_tokens ?? 0,
      },
      milliseconds,
    };
  };
  const limit = pLimit(concurrency);
  return {
    provider: "openai",
    model,
    prompt,
    classifyDetailed,
    classify: async (text) => (await classifyDetailed(text)).prediction,
    classifyMany: (texts) => Promise.all(texts.map((text) => limit(async () => (await classifyDetailed(text)).prediction))),
  };
}
