import type { z } from "zod";
import { issuePath } from "../jsonl.js";
import { OpenAIRequestError } from "./openai-errors.js";

/**
 * Validates what an endpoint sent back before anything reads it: an OpenAI-compatible server that answers in another
 * shape gives an OpenAIRequestError naming the response and the field, never a crash further on.
 */
export function parseResponse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue ? issuePath(issue.path) : undefined;
  throw new OpenAIRequestError({
    code: "E_OPENAI_RESPONSE",
    status: null,
    message: `unexpected ${what} from the API: ${field ? `${field}: ` : ""}${issue?.message ?? "invalid"}`,
  });
}
