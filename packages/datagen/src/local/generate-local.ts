import { SYNONYMS } from "@hotel-intent/model";
import { type Config, createRandom, type SplitName } from "@hotel-intent/shared";
import type { Corpus } from "../read-corpus.js";
import { dedupeKey } from "../similarity.js";
import { composeMessage, createSynonymTable, makeVariant } from "./make-variant.js";

export interface DatasetRow {
  text: string;
  intent: number;
  /**
   * `corpus`: as written; `variant`: a rewording of one train message; `composed`: built from fragments;
   * `vagueintent-train`, `paraphrase`, `register`: the abstract vague register (see `readVagueSources`).
   */
  source: "corpus" | "variant" | "composed" | "openai" | "vagueintent-train" | "paraphrase" | "register" | "out-of-scope";
  origin: string;
  /** Rows of one group (a VagueIntent-Train line and its paraphrases) always share a split. */
  group?: string | undefined;
  /** Out-of-scope rows (intent 0): their kind, e.g. small-talk or other-business. */
  outOfScope?: string | undefined;
  voice?: string | undefined;
  stage?: string | undefined;
}

export interface GenerateLocalOptions {
  /** Corpus messages already deduplicated, leakage-checked and split. */
  splits: Record<SplitName, DatasetRow[]>;
  fragments: Corpus["fragments"];
  config: Config["datagen"];
  seed: number;
}

/**
 * Expands the train split offline: rewordings of each corpus train message (which stay in train, beside their source),
 * then messages composed from fragments until every intent has the same number of corpus-derived train rows.
 * Validation and test keep only the hand-written messages, so they measure what the team wrote, not the grammar.
 */
export function generateLocal({ splits, fragments, config, seed }: GenerateLocalOptions): Record<SplitName, DatasetRow[]> {
  const random = createRandom({ seed: seed ^ 0x5eed });
  const synonyms = createSynonymTable({ groups: SYNONYMS });
  const seen = new Set([...splits.train, ...splits.validation, ...splits.test].map((row) => dedupeKey(row.text)));
  const train: DatasetRow[] = [];
  const tryAdd = (row: DatasetRow) => {
    const key = dedupeKey(row.text);
    if (seen.has(key)) return false;
    seen.add(key);
    train.push(row);
    return true;
  };
  for (const row of splits.train) {
    train.push(row);
    // The vague register's rows are many already (a line and all its paraphrases); rewording them again adds training time, not accuracy.
    if (row.group !== undefined || row.outOfScope !== undefined) continue;
    for (let v = 0; v < config.variantsPerMessage; v++) {
      tryAdd({ ...row, text: makeVariant({ text: row.text, random, synonyms }), source: "variant" });
    }
  }
  // Composed messages even out the corpus-derived rows; the vague register's rows come on top (the trainer weighs classes).
  const perIntent = new Map<number, number>();
  for (const row of train) if (row.group === undefined && row.outOfScope === undefined) perIntent.set(row.intent, (perIntent.get(row.intent) ?? 0) + 1);
  const most = Math.max(0, ...perIntent.values());
  const intents = [...new Set([...perIntent.keys(), ...fragments.map((fragment) => fragment.intent)])].sort((a, b) => a - b);
  for (const intent of intents) {
    const situations = fragments.filter((fragment) => fragment.intent === intent && fragment.kind === "situation");
    const asks = fragments.filter((fragment) => fragment.intent === intent && fragment.kind === "ask");
    if (situations.length === 0 || asks.length === 0) continue;
    const wanted = config.composedPerIntent + most - (perIntent.get(intent) ?? 0);
    let made = 0;
    for (let attempt = 0; made < wanted && attempt < wanted * 5; attempt++) {
      const situation = random.pick(situations);
      const ask = random.pick(asks);
      const text = composeMessage({ situation: situation.text, ask: ask.text, random });
      if (tryAdd({ text, intent, source: "composed", origin: `${situation.origin}+${ask.origin}` })) made++;
    }
  }
  return { train, validation: splits.validation, test: splits.test };
}
