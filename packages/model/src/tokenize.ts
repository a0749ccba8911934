/// <reference path="./types.d.ts" />
import stemmer from "wink-porter2-stemmer";

const CONTRACTION = /\b(can|won|ain)'?t\b|n't\b|'(re|m|ll|ve|d|s)\b/g;
const EXPANSIONS: Readonly<Record<string, string>> = { can: "can not", won: "will not", ain: "is not", re: " are", m: " am", ll: " will", ve: " have", d: " would", s: "" };
const expand = (_: string, word: string | undefined, suffix: string | undefined) => (word ? (EXPANSIONS[word] as string) : suffix ? (EXPANSIONS[suffix] as string) : " not");

/** Lowercase, NFKC, straight apostrophes, contractions expanded, times and numbers replaced by placeholders. */
export function normaliseText(text: string): string {
  let result = text.normalize("NFKC").toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(CONTRACTION, expand);
  if (/\d/.test(result)) {
    result = result
      .replace(/\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/g, " qtime ")
      .replace(/\b\d{1,2}:\d{2}\b/g, " qtime ")
      .replace(/\d+/g, " qnum ");
  }
  return result;
}

const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

/** Porter2 stem, cached: the same words recur across messages. */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = word.length <= 2 ? word : stemmer(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Longest word, in letters, that reaches the stemmer and the character n-grams; longer runs of letters are cut to
 * their first MAX_WORD_CHARS letters. English words are shorter; the stemmer's cost grows with the square of a word's
 * length, so without the cut one 10,000-letter word would take seconds.
 */
export const MAX_WORD_CHARS = 32;

/** The words of a normalised text (runs of a-z, each cut to {@link MAX_WORD_CHARS} letters). */
export function words(normalised: string): string[] {
  const found = normalised.match(/[a-z]+/g) ?? [];
  for (let index = 0; index < found.length; index++) {
    if ((found[index] as string).length > MAX_WORD_CHARS) found[index] = (found[index] as string).slice(0, MAX_WORD_CHARS);
  }
  return found;
}

/** Stems of every word of a raw message. */
export function tokenize(text: string): string[] {
  return words(normaliseText(text)).map(stem);
}
