import { FakeHttpError } from "./fake-http.js";
import type { FakeChatHandler, FakeChatMessage, FakeChatRequest, FakeTokenLogprob } from "./fake-openai-types.js";

let completionCounter = 0;

function contentOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((part) => (typeof part === "object" && part !== null && "text" in part ? String((part as { text: unknown }).text) : "")).join("");
  }
  return "";
}

/** The fake's token count: ceil(characters / 4), 4 tokens of overhead per message and 3 for the reply. Not tiktoken; tests read it from `usage`. */
export function fakeTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function usageOf(messages: readonly FakeChatMessage[], content: string) {
  const prompt = messages.reduce((sum, message) => sum + 4 + fakeTokens(message.content), 3);
  const completion = Math.max(1, fakeTokens(content));
  return { prompt_tokens: prompt, completion_tokens: completion };
}

/** Reads a chat request body into what a handler sees. Throws a 400 like the API's for a body without model or messages. */
export function chatRequestOf(body: Record<string, unknown>): FakeChatRequest {
  const { model, messages } = body;
  if (typeof model !== "string" || model === "") throw new FakeHttpError({ status: 400, message: "you must provide a model parameter" });
  if (!Array.isArray(messages) || messages.length === 0) throw new FakeHttpError({ status: 400, message: "'messages' must be a non-empty array" });
  const format = body.response_format as { type?: string; json_schema?: { name?: string } } | undefined;
  return {
    model,
    messages: messages.map((message) => ({
      role: String((message as { role?: unknown }).role),
      content: contentOf((message as { content?: unknown }).content),
    })),
    schemaName: format?.type === "json_schema" ? (format.json_schema?.name ?? null) : null,
    logprobs: body.logprobs === true,
    topLogprobs: typeof body.top_logprobs === "number" ? body.top_logprobs : 0,
    body,
  };
}

const bytesOf = (token: string) => [...Buffer.from(token, "utf8")];

function logprobsOf(tokens: readonly FakeTokenLogprob[], top: number) {
  return {
    content: tokens.map((token) => ({
      token: token.token,
      logprob: token.logprob,
      bytes: bytesOf(token.token),
      top_logprobs: (token.top ?? []).slice(0, top).map((alternative) => ({ ...alternative, bytes: bytesOf(alternative.token) })),
    })),
    refusal: null,
  };
}

/**
 * Runs the handler and builds the chat.completion object the API returns, with usage and, when asked for and given,
 * logprobs. A handler failure is thrown as {@link FakeHttpError}.
 */
export async function completeChat({ handler, request }: { handler: FakeChatHandler | undefined; request: FakeChatRequest }): Promise<Record<string, unknown>> {
  if (!handler) throw new FakeHttpError({ status: 500, message: "the fake OpenAI server has no chat handler" });
  const reply = await handler(request);
  if (typeof reply === "object" && "failure" in reply) throw new FakeHttpError(reply.failure);
  const answer = typeof reply === "string" ? { content: reply } : reply;
  const usage = answer.usage ?? usageOf(request.messages, answer.content);
  return {
    id: `chatcmpl-fake${++completionCounter}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    system_fingerprint: "fp_fake",
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: answer.content, refusal: null, annotations: [] },
        logprobs: request.logprobs && answer.logprobs ? logprobsOf(answer.logprobs, request.topLogprobs) : null,
        finish_reason: answer.finishReason ?? "stop",
      },
    ],
    usage: {
      ...usage,
      total_tokens: usage.prompt_tokens + usage.completion_tokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    },
  };
}
