import { DataError, readJsonlRows, sftLineSchema } from "@hotel-intent/shared";
import { countChatTokens } from "./count-tokens.js";

/** Fewest examples OpenAI accepts in a training file. */
export const MIN_TRAINING_EXAMPLES = 10;
const MAX_REPORTED = 10;

export interface SftFileStats {
  file: string;
  examples: number;
  /** Tokens of every example, summed (o200k, chat overhead included). */
  tokens: number;
  /** Tokens of the longest example. */
  longest: number;
}

export interface ValidateSftFileOptions {
  file: string;
  /** An example over this many tokens is refused. */
  maxExampleTokens: number;
  /** @default MIN_TRAINING_EXAMPLES (10); 1 for a validation file */
  minExamples?: number;
}

/**
 * Checks an SFT JSONL file for what OpenAI would reject, before anything is uploaded: the line shape, the roles, a
 * non-empty content, an assistant message last, the per-example token limit, and the number of examples.
 * Every problem (up to ten) is reported at once as `file:line: field: message`.
 */
export async function validateSftFile({ file, maxExampleTokens, minExamples = MIN_TRAINING_EXAMPLES }: ValidateSftFileOptions): Promise<SftFileStats> {
  const rows = await readJsonlRows({ file, schema: sftLineSchema, allowEmpty: true });
  const problems: DataError[] = [];
  const stats: SftFileStats = { file, examples: rows.length, tokens: 0, longest: 0 };
  for (const { value, line } of rows) {
    const problem = (field: string, message: string) => problems.length < MAX_REPORTED && problems.push(new DataError({ file, line, field, message }));
    const { messages } = value;
    messages.forEach((message, index) => {
      if (message.content.trim() === "") problem(`messages.${index}.content`, "is empty");
    });
    if (messages.at(-1)?.role !== "assistant") problem(`messages.${messages.length - 1}.role`, "the last message must be the assistant's answer");
    const tokens = countChatTokens(messages);
    if (tokens > maxExampleTokens) problem("messages", `is ${tokens} tokens long; the limit per example is ${maxExampleTokens}`);
    stats.tokens += tokens;
    stats.longest = Math.max(stats.longest, tokens);
  }
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1)
    throw new DataError({
      file,
      message: `${problems.length}${problems.length >= MAX_REPORTED ? "+" : ""} bad lines:\n${problems.map((p) => `  ${p.message}`).join("\n")}`,
    });
  if (rows.length < minExamples) throw new DataError({ file, message: `has ${rows.length} example(s); OpenAI fine-tuning needs at least ${minExamples}` });
  return stats;
}
