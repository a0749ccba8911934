import type { DataPart } from "@hotel-intent/shared";
import { computeMetrics, type ScoredItem } from "./compute-metrics.js";
import type { PartMetrics } from "./report.js";

/** Scores each part of a set on its own; undefined when the set has one part only (nothing to tell apart). */
export function scoreParts({
  items,
  partOf,
}: {
  items: readonly ScoredItem[];
  partOf: (index: number) => DataPart;
}): Partial<Record<DataPart, PartMetrics>> | undefined {
  const byPart = new Map<DataPart, ScoredItem[]>();
  items.forEach((item, index) => {
    const part = partOf(index);
    const group = byPart.get(part);
    if (group) group.push(item);
    else byPart.set(part, [item]);
  });
  if (byPart.size < 2) return undefined;
  const parts: Partial<Record<DataPart, PartMetrics>> = {};
  for (const [part, partItems] of byPart) {
    const { count, accuracy, macroF1, ece } = computeMetrics({ items: partItems });
    parts[part] = { count, accuracy, macroF1, ece };
  }
  return parts;
}
