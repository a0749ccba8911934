import { createConceptMatcher } from "./lexicon.js";
import { normaliseText, stem, words } from "./tokenize.js";
import type { FeaturizerSettings } from "@hotel-intent/shared";

/** Turns feature names into ids. `reset` forgets every id handed out for names outside a fixed vocabulary. */
export interface FeatureIds {
  id(key: string): number;
  /**
   * The id of `${prefix}${a}${joiner}${b}`, without building that name when it is not needed; -1 for a pair outside a
   * fixed vocabulary (the encoder still counts it, by its parts, in its group's normalisation).
   */
  pair(prefix: string, a: string, joiner: string, b: string): number;
  reset(): void;
}

/** A message's features as ids with their values; each id appears once. */
export interface EncodedFeatures {
  ids: number[];
  values: number[];
}

const CACHE_LIMIT = 50_000;
/** Two feature ids (below 2^26) combined into one number that names their pair. */
const PAIR_KEY = 2 ** 26;

interface WordEntry {
  stem: string;
  unigram: number;
  grams: number[];
}

export interface CreateFeatureEncoderOptions {
  settings: FeaturizerSettings;
  /** Concept -> phrases; saved inside each model so that a model always featurises as it was trained. */
  lexicon: Readonly<Record<string, readonly string[]>>;
  ids: FeatureIds;
  /** Words to featurise up front, so that the first messages that use them cost no more than later ones. */
  warmWords?: readonly string[];
}

/**
 * The one feature definition, shared by training and inference. Groups: stemmed words (`w|`), stem bigrams (`b|`),
 * character n-grams of each word (`c|`), lexicon concepts (`k|`) and concept pairs (`p|`). Each group is deduplicated,
 * L2-normalised over all its features (known to the model or not), then scaled by its weight.
 * Words are cached with their ids, and pairs are found through nested maps of already-hashed strings, so a message
 * costs a few map lookups per word.
 */
export function createFeatureEncoder({ settings, lexicon, ids, warmWords = [] }: CreateFeatureEncoderOptions): (text: string) => EncodedFeatures {
  const matchConcepts = createConceptMatcher({ lexicon });
  const wordCache = new Map<string, WordEntry>();
  const conceptCache = new Map<string, number>();
  let seen = new Int32Array(4096);
  let generation = 0;

  const conceptId = (concept: string) => {
    let id = conceptCache.get(concept);
    if (id === undefined) {
      id = ids.id(`k|${concept}`);
      conceptCache.set(concept, id);
    }
    return id;
  };
  const wordEntry = (word: string) => {
    let entry = wordCache.get(word);
    if (!entry) {
      const stemmed = stem(word);
      const grams: number[] = [];
      const padded = `<${word}>`;
      if (settings.char > 0) {
        for (let size = settings.charMin; size <= settings.charMax; size++) {
          for (let start = 0; start + size <= padded.length; start++) grams.push(ids.id(`c|${padded.slice(start, start + size)}`));
        }
      }
      entry = { stem: stemmed, unigram: ids.id(`w|${stemmed}`), grams };
      wordCache.set(word, entry);
    }
    return entry;
  };
  for (const word of warmWords.slice(0, CACHE_LIMIT)) wordEntry(word);
  /** `unknown` holds numeric keys of features outside the vocabulary: they carry no weight but count, once each, in the norm. */
  const addGroup = (out: EncodedFeatures, group: number[], weight: number, unknown: number[] = []) => {
    if (weight === 0 || group.length === 0) return;
    generation++;
    const start = out.ids.length;
    for (const id of group) {
      if (id >= seen.length) {
        const grown = new Int32Array(Math.max(id + 1, seen.length * 2));
        grown.set(seen);
        seen = grown;
      }
      if (seen[id] === generation) continue;
      seen[id] = generation;
      out.ids.push(id);
    }
    const unknownCount = unknown.length < 2 ? unknown.length : new Set(unknown).size;
    const value = weight / Math.sqrt(out.ids.length - start + unknownCount);
    for (let index = start; index < out.ids.length; index++) out.values.push(value);
  };

  return (text) => {
    if (wordCache.size > CACHE_LIMIT) {
      wordCache.clear();
      ids.reset();
    }
    const entries = words(normaliseText(text)).map(wordEntry);
    const out: EncodedFeatures = { ids: [], values: [] };
    addGroup(
      out,
      entries.map((entry) => entry.unigram),
      settings.word,
    );
    if (settings.bigram > 0) {
      const bigrams: number[] = [];
      const unknown: number[] = [];
      for (let index = 1; index < entries.length; index++) {
        const a = entries[index - 1] as WordEntry;
        const b = entries[index] as WordEntry;
        const id = ids.pair("b|", a.stem, "_", b.stem);
        if (id >= 0) bigrams.push(id);
        else unknown.push(a.unigram * PAIR_KEY + b.unigram);
      }
      addGroup(out, bigrams, settings.bigram, unknown);
    }
    if (settings.char > 0) {
      const grams: number[] = [];
      for (const entry of entries) for (const gram of entry.grams) grams.push(gram);
      addGroup(out, grams, settings.char);
    }
    if (settings.concept > 0 || settings.conceptPair > 0) {
      const concepts = matchConcepts(entries.map((entry) => entry.stem)).sort();
      addGroup(
        out,
        concepts.map(conceptId),
        settings.concept,
      );
      if (settings.conceptPair > 0) {
        const pairs: number[] = [];
        const unknown: number[] = [];
        for (let i = 0; i < concepts.length; i++) {
          for (let j = i + 1; j < concepts.length; j++) {
            const a = concepts[i] as string;
            const b = concepts[j] as string;
            const id = ids.pair("p|", a, "+", b);
            if (id >= 0) pairs.push(id);
            else unknown.push(conceptId(a) * PAIR_KEY + conceptId(b));
          }
        }
        addGroup(out, pairs, settings.conceptPair, unknown);
      }
    }
    return out;
  };
}

/** Ids for every name ever seen, in order of first sight: what training uses to build its vocabulary. */
export function createGrowingIds(): FeatureIds & { names: string[] } {
  const index = new Map<string, number>();
  const names: string[] = [];
  const id = (key: string) => {
    let found = index.get(key);
    if (found === undefined) {
      found = names.length;
      index.set(key, found);
      names.push(key);
    }
    return found;
  };
  const pairs = new Map<string, Map<string, number>>();
  const pair = (prefix: string, a: string, joiner: string, b: string) => {
    const first = prefix + a;
    let inner = pairs.get(first);
    if (!inner) {
      inner = new Map();
      pairs.set(first, inner);
    }
    let found = inner.get(b);
    if (found === undefined) {
      found = id(`${first}${joiner}${b}`);
      inner.set(b, found);
    }
    return found;
  };
  return { names, id, pair, reset() {} };
}

/**
 * Ids of a fixed vocabulary (0..n-1), and fresh ids from n up for names outside it, so that those still count in
 * normalisation. Known pairs are found through nested maps, so an unknown bigram costs no string.
 */
export function createVocabularyIds({ vocabulary }: { vocabulary: readonly string[] }): FeatureIds {
  const known = new Map(vocabulary.map((name, row) => [name, row]));
  const pairs: Record<string, Map<string, Map<string, number>>> = { "b|": new Map(), "p|": new Map() };
  vocabulary.forEach((name, row) => {
    const match = /^(b\|)([^_]+)_(.+)$/.exec(name) ?? /^(p\|)([^+]+)\+(.+)$/.exec(name);
    const byFirst = match ? pairs[match[1] as string] : undefined;
    if (!match || !byFirst) return;
    let inner = byFirst.get(match[2] as string);
    if (!inner) {
      inner = new Map();
      byFirst.set(match[2] as string, inner);
    }
    inner.set(match[3] as string, row);
  });
  let unknown = new Map<string, number>();
  let next = vocabulary.length;
  return {
    id(key) {
      const row = known.get(key);
      if (row !== undefined) return row;
      let id = unknown.get(key);
      if (id === undefined) {
        id = next++;
        unknown.set(key, id);
      }
      return id;
    },
    pair: (prefix, a, _joiner, b) => pairs[prefix]?.get(a)?.get(b) ?? -1,
    reset() {
      unknown = new Map();
      next = vocabulary.length;
    },
  };
}
