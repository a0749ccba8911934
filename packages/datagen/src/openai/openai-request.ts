import type { TokenUsage } from "@hotel-intent/shared/openai";

/** One chat completion to send, directly or inside a batch. */
export interface OpenAIRequest {
  /** Stable id of the request: its answer is cached under it and a batch line carries it. */
  customId: string;
  /** The body of POST /v1/chat/completions. */
  body: Record<string, unknown> & { model: string };
}

/** An answer: the assistant's content and the tokens it cost, or why there is none. */
export type OpenAIAnswer = { content: string; usage: TokenUsage } | { error: string };
