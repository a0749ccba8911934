import type { Metrics, ScoredItem } from "./compute-metrics.js";
import type { LatencySummary } from "./summarize-latency.js";

/** `report.json`: everything one evaluation run measured. */
export interface Report {
  name: string;
  createdAt: string;
  provider: string;
  model: string;
  dataset: string;
  metrics: Metrics;
  latency: LatencySummary;
  /** Size on disk of an embedded model; null for API models. */
  modelBytes: number | null;
  items: ScoredItem[];
}
