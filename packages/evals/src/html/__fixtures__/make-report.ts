import { computeMetrics, type ScoredItem } from "../../compute-metrics.js";
import type { Report } from "../../report.js";
import { summarizeLatency } from "../../summarize-latency.js";

/** Items of a small three-intent run: 7 late check-out, 10 luggage, 17 towels, with a few mistakes. */
export function fixtureItems(): ScoredItem[] {
  const item = (intent: number, predicted: number | null, text: string, microseconds: number): ScoredItem => ({
    text,
    intent,
    predicted,
    confidence: predicted === null ? null : 0.8,
    microseconds,
  });
  return [
    item(7, 7, "our flight is late, can we keep the room?", 40),
    item(7, 7, "no rush to leave is there?", 55),
    item(7, 10, "can you hold our things after noon?", 61),
    item(10, 10, "where can the bags go until the taxi comes", 70),
    item(10, 10, "someone to carry the cases up?", 48),
    item(17, 17, "we are out of towels", 52),
    item(17, 7, `<script>alert("late")</script> & one more pillow`, 300),
    item(17, null, "a softer pillow please", 1200),
  ];
}

export interface MakeReportOptions {
  name?: string;
  model?: string;
  provider?: string;
  dataset?: string;
  items?: ScoredItem[];
  cost?: Report["cost"];
}

/** A complete report computed from items, as the evals stage writes it. */
export function makeReport({
  name = "local-test",
  model = "embedded (1200 features)",
  provider = "local",
  dataset = "/data/test.jsonl",
  items = fixtureItems(),
  cost,
}: MakeReportOptions = {}): Report {
  return {
    name,
    createdAt: "2026-11-26T09:00:00.000Z",
    provider,
    model,
    dataset,
    metrics: computeMetrics({ items }),
    latency: summarizeLatency({ microseconds: items.map((entry) => entry.microseconds ?? 0) }),
    modelBytes: cost === undefined ? 2_000_000 : null,
    items,
    ...(cost === undefined ? {} : { cost }),
  };
}
