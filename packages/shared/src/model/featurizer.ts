import { z } from "zod";
import { createConceptMatcher } from "./lexicon.js";
import { normaliseText, stem, words } from "./tokenize.js";

/** Which feature groups a model uses and how much each weighs (0 turns a group off). Each group is L2-normalised, then scaled. */
export const featurizerSettingsSchema = z.object({
  word: z.number().min(0).default(1),
  bigram: z.number().min(0).default(0.6),
  char: z.number().min(0).default(0.6),
  charMin: z.number().int().min(2).max(6).default(3),
  charMax: z.number().int().min(2).max(8).default(5),
  concept: z.number().min(0).default(1),
  conceptPair: z.number().min(0).default(0.5),
});
export type FeaturizerSettings = z.infer<typeof featurizerSettingsSchema>;

const WORD_CACHE_LIMIT = 50_000;

export interface Features {
  keys: string[];
  values: number[];
}

export interface CreateFeaturizerOptions {
  settings: FeaturizerSettings;
  /** Concept -> phrases; saved inside each model so that a model always featurises as it was trained. */
  lexicon: Readonly<Record<string, readonly string[]>>;
}

function addGroup(target: Features, keys: Iterable<string>, weight: number): void {
  if (weight === 0) return;
  const unique = new Set(keys);
  if (unique.size === 0) return;
  const value = weight / Math.sqrt(unique.size);
  for (const key of unique) {
    target.keys.push(key);
    target.values.push(value);
  }
}

/** The one featurizer used by training, evals and the runtime: a message in, named feature values out. */
export function createFeaturizer({ settings, lexicon }: CreateFeaturizerOptions): (text: string) => Features {
  const matchConcepts = createConceptMatcher({ lexicon });
  // The same words recur in every message: their stem and character n-grams are computed once.
  const cache = new Map<string, { stem: string; unigram: string; grams: string[] }>();
  const wordFeatures = (word: string) => {
    let cached = cache.get(word);
    if (!cached) {
      const grams: string[] = [];
      const padded = `<${word}>`;
      for (let size = settings.charMin; size <= settings.charMax; size++) {
        for (let start = 0; start + size <= padded.length; start++) grams.push(`c|${padded.slice(start, start + size)}`);
      }
      const stemmed = stem(word);
      cached = { stem: stemmed, unigram: `w|${stemmed}`, grams };
      if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
      cache.set(word, cached);
    }
    return cached;
  };
  return (text) => {
    const raw = words(normaliseText(text)).map(wordFeatures);
    const stems = raw.map((word) => word.stem);
    const features: Features = { keys: [], values: [] };
    addGroup(
      features,
      raw.map((word) => word.unigram),
      settings.word,
    );
    if (settings.bigram > 0) {
      const bigrams: string[] = [];
      for (let index = 1; index < stems.length; index++) bigrams.push(`b|${stems[index - 1]}_${stems[index]}`);
      addGroup(features, bigrams, settings.bigram);
    }
    if (settings.char > 0) {
      const grams = new Set<string>();
      for (const word of raw) for (const gram of word.grams) grams.add(gram);
      addGroup(features, grams, settings.char);
    }
    if (settings.concept > 0 || settings.conceptPair > 0) {
      const concepts = matchConcepts(stems).sort();
      addGroup(features, concepts.map((concept) => `k|${concept}`), settings.concept);
      if (settings.conceptPair > 0) {
        const pairs: string[] = [];
        for (let i = 0; i < concepts.length; i++) for (let j = i + 1; j < concepts.length; j++) pairs.push(`p|${concepts[i]}+${concepts[j]}`);
        addGroup(features, pairs, settings.conceptPair);
      }
    }
    return features;
  };
}
