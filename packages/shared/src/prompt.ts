import { INTENTS } from "./intents.js";

export type PromptStyle = "compact" | "full";

/** For fine-tuned models, which learned the 40 intents from their training data: a few dozen tokens a request. */
export const COMPACT_SYSTEM_PROMPT =
  "Classify the hotel guest's message into one of 40 hospitality intents. Answer with the intent number only, or 0 if it fits none of them.";

/** For base models, which must be told the intents: the whole numbered list, as the original project sent it. */
export const FULL_SYSTEM_PROMPT = [
  "You are the intent classifier of a hotel chatbot. Guests often say what they want indirectly.",
  "Read the guest's message and decide which one of these 40 intents it expresses:",
  ...INTENTS.map((intent) => `${intent.id}. ${intent.name}`),
  "0. None of these (small talk, other topics, another business, anything the list does not cover)",
  "Answer with the intent number only (for example: 7, or 0 for none of these), nothing else.",
].join("\n");

export interface BuildMessagesOptions {
  /** The guest's message. */
  text: string;
  /** `compact` for fine-tuned models, `full` for base models. @default "compact" */
  style?: PromptStyle;
}

/** The chat messages sent to classify one guest message. */
export function buildMessages({ text, style = "compact" }: BuildMessagesOptions): { role: "system" | "user"; content: string }[] {
  return [
    { role: "system", content: style === "compact" ? COMPACT_SYSTEM_PROMPT : FULL_SYSTEM_PROMPT },
    { role: "user", content: text },
  ];
}
