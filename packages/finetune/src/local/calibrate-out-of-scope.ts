export interface CalibrateOutOfScopeOptions {
  /** Validation logits, one row per message. */
  logits: readonly Float64Array[];
  /** The class index of each message (negative: unknown to the model, skipped). */
  labels: readonly number[];
  /** The class index of "none of the intents". */
  outOfScope: number;
  /** Softmax temperature of the model. */
  temperature: number;
  /** Largest share of in-scope messages the threshold may reject. */
  maxInScopeRejection: number;
}

/**
 * The lowest out-of-scope probability threshold that rejects at most `maxInScopeRejection` of the in-scope validation
 * messages: as many out-of-scope messages as possible are rejected at that cost. Never under 0.05.
 */
export function calibrateOutOfScope({ logits, labels, outOfScope, temperature, maxInScopeRejection }: CalibrateOutOfScopeOptions): number {
  const inScope: number[] = [];
  logits.forEach((row, n) => {
    const label = labels[n] as number;
    if (label < 0 || label === outOfScope) return;
    let max = -Infinity;
    for (const value of row) max = Math.max(max, value / temperature);
    let sum = 0;
    for (const value of row) sum += Math.exp(value / temperature - max);
    inScope.push(Math.exp((row[outOfScope] as number) / temperature - max) / sum);
  });
  if (inScope.length === 0) return 0.5;
  inScope.sort((a, b) => b - a);
  const allowed = Math.floor(maxInScopeRejection * inScope.length);
  return Math.min(1, Math.max(0.05, (inScope[allowed] ?? 0) + 1e-6));
}
