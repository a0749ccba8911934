import { readFile } from "node:fs/promises";
import type { z } from "zod";
import { DataError, MissingInputError } from "./errors.js";
import { writeFileAtomic } from "./write-file-atomic.js";

const MAX_REPORTED = 10;

/** `messages.0.role` style path of a zod issue, or undefined at the top. */
export function issuePath(path: readonly PropertyKey[]): string | undefined {
  return path.length > 0 ? path.map(String).join(".") : undefined;
}

export async function readBytes(file: string, hint?: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new MissingInputError(`${file}: no such file${hint ? ` (${hint})` : ""}`);
    throw error;
  }
}

/** Splits a file into lines, decoding each as strict UTF-8 so that a bad byte is reported with its line. */
export function decodeLines(file: string, bytes: Uint8Array): string[] {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const lines: string[] = [];
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        lines.push(decoder.decode(bytes.subarray(start, index)).replace(/\r$/, ""));
      } catch {
        throw new DataError({ file, line: lines.length + 1, message: "is not valid UTF-8" });
      }
      start = index + 1;
    }
  }
  if (lines[0]?.startsWith("\uFEFF")) lines[0] = lines[0].slice(1);
  return lines;
}

export interface ReadJsonlOptions<T extends z.ZodType> {
  /** The file to read. */
  file: string;
  /** Every non-blank line must parse as JSON and then match this schema. */
  schema: T;
  /** Said in the error when the file is missing, e.g. which command makes it. */
  missingHint?: string;
  /** An empty file is an error unless this is true. @default false */
  allowEmpty?: boolean;
}

export interface JsonlRow<T> {
  value: T;
  /** 1-based line number in the file. */
  line: number;
}

/** Reads a JSONL file, validating every line; all bad lines (up to ten) are reported at once as `file:line: field: message`. */
export async function readJsonlRows<T extends z.ZodType>({
  file,
  schema,
  missingHint,
  allowEmpty = false,
}: ReadJsonlOptions<T>): Promise<JsonlRow<z.output<T>>[]> {
  const lines = decodeLines(file, await readBytes(file, missingHint));
  const rows: JsonlRow<z.output<T>>[] = [];
  const problems: DataError[] = [];
  lines.forEach((text, index) => {
    if (text.trim() === "" || problems.length >= MAX_REPORTED) return;
    const line = index + 1;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push(new DataError({ file, line, message: `is not valid JSON (${(error as Error).message})` }));
      return;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) rows.push({ value: parsed.data, line });
    else {
      const issue = parsed.error.issues[0];
      problems.push(new DataError({ file, line, field: issue ? issuePath(issue.path) : undefined, message: issue?.message ?? "is invalid" }));
    }
  });
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) {
    throw new DataError({
      file,
      message: `${problems.length}${problems.length >= MAX_REPORTED ? "+" : ""} bad lines:\n${problems.map((problem) => `  ${problem.message}`).join("\n")}`,
    });
  }
  if (rows.length === 0 && !allowEmpty) throw new DataError({ file, message: "has no data lines" });
  return rows;
}

/** Like {@link readJsonlRows}, values only. */
export async function readJsonl<T extends z.ZodType>(options: ReadJsonlOptions<T>): Promise<z.output<T>[]> {
  return (await readJsonlRows(options)).map((row) => row.value);
}

export interface WriteJsonlOptions {
  file: string;
  rows: readonly unknown[];
}

/** Writes one JSON value per line, atomically. */
export async function writeJsonl({ file, rows }: WriteJsonlOptions): Promise<void> {
  await writeFileAtomic({ file, data: rows.map((row) => JSON.stringify(row)).join("\n") + (rows.length > 0 ? "\n" : "") });
}

export interface ReadJsonOptions<T extends z.ZodType> {
  file: string;
  schema: T;
  missingHint?: string;
}

/** Reads and validates one JSON file, naming the file and field on error. */
export async function readJson<T extends z.ZodType>({ file, schema, missingHint }: ReadJsonOptions<T>): Promise<z.output<T>> {
  const text = decodeLines(file, await readBytes(file, missingHint)).join("\n");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError({ file, message: `is not valid JSON (${(error as Error).message})` });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError({ file, field: issue ? issuePath(issue.path) : undefined, message: issue?.message ?? "is invalid" });
  }
  return parsed.data;
}

/** Writes pretty JSON atomically. */
export async function writeJson({ file, value }: { file: string; value: unknown }): Promise<void> {
  await writeFileAtomic({ file, data: `${JSON.stringify(value, null, 2)}\n` });
}
