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

/** The words of a normalised text. */
export function words(normalised: string): string[] {
  return normalised.match(/[a-z]+/g) ?? [];
}

/** Stems of every word of a raw message. */
export function tokenize(text: string): string[] {
  return words(normaliseText(text)).map(stem);
}
