import { basename, join } from "node:path";
import { DataError, messageTextSchema, readJsonlRows } from "@hotel-intent/shared";
import { z } from "zod";
import { jsonlFiles } from "./jsonl-files.js";

/** One line of `corpus/out-of-scope/GROUP.jsonl`: a message that fits none of the intents. */
export const outOfScopeMessageSchema = z.object({
  text: messageTextSchema,
  /** The kind of message, the same as the file's name: off-topic, small-talk, other-business, hotel-other, ... */
  group: z.string().regex(/^[a-z0-9-]+$/),
  /** ISO 639-1 code of a message not in English. */
  language: z.string().optional(),
});

export interface OutOfScopeMessage {
  text: string;
  group: string;
  /** `file:line` it came from. */
  origin: string;
}

/**
 * Reads `corpus/out-of-scope/GROUP.jsonl` (and `GROUP-2.jsonl`, ...), checking every line. No folder is fine: the
 * model then has no out-of-scope class.
 */
export async function readOutOfScope({ corpusDir }: { corpusDir: string }): Promise<{ messages: OutOfScopeMessage[]; files: string[] }> {
  const files = await jsonlFiles(join(corpusDir, "out-of-scope"));
  const messages: OutOfScopeMessage[] = [];
  for (const file of files) {
    // `small-talk.jsonl`, `small-talk-2.jsonl`, ...: one group may span several files
    const group = basename(file, ".jsonl").replace(/-\d+$/, "");
    for (const { value, line } of await readJsonlRows({ file, schema: outOfScopeMessageSchema })) {
      if (value.group !== group)
        throw new DataError({ file, line, field: "group", message: `is ${JSON.stringify(value.group)}, but this file holds group ${JSON.stringify(group)}` });
      messages.push({ text: value.text, group, origin: `out-of-scope/${basename(file)}:${line}` });
    }
  }
  return { messages, files };
}
