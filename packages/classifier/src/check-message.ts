import { MAX_MESSAGE_CHARS } from "@hotel-intent/shared";
import { InvalidMessageError } from "./errors.js";

/** Throws {@link InvalidMessageError} for a message that is not a string, is blank, or is longer than {@link MAX_MESSAGE_CHARS}. */
export function checkMessage(text: unknown): string {
  if (typeof text !== "string") throw new InvalidMessageError(`a message must be a string, got ${text === null ? "null" : typeof text}`);
  if (text.trim() === "") throw new InvalidMessageError("the message is empty");
  if (text.length > MAX_MESSAGE_CHARS) throw new InvalidMessageError(`the message is ${text.length} characters long; the limit is ${MAX_MESSAGE_CHARS}`);
  return text;
}
