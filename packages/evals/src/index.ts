export { computeMetrics, expectedCalibrationError, type Metrics, type ScoredItem } from "./compute-metrics.js";
export type { Report } from "./report.js";
export { type RunLocalEvalsOptions, runLocalEvals } from "./run-local-evals.js";
export { type LatencySummary, percentile, summarizeLatency } from "./summarize-latency.js";
export { renderMarkdown, writeReport } from "./write-report.js";
