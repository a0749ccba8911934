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
