/** Lowercased, with punctuation and repeated spaces folded: two texts equal under this are exact duplicates. */
export function dedupeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The set of character trigrams of a text's dedupe key, as 32-bit hashes. */
export function trigrams(text: string): Set<number> {
  const key = ` ${dedupeKey(text)} `;
  const grams = new Set<number>();
  for (let i = 0; i + 3 <= key.length; i++) grams.add((key.charCodeAt(i) * 65_599 + key.charCodeAt(i + 1)) * 65_599 + key.charCodeAt(i + 2));
  return grams;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface SimilarityIndex {
  add(text: string): void;
  /** The highest trigram Jaccard of `text` against any added text, and the index of that text. */
  nearest(text: string): { similarity: number; index: number };
}

/** An exact nearest-neighbour index under trigram Jaccard, counting shared trigrams through posting lists. */
export function createSimilarityIndex({ texts = [] }: { texts?: readonly string[] } = {}): SimilarityIndex {
  const sizes: number[] = [];
  const postings = new Map<number, number[]>();
  let shared = new Int32Array(64);
  const add = (text: string) => {
    const grams = trigrams(text);
    const index = sizes.length;
    sizes.push(grams.size);
    for (const gram of grams) {
      const list = postings.get(gram);
      if (list) list.push(index);
      else postings.set(gram, [index]);
    }
  };
  for (const text of texts) add(text);
  return {
    add,
    nearest(text) {
      if (shared.length < sizes.length) shared = new Int32Array(sizes.length * 2);
      const grams = trigrams(text);
      const touched: number[] = [];
      for (const gram of grams) {
        for (const index of postings.get(gram) ?? []) {
          if (shared[index] === 0) touched.push(index);
          shared[index] = (shared[index] as number) + 1;
        }
      }
      let best = { similarity: 0, index: -1 };
      for (const index of touched) {
        const both = shared[index] as number;
        const similarity = both / (grams.size + (sizes[index] as number) - both);
        if (similarity > best.similarity) best = { similarity, index };
        shared[index] = 0;
      }
      return best;
    },
  };
}

/** MinHash bands and rows per band: a pair at Jaccard 0.85 shares a band with probability 1 - (1 - 0.85^4)^15 > 0.99999. */
const BANDS = 15;
const ROWS = 4;

/** Fixed odd multipliers and offsets of the MinHash functions (a deterministic sequence, the same on every run). */
const HASHES = Array.from({ length: BANDS * ROWS }, (_, i) => ({ a: (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0, b: Math.imul(i + 7, 0x85ebca6b) >>> 0 }));

export interface CreateThresholdIndexOptions {
  /** Only neighbours at or above this Jaccard are looked for. */
  minSimilarity: number;
}

/**
 * A fast index for one question over many texts, "is any added text at least `minSimilarity` similar to this one?":
 * MinHash signatures of the trigram sets, split into bands; texts that share a band are compared exactly. A pair at
 * 0.85 is missed with probability under 1e-5 (so near-duplicate removal is as good as exact), at a cost that grows
 * linearly with the number of texts. `nearest` returns the most similar text found at or above the threshold, or
 * similarity 0 and index -1.
 */
export function createThresholdIndex({ minSimilarity }: CreateThresholdIndexOptions): SimilarityIndex {
  const sets: Set<number>[] = [];
  const buckets = new Map<string, number[]>();
  const bandKeys = (grams: Set<number>): string[] => {
    const minimum = new Uint32Array(HASHES.length).fill(0xffffffff);
    for (const gram of grams) {
      const folded = (gram % 4_294_967_296) >>> 0;
      for (let h = 0; h < HASHES.length; h++) {
        const { a, b } = HASHES[h] as { a: number; b: number };
        const value = (Math.imul(folded ^ (folded >>> 16), a) + b) >>> 0;
        if (value < (minimum[h] as number)) minimum[h] = value;
      }
    }
    return Array.from({ length: BANDS }, (_, band) => `${band}:${minimum.subarray(band * ROWS, band * ROWS + ROWS).join(",")}`);
  };
  return {
    add(text) {
      const grams = trigrams(text);
      const index = sets.length;
      sets.push(grams);
      if (grams.size === 0) return; // no letters or digits: like the exact index, never anyone's neighbour
      for (const key of bandKeys(grams)) {
        const bucket = buckets.get(key);
        if (bucket) bucket.push(index);
        else buckets.set(key, [index]);
      }
    },
    nearest(text) {
      const grams = trigrams(text);
      const compared = new Set<number>();
      let best = { similarity: 0, index: -1 };
      if (grams.size === 0) return best;
      for (const key of bandKeys(grams)) {
        for (const index of buckets.get(key) ?? []) {
          if (compared.has(index)) continue;
          compared.add(index);
          const similarity = jaccard(grams, sets[index] as Set<number>);
          if (similarity >= minSimilarity && similarity > best.similarity) best = { similarity, index };
        }
      }
      return best;
    },
  };
}
