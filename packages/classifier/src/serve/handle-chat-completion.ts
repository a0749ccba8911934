import { randomUUID } from "node:crypto";
import type { Classifier } from "../create-classifier.js";
import type { Prediction } from "../prediction.js";
import { countWords } from "./count-words.js";
import { HttpError } from "./http-error.js";
import { type ChatCompletionRequest, chatCompletionRequestSchema, checkRequestText, parseRequest } from "./request-schemas.js";

/** The one model name the server answers to. */
export const SERVED_MODEL = "hotel-intent";

/** The answer when the classifier abstains below its threshold: no intent has id 0. */
export const ABSTAIN_ANSWER = "0";

/** An OpenAI `chat.completion`, plus the full `prediction` (extra fields are ignored by OpenAI clients). */
export interface ChatCompletion {
  id: string;
  object: "chat.completion";
  created: number;
  model: typeof SERVED_MODEL;
  choices: { index: 0; message: { role: "assistant"; content: string; refusal: null }; logprobs: null; finish_reason: "stop" }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
  prediction: Prediction;
}

export interface HandleChatCompletionOptions {
  /** The parsed JSON body. */
  body: unknown;
  classifier: Classifier;
}

/**
 * `POST /v1/chat/completions` for model `hotel-intent`: classifies the last user message and answers with the intent
 * number, as a fine-tuned chat model of the original project would. Usage counts whitespace-separated words
 * (the classified message, and the one-word answer), not OpenAI tokens.
 */
export async function handleChatCompletion({ body, classifier }: HandleChatCompletionOptions): Promise<ChatCompletion> {
  const request = parseRequest(chatCompletionRequestSchema, body);
  if (request.model !== SERVED_MODEL) {
    throw new HttpError({
      status: 404,
      message: `The model \`${request.model}\` does not exist; this server serves \`${SERVED_MODEL}\``,
      param: "model",
      reason: "model_not_found",
    });
  }
  if (request.stream)
    throw new HttpError({ status: 400, message: "stream: streaming is not supported; send stream: false", param: "stream", reason: "unsupported_value" });
  if (request.n != null && request.n !== 1)
    throw new HttpError({ status: 400, message: "n: only n = 1 is supported", param: "n", reason: "unsupported_value" });
  const text = lastUserText(request);
  const prediction = await classifier.classify(text);
  const promptTokens = countWords(text);
  const content = prediction.intent === null ? ABSTAIN_ANSWER : String(prediction.intent);
  const completionTokens = countWords(content);
  return {
    id: `chatcmpl-${randomUUID().replaceAll("-", "")}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: SERVED_MODEL,
    choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
    prediction,
  };
}

/** The text of the last `user` message: a string, or its text parts joined by newlines. */
function lastUserText({ messages }: ChatCompletionRequest): string {
  const index = messages.findLastIndex((message) => message.role === "user");
  if (index === -1) throw new HttpError({ status: 400, message: "messages: holds no user message to classify", param: "messages", reason: "invalid_request" });
  const param = `messages.${index}.content`;
  const content = messages[index]?.content;
  if (typeof content === "string") return checkRequestText(content, param);
  if (!content) throw new HttpError({ status: 400, message: `${param}: the last user message has no content`, param, reason: "invalid_message" });
  const texts = content.map((part, partIndex) => {
    if (part.type !== "text" || part.text === undefined) {
      throw new HttpError({
        status: 400,
        message: `${param}.${partIndex}: only text parts can be classified, got ${part.type}`,
        param,
        reason: "invalid_message",
      });
    }
    return part.text;
  });
  return checkRequestText(texts.join("\n"), param);
}
