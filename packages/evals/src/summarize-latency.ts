export interface LatencySummary {
  /** Microseconds. */
  meanUs: number;
  p50Us: number;
  p95Us: number;
  p99Us: number;
  samples: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export function summarizeLatency({ microseconds }: { microseconds: readonly number[] }): LatencySummary {
  const sorted = [...microseconds].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return { meanUs: mean, p50Us: percentile(sorted, 50), p95Us: percentile(sorted, 95), p99Us: percentile(sorted, 99), samples: sorted.length };
}
