import { AnswerParseError } from "./errors.js";
import { INTENTS } from "./intents.js";
import { OUT_OF_SCOPE } from "./schemas.js";

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s"'`*.]+$/g, "")
    .replace(/^[\s"'`*]+/g, "")
    .replace(/\s+/g, " ");

const byName = new Map(INTENTS.flatMap((intent) => [[normalise(intent.name), intent.id] as const, [intent.slug, intent.id] as const]));

const NUMBERED = /^(?:intent(?:ion)?\s*(?:id|number)?\s*[:=-]?\s*)?#?\s*(\d{1,2})(?![\d])(.*)$/is;

/**
 * The intent id that a model's answer names: `"7"`, `"#7"`, `" 7\n"`, `"7 - Request late check-out"`,
 * `"INTENTION: #7"` or the intent's own name all give 7; `"0"` (none of these) gives {@link OUT_OF_SCOPE}.
 * Anything else, including a number followed by another intent's name, throws {@link AnswerParseError}.
 */
export function parseAnswer(answer: string): number {
  const text = normalise(answer);
  const named = byName.get(text);
  if (named !== undefined) return named;
  const match = NUMBERED.exec(text);
  if (match) {
    const id = Number(match[1]);
    const rest = normalise((match[2] ?? "").replace(/^[\s.:)\]–—-]+/, ""));
    if (id === OUT_OF_SCOPE && (rest === "" || /^none( of (these|them))?$/.test(rest))) return OUT_OF_SCOPE;
    if (id >= 1 && id <= 40 && (rest === "" || byName.get(rest) === id)) return id;
  }
  throw new AnswerParseError(answer);
}
