import { createSimilarityIndex, createThresholdIndex, dedupeKey } from "./similarity.js";

/** Trigram Jaccard at or above which two training messages count as near-duplicates. */
export const NEAR_DUPLICATE_SIMILARITY = 0.85;
/** Trigram Jaccard at or above which a message counts as a copy of a benchmark message. */
export const LEAKAGE_SIMILARITY = 0.7;

export interface SourceMessage {
  text: string;
  intent: number;
  origin: string;
  voice?: string | undefined;
  stage?: string | undefined;
}

export interface PrepareSourcesResult<T> {
  kept: T[];
  duplicates: number;
  nearDuplicates: number;
  benchmarkMatches: { origin: string; text: string; similarity: number }[];
  /** Near-duplicates that carry different intents: the corpus contradicts itself there. */
  conflicts: { origin: string; other: string }[];
}

/** Drops exact and near-duplicate messages (keeping the first) and any message within {@link LEAKAGE_SIMILARITY} of a benchmark text. */
export function prepareSources<T extends SourceMessage>({
  messages,
  excludeTexts,
}: {
  messages: readonly T[];
  excludeTexts: readonly string[];
}): PrepareSourcesResult<T> {
  const benchmark = createSimilarityIndex({ texts: excludeTexts });
  const seen = createThresholdIndex({ minSimilarity: NEAR_DUPLICATE_SIMILARITY });
  const keys = new Set<string>();
  const result: PrepareSourcesResult<T> = { kept: [], duplicates: 0, nearDuplicates: 0, benchmarkMatches: [], conflicts: [] };
  for (const message of messages) {
    const leak = benchmark.nearest(message.text);
    if (leak.similarity >= LEAKAGE_SIMILARITY) {
      result.benchmarkMatches.push({ origin: message.origin, text: message.text, similarity: leak.similarity });
      continue;
    }
    const key = dedupeKey(message.text);
    if (keys.has(key)) {
      result.duplicates++;
      continue;
    }
    const near = seen.nearest(message.text);
    if (near.similarity >= NEAR_DUPLICATE_SIMILARITY) {
      const other = result.kept[near.index] as T;
      if (other.intent !== message.intent) result.conflicts.push({ origin: message.origin, other: other.origin });
      result.nearDuplicates++;
      continue;
    }
    keys.add(key);
    seen.add(message.text);
    result.kept.push(message);
  }
  return result;
}
