export { computeMetrics, expectedCalibrationError, type Metrics, type ScoredItem } from "./compute-metrics.js";
export { type RenderReportHtmlOptions, renderReportHtml } from "./html/render-report-html.js";
export { type WriteReportHtmlOptions, writeReportHtml } from "./html/write-report-html.js";
export type { Report, ReportApi, ReportCost } from "./report.js";
export { type RunLocalEvalsOptions, runLocalEvals } from "./run-local-evals.js";
export { type LatencySummary, percentile, summarizeLatency } from "./summarize-latency.js";
export { renderMarkdown, writeReport } from "./write-report.js";
