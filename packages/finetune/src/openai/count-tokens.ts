import { Tiktoken } from "js-tiktoken/lite";
import o200k_base from "js-tiktoken/ranks/o200k_base";

/** Tokens of overhead per chat message (`<|im_start|>role ... <|im_end|>`), and of the primed reply, for the gpt-4o family. */
export const TOKENS_PER_MESSAGE = 3;
export const TOKENS_PER_REPLY = 3;

let encoder: Tiktoken | undefined;

/** Tokens of a text under o200k_base, the encoding of gpt-4o, gpt-4o-mini and gpt-4.1. */
export function countTokens(text: string): number {
  encoder ??= new Tiktoken(o200k_base);
  return encoder.encode(text).length;
}

/**
 * Tokens of a chat request or training example as OpenAI counts them for the gpt-4o family: 3 per message, the role and
 * content tokens, and 3 for the primed reply (the count of OpenAI's cookbook `num_tokens_from_messages`).
 */
export function countChatTokens(messages: readonly { role: string; content: string }[]): number {
  return messages.reduce((sum, message) => sum + TOKENS_PER_MESSAGE + countTokens(message.role) + countTokens(message.content), TOKENS_PER_REPLY);
}
