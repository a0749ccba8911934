import { countCharacters, MAX_MESSAGE_CHARS, visibleText } from "@hotel-intent/shared";
import { InvalidMessageError } from "./errors.js";

/**
 * Throws {@link InvalidMessageError} for a message that is not a string, is blank once control and zero-width
 * characters are removed, or is longer than {@link MAX_MESSAGE_CHARS} characters (code points, so an emoji counts once).
 */
export function checkMessage(text: unknown): string {
  if (typeof text !== "string") throw new InvalidMessageError(`a message must be a string, got ${text === null ? "null" : typeof text}`);
  if (!hasVisibleAscii(text) && visibleText(text).trim() === "") throw new InvalidMessageError("the message is empty");
  const length = countCharacters(text);
  if (length > MAX_MESSAGE_CHARS) throw new InvalidMessageError(`the message is ${length} characters long; the limit is ${MAX_MESSAGE_CHARS}`);
  return text;
}

/** Whether the text holds a printable ASCII character (then it is not blank): the quick test before the Unicode one. */
function hasVisibleAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x20 && code < 0x7f) return true;
  }
  return false;
}
