import { createSimilarityIndex, LEAKAGE_SIMILARITY } from "@hotel-intent/datagen";

export interface Leak {
  origin: string;
  text: string;
  benchmark: string;
  similarity: number;
}

/** Every text within {@link LEAKAGE_SIMILARITY} character-trigram Jaccard of a benchmark message. */
export function checkLeakage({ texts, benchmark }: { texts: readonly { text: string; origin: string }[]; benchmark: readonly string[] }): Leak[] {
  const index = createSimilarityIndex({ texts: benchmark });
  const leaks: Leak[] = [];
  for (const { text, origin } of texts) {
    const nearest = index.nearest(text);
    if (nearest.similarity >= LEAKAGE_SIMILARITY) leaks.push({ origin, text, benchmark: benchmark[nearest.index] as string, similarity: nearest.similarity });
  }
  return leaks;
}
