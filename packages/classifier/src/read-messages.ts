import { createReadStream } from "node:fs";
import { DataError, MissingInputError } from "@hotel-intent/shared";
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

/** The bytes of a file, line by line (without the newline), read in chunks so that memory stays flat whatever its size. */
async function* byteLines(file: string): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      let data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let newline = data.indexOf(0x0a);
      while (newline !== -1) {
        yield data.subarray(0, newline);
        data = data.subarray(newline + 1);
        newline = data.indexOf(0x0a);
      }
      rest = Buffer.from(data);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new MissingInputError(`${file}: no such file`);
    throw error;
  }
  if (rest.length > 0) yield rest;
}

/**
 * Messages from a file, streamed: JSONL lines with `text`, `input_text` or `item.input_text`, or plain text, one
 * message a line. A line is read as JSON when it starts with `{`. Blank lines are skipped. A bad line (invalid UTF-8,
 * broken JSON, no text) stops the reading with `file:line`.
 */
export async function* readMessages({ file }: { file: string }): AsyncGenerator<InputMessage> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let line = 0;
  let found = 0;
  for await (const bytes of byteLines(file)) {
    line++;
    let raw: string;
    try {
      raw = decoder.decode(bytes).replace(/\r$/, "");
    } catch {
      throw new DataError({ file, line, message: "is not valid UTF-8" });
    }
    const trimmed = raw.trim();
    if (trimmed === "") continue;
    found++;
    if (!trimmed.startsWith("{")) {
      yield { text: raw, line };
      continue;
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
    yield { text: "text" in value ? value.text : "input_text" in value ? value.input_text : value.item.input_text, line };
  }
  if (found === 0) throw new DataError({ file, message: "holds no messages" });
}
