import { type DataPart, OUT_OF_SCOPE } from "@hotel-intent/shared";
import { computeMetrics, type ScoredItem } from "./compute-metrics.js";
import type { PartMetrics } from "./report.js";

/** Scores each part of a set's in-scope messages on its own; undefined when there is one part only (nothing to tell apart). */
export function scoreParts({
  items,
  partOf,
}: {
  items: readonly ScoredItem[];
  partOf: (index: number) => DataPart;
}): Partial<Record<DataPart, PartMetrics>> | undefined {
  const byPart = new Map<DataPart, ScoredItem[]>();
  items.forEach((item, index) => {
    if (item.intent === OUT_OF_SCOPE) return;
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
