import { OUT_OF_SCOPE } from "@hotel-intent/shared";
import type { ScoredItem } from "./compute-metrics.js";

export interface RejectionRate {
  count: number;
  rejected: number;
  /** rejected / count. */
  rate: number;
}

/** One point of the threshold curve: what a given out-of-scope threshold would reject. */
export interface ThresholdPoint {
  threshold: number;
  /** Share of out-of-scope messages rejected. */
  outOfScopeRejected: number;
  /** Share of in-scope messages wrongly rejected. */
  inScopeRejected: number;
}

export interface OutOfScopeMetrics {
  /** Out-of-scope messages rejected (given no intent), in all and per group. */
  outOfScope: RejectionRate;
  byGroup: Record<string, RejectionRate>;
  /** In-scope messages rejected, and the accuracy on those kept. */
  inScope: RejectionRate & { keptAccuracy: number };
  /** How the out-of-scope messages were rejected: out_of_scope, unsupported_language, low_confidence. */
  byReason: Record<string, number>;
  /** Rejection rates against the out-of-scope threshold, from each message's out-of-scope probability (when known). */
  curve: ThresholdPoint[];
}

const rate = (count: number, rejected: number): RejectionRate => ({ count, rejected, rate: count === 0 ? 0 : rejected / count });

/** How well a classifier says "none of these": on the out-of-scope messages (gold 0) and on the in-scope ones. Undefined without out-of-scope messages. */
export function computeOutOfScope({ items }: { items: readonly ScoredItem[] }): OutOfScopeMetrics | undefined {
  const outside = items.filter((item) => item.intent === OUT_OF_SCOPE);
  if (outside.length === 0) return undefined;
  const inside = items.filter((item) => item.intent !== OUT_OF_SCOPE);
  const rejected = (item: ScoredItem) => item.predicted === null && item.error === undefined;
  const byGroup: Record<string, RejectionRate> = {};
  const byReason: Record<string, number> = {};
  for (const group of [...new Set(outside.map((item) => item.group ?? "out-of-scope"))].sort()) {
    const members = outside.filter((item) => (item.group ?? "out-of-scope") === group);
    byGroup[group] = rate(members.length, members.filter(rejected).length);
  }
  for (const item of outside.filter(rejected)) byReason[item.reason ?? "unknown"] = (byReason[item.reason ?? "unknown"] ?? 0) + 1;
  const kept = inside.filter((item) => item.predicted !== null);
  const curve: ThresholdPoint[] = [];
  if ([...outside, ...inside].every((item) => item.outOfScopeScore !== undefined)) {
    // a message rejected for its language is rejected at any threshold; otherwise, when its score reaches the threshold
    const rejectedAt = (item: ScoredItem, threshold: number) =>
      item.reason === "unsupported_language" || (item.outOfScopeScore !== null && (item.outOfScopeScore as number) >= threshold);
    for (let step = 1; step <= 19; step++) {
      const threshold = step / 20;
      curve.push({
        threshold,
        outOfScopeRejected: outside.filter((item) => rejectedAt(item, threshold)).length / outside.length,
        inScopeRejected: inside.length === 0 ? 0 : inside.filter((item) => rejectedAt(item, threshold)).length / inside.length,
      });
    }
  }
  return {
    outOfScope: rate(outside.length, outside.filter(rejected).length),
    byGroup,
    inScope: {
      ...rate(inside.length, inside.filter(rejected).length),
      keptAccuracy: kept.length === 0 ? 0 : kept.filter((item) => item.predicted === item.intent).length / kept.length,
    },
    byReason,
    curve,
  };
}
