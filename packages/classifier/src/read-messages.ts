import { DataError, decodeLines, readBytes } from "@hotel-intent/shared";
import { z } from "zod";

const jsonLineSchema = z.union([
  z.object({ text: z.string() }),
  z.object({ input_text: z.string() }),
  z.object({ item: z.object({ input_text: z.string() }) }),
]);

export interface InputMessage {
  text: string;
  line: number;
}

/**
 * Messages from a file: JSONL lines with `text`, `input_text` or `item.input_text`, or plain text, one message a line.
 * A line is read as JSON when it starts with `{`. Blank lines are skipped.
 */
export async function readMessages({ file }: { file: string }): Promise<InputMessage[]> {
  const lines = decodeLines(file, await readBytes(file));
  const messages: InputMessage[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === "") return;
    if (!trimmed.startsWith("{")) {
      messages.push({ text: raw, line });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw new DataError({ file, line, message: `starts with "{" but is not valid JSON (${(error as Error).message})` });
    }
    const parsed = jsonLineSchema.safeParse(json);
    if (!parsed.success) throw new DataError({ file, line, field: "text", message: "missing: a JSON line needs a text, input_text or item.input_text string" });
    const value = parsed.data;
    messages.push({ text: "text" in value ? value.text : "input_text" in value ? value.input_text : value.item.input_text, line });
  });
  if (messages.length === 0) throw new DataError({ file, message: "holds no messages" });
  return messages;
}
