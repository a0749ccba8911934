import { createRandom, type SplitName } from "@hotel-intent/shared";

export interface SplitStratifiedOptions<T> {
  items: readonly T[];
  intentOf: (item: T) => number;
  seed: number;
  /** Share of each intent held out for validation. */
  validationShare: number;
  /** Share of each intent held out for test. */
  testShare: number;
}

/** Splits per intent, so every split has each intent in the same proportion; the same seed gives the same split. */
export function splitStratified<T>({ items, intentOf, seed, validationShare, testShare }: SplitStratifiedOptions<T>): Record<SplitName, T[]> {
  const random = createRandom({ seed });
  const byIntent = new Map<number, T[]>();
  for (const item of items) {
    const intent = intentOf(item);
    byIntent.set(intent, [...(byIntent.get(intent) ?? []), item]);
  }
  const splits: Record<SplitName, T[]> = { train: [], validation: [], test: [] };
  for (const intent of [...byIntent.keys()].sort((a, b) => a - b)) {
    const group = random.shuffle([...(byIntent.get(intent) ?? [])]);
    const test = Math.round(group.length * testShare);
    const validation = Math.round(group.length * validationShare);
    splits.test.push(...group.slice(0, test));
    splits.validation.push(...group.slice(test, test + validation));
    splits.train.push(...group.slice(test + validation));
  }
  return splits;
}
