import type { ChartSpec } from "@hotel-intent/shared/html";
import type { ScoredItem } from "../compute-metrics.js";
import type { LatencySummary } from "../summarize-latency.js";

export interface LatencyChartOptions {
  items: readonly Pick<ScoredItem, "microseconds">[];
  latency: LatencySummary;
}

/** Axis label of a log10(µs) value in the unit that reads best: µs, ms or s. */
const UNIT_LABEL =
  "datum.value >= 6 ? format(pow(10, datum.value) / 1e6, '.2~f') + ' s' : datum.value >= 3 ? format(pow(10, datum.value) / 1e3, '.2~f') + ' ms' : format(pow(10, datum.value), '.3~r') + ' µs'";

/** log10 of the 1-2-5 values (1 µs, 2 µs, 5 µs, 10 µs, ...) that span the timed values, for readable axis ticks. */
function niceTicks(logs: readonly number[]): number[] {
  const min = logs.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  const max = logs.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const ticks: number[] = [];
  for (let power = Math.floor(min); power <= Math.ceil(max); power++) for (const step of [1, 2, 5]) ticks.push(Math.log10(step * 10 ** power));
  return ticks.filter((tick) => tick >= min - 0.2 && tick <= max + 0.2);
}

/**
 * The latency distribution: a histogram of per-message times on a log scale with the p50, p95 and p99 marked, when
 * the run timed each message; otherwise the run's summary (mean, p50, p95, p99) as bars.
 */
export function latencyChartSpec({ items, latency }: LatencyChartOptions): ChartSpec {
  const timed = items.flatMap((item) => (item.microseconds === undefined ? [] : [Math.log10(Math.max(0.01, item.microseconds))]));
  const marks = [
    { name: "p50", log: Math.log10(Math.max(0.01, latency.p50Us)) },
    { name: "p95", log: Math.log10(Math.max(0.01, latency.p95Us)) },
    { name: "p99", log: Math.log10(Math.max(0.01, latency.p99Us)) },
  ];
  if (timed.length === 0) {
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      description: "Latency summary",
      width: 480,
      height: { step: 24 },
      data: {
        values: [
          { statistic: "mean", us: latency.meanUs },
          { statistic: "p50", us: latency.p50Us },
          { statistic: "p95", us: latency.p95Us },
          { statistic: "p99", us: latency.p99Us },
        ],
      },
      encoding: {
        y: { field: "statistic", type: "nominal", sort: null, title: null },
        x: { field: "us", type: "quantitative", title: "microseconds per message" },
      },
      layer: [
        { mark: { type: "bar", color: "#8b5cf6" } },
        { mark: { type: "text", align: "left", dx: 4, fontSize: 11 }, encoding: { text: { field: "us", type: "quantitative", format: ",.1f" } } },
      ],
    };
  }
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: "Latency distribution",
    width: 640,
    height: 220,
    layer: [
      {
        data: { values: timed.map((log) => ({ log })) },
        mark: { type: "bar", color: "#8b5cf6" },
        encoding: {
          x: {
            field: "log",
            type: "quantitative",
            bin: { maxbins: 50 },
            axis: { title: "time per message (log scale)", values: niceTicks(timed), labelExpr: UNIT_LABEL },
          },
          y: { aggregate: "count", type: "quantitative", title: "messages", axis: { tickMinStep: 1, format: "d" } },
        },
      },
      {
        data: { values: marks },
        mark: { type: "rule", color: "#111827", strokeDash: [4, 3] },
        encoding: { x: { field: "log", type: "quantitative" } },
      },
      {
        data: { values: marks },
        mark: { type: "text", align: "left", baseline: "top", dx: 3, y: 2, fontSize: 11 },
        encoding: { x: { field: "log", type: "quantitative" }, text: { field: "name", type: "nominal" } },
      },
    ],
  };
}
