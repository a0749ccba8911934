/** Mean negative log-likelihood of the true classes under softmax(logits / temperature). */
export function meanNll({ logits, labels, temperature }: { logits: readonly Float64Array[]; labels: readonly number[]; temperature: number }): number {
  let total = 0;
  logits.forEach((row, n) => {
    let max = -Infinity;
    for (const value of row) max = Math.max(max, value / temperature);
    let sum = 0;
    for (const value of row) sum += Math.exp(value / temperature - max);
    total += Math.log(sum) + max - (row[labels[n] as number] as number) / temperature;
  });
  return total / Math.max(1, logits.length);
}

/** The softmax temperature that minimises validation NLL (golden-section search over log T in [0.05, 20]). */
export function fitTemperature({ logits, labels }: { logits: readonly Float64Array[]; labels: readonly number[] }): number {
  if (logits.length === 0) return 1;
  const loss = (logT: number) => meanNll({ logits, labels, temperature: Math.exp(logT) });
  let low = Math.log(0.05);
  let high = Math.log(20);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let step = 0; step < 60; step++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (loss(a) < loss(b)) high = b;
    else low = a;
  }
  return Math.exp((low + high) / 2);
}
