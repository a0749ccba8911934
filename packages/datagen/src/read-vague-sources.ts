import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { DataError, INTENTS, labelledExampleSchema, readJsonlRows } from "@hotel-intent/shared";
import { z } from "zod";
import { jsonlFiles } from "./jsonl-files.js";

/** A paraphrase the team wrote of one VagueIntent-Train message: `source` is that message's 1-based line. */
export const paraphraseSchema = labelledExampleSchema.extend({ source: z.number().int().min(1) });

/** One message in the abstract "vague" register, with the group it must share a split with. */
export interface VagueMessage {
  text: string;
  intent: number;
  /** `vagueintent-train`: the original message; `paraphrase`: the team's rewording of one; `register`: written from scratch. */
  source: "vagueintent-train" | "paraphrase" | "register";
  /** Messages of one group always land in the same split: a VagueIntent-Train line and all its paraphrases. */
  group: string;
  /** `file:line` it came from. */
  origin: string;
}

export interface VagueSources {
  messages: VagueMessage[];
  /** Files read, for the dataset's hash. */
  files: string[];
  /** Whether VagueIntent-Train itself was found beside the project. */
  hasVagueIntentTrain: boolean;
}

function registerIntentOf(file: string): number {
  const match = /^(\d{2})-register\.jsonl$/.exec(basename(file));
  const id = match ? Number(match[1]) : NaN;
  if (!INTENTS.some((intent) => intent.id === id)) {
    throw new DataError({ file, message: "register files are named NN-register.jsonl after an intent of the catalog (e.g. 07-register.jsonl)" });
  }
  return id;
}

/**
 * Reads the vague-register training sources: VagueIntent-Train (from `seedData`, when present; never committed),
 * the team's paraphrases of it (`corpus/paraphrases/*.jsonl`, each naming its source line) and the team's messages
 * written from scratch in that register (`corpus/register/NN-register.jsonl`).
 */
export async function readVagueSources({ corpusDir, vagueIntentTrain }: { corpusDir: string; vagueIntentTrain: string }): Promise<VagueSources> {
  const messages: VagueMessage[] = [];
  const files: string[] = [];
  const trainIntents = new Map<number, number>();
  const hasVagueIntentTrain = existsSync(vagueIntentTrain);
  if (hasVagueIntentTrain) {
    for (const { value, line } of await readJsonlRows({ file: vagueIntentTrain, schema: labelledExampleSchema })) {
      trainIntents.set(line, value.intent);
      messages.push({ text: value.text, intent: value.intent, source: "vagueintent-train", group: `vt:${line}`, origin: `vagueintent-train.jsonl:${line}` });
    }
    files.push(vagueIntentTrain);
  }
  for (const file of await jsonlFiles(join(corpusDir, "paraphrases"))) {
    files.push(file);
    for (const { value, line } of await readJsonlRows({ file, schema: paraphraseSchema })) {
      const expected = trainIntents.get(value.source);
      if (hasVagueIntentTrain && expected === undefined) {
        throw new DataError({ file, line, field: "source", message: `is ${value.source}, but VagueIntent-Train has ${trainIntents.size} lines` });
      }
      if (expected !== undefined && expected !== value.intent) {
        throw new DataError({ file, line, field: "intent", message: `is ${value.intent}, but its source line ${value.source} is intent ${expected}` });
      }
      messages.push({
        text: value.text,
        intent: value.intent,
        source: "paraphrase",
        group: `vt:${value.source}`,
        origin: `paraphrases/${basename(file)}:${line}`,
      });
    }
  }
  for (const file of await jsonlFiles(join(corpusDir, "register"))) {
    files.push(file);
    const intent = registerIntentOf(file);
    for (const { value, line } of await readJsonlRows({ file, schema: labelledExampleSchema })) {
      if (value.intent !== intent) throw new DataError({ file, line, field: "intent", message: `is ${value.intent}, but this file holds intent ${intent}` });
      const origin = `register/${basename(file)}:${line}`;
      messages.push({ text: value.text, intent, source: "register", group: origin, origin });
    }
  }
  return { messages, files, hasVagueIntentTrain };
}
