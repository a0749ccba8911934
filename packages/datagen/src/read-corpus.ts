import { basename, join } from "node:path";
import { DataError, type Fragment, fragmentSchema, INTENTS, labelledExampleSchema, MissingInputError, readJsonlRows } from "@hotel-intent/shared";
import { z } from "zod";
import { jsonlFiles } from "./jsonl-files.js";

export const corpusMessageSchema = labelledExampleSchema.extend({
  voice: z.enum(["family", "business", "couple", "solo", "group", "elderly", "terse", "non-native", "annoyed", "chatty", "formal"]).optional(),
  stage: z.enum(["before", "during", "after"]).optional(),
});

export interface CorpusMessage {
  text: string;
  intent: number;
  voice?: string | undefined;
  stage?: string | undefined;
  /** `file:line` it came from. */
  origin: string;
}

export interface Corpus {
  messages: CorpusMessage[];
  fragments: (Fragment & { origin: string })[];
  files: string[];
}

/** The intent a corpus file is named after (`07-late-check-out.jsonl` -> 7), checked against the catalog. */
function intentOfFile(file: string): number {
  const match = /^(\d{2})-([a-z0-9-]+)\.jsonl$/.exec(basename(file));
  const intent = match ? INTENTS[Number(match[1]) - 1] : undefined;
  if (!match || !intent || intent.slug !== match[2]) {
    throw new DataError({ file, message: "corpus files are named NN-slug.jsonl after an intent of the catalog (e.g. 07-late-check-out.jsonl)" });
  }
  return intent.id;
}

function checkIntent(file: string, line: number, expected: number, actual: number): void {
  if (actual !== expected) throw new DataError({ file, line, field: "intent", message: `is ${actual}, but this file holds intent ${expected}` });
}

/** Reads `corpus/NN-slug.jsonl` (messages) and `corpus/fragments/NN-slug.jsonl` (generator building blocks), validating every line. */
export async function readCorpus({ dir }: { dir: string }): Promise<Corpus> {
  const messageFiles = await jsonlFiles(dir);
  if (messageFiles.length === 0) throw new MissingInputError(`${dir}: no corpus files (*.jsonl) found`);
  const fragmentFiles = await jsonlFiles(join(dir, "fragments"));
  const corpus: Corpus = { messages: [], fragments: [], files: [...messageFiles, ...fragmentFiles] };
  for (const file of messageFiles) {
    const intent = intentOfFile(file);
    for (const { value, line } of await readJsonlRows({ file, schema: corpusMessageSchema })) {
      checkIntent(file, line, intent, value.intent);
      corpus.messages.push({ text: value.text, intent, voice: value.voice, stage: value.stage, origin: `${basename(file)}:${line}` });
    }
  }
  for (const file of fragmentFiles) {
    const intent = intentOfFile(file);
    for (const { value, line } of await readJsonlRows({ file, schema: fragmentSchema })) {
      checkIntent(file, line, intent, value.intent);
      corpus.fragments.push({ ...value, origin: `fragments/${basename(file)}:${line}` });
    }
  }
  return corpus;
}
