import type { ChartSpec } from "@hotel-intent/shared/html";
import type { Metrics } from "../compute-metrics.js";
import { intentLabel } from "./intent-label.js";

export interface F1ChartOptions {
  metrics: Pick<Metrics, "perIntent">;
}

const WIDTH = 480;

/** F1 per intent as horizontal bars, weakest first, with precision and recall as ticks on each bar. */
export function f1ChartSpec({ metrics }: F1ChartOptions): ChartSpec {
  const rows = metrics.perIntent.map((scores) => ({
    intent: intentLabel(scores.intent),
    f1: scores.f1,
    precision: scores.precision,
    recall: scores.recall,
    support: scores.support,
  }));
  const order = [...rows].sort((a, b) => a.f1 - b.f1 || a.intent.localeCompare(b.intent)).map((row) => row.intent);
  const y = { field: "intent", type: "nominal", sort: order, title: null, axis: { labelLimit: 320 } } as const;
  const ticks = rows.flatMap((row) => [
    { intent: row.intent, score: "precision", value: row.precision },
    { intent: row.intent, score: "recall", value: row.recall },
  ]);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: "F1 per intent",
    width: WIDTH,
    height: { step: 16 },
    layer: [
      {
        data: { values: rows },
        mark: { type: "bar", color: "#60a5fa" },
        encoding: {
          y,
          x: { field: "f1", type: "quantitative", scale: { domain: [0, 1] }, axis: { format: ".0%", title: "F1 (bar), precision and recall (ticks)" } },
        },
      },
      {
        data: { values: rows },
        // the values in a column right of the plot, where the precision and recall ticks cannot cover them
        mark: { type: "text", align: "left", fontSize: 10, x: WIDTH + 8 },
        encoding: { y, text: { field: "f1", type: "quantitative", format: ".2f" } },
      },
      {
        data: { values: ticks },
        mark: { type: "tick", thickness: 2, size: 12 },
        encoding: {
          y,
          x: { field: "value", type: "quantitative" },
          color: {
            field: "score",
            type: "nominal",
            title: null,
            scale: { domain: ["precision", "recall"], range: ["#b91c1c", "#065f46"] },
            legend: { symbolType: "square" },
          },
        },
      },
    ],
  };
}
