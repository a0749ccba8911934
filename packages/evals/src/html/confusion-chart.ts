import type { ChartSpec } from "@hotel-intent/shared/html";
import type { Metrics } from "../compute-metrics.js";
import { intentLabel } from "./intent-label.js";

export interface ConfusionChartOptions {
  metrics: Pick<Metrics, "confusion">;
}

/**
 * The confusion matrix as a heatmap: rows are the intent a message has, columns the intent predicted, both labelled
 * with intent names. Colour is the share of the row (so a small intent's mistakes show as clearly as a large one's),
 * and every non-zero cell carries its count. Only intents that occur as a label or a prediction are shown.
 */
export function confusionChartSpec({ metrics }: ConfusionChartOptions): ChartSpec {
  const shown = new Set<number>();
  metrics.confusion.forEach((row, gold) => {
    row.forEach((count, predicted) => {
      if (count > 0) shown.add(gold + 1).add(predicted + 1);
    });
  });
  const ids = [...shown].sort((a, b) => a - b);
  const labels = ids.map(intentLabel);
  const cells = ids.flatMap((gold) => {
    const row = metrics.confusion[gold - 1] ?? [];
    const total = row.reduce((sum, count) => sum + count, 0);
    return ids.map((predicted) => {
      const count = row[predicted - 1] ?? 0;
      return {
        gold: intentLabel(gold),
        predicted: intentLabel(predicted),
        count,
        share: total === 0 ? 0 : count / total,
        label: count > 0 ? String(count) : "",
      };
    });
  });
  const cell = Math.max(12, Math.min(22, Math.floor(720 / Math.max(1, ids.length))));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: "Confusion matrix",
    width: { step: cell },
    height: { step: cell },
    data: { values: cells },
    encoding: {
      x: { field: "predicted", type: "ordinal", sort: labels, axis: { title: "predicted intent", labelAngle: -60, labelLimit: 200, orient: "top" } },
      // the title sits above the row labels, right-aligned to them: beside them it would overlap a label wider than measured
      y: {
        field: "gold",
        type: "ordinal",
        sort: labels,
        axis: { title: "labelled intent", labelLimit: 240, titleAngle: 0, titleAlign: "right", titleBaseline: "bottom", titleX: -6, titleY: -6 },
      },
    },
    layer: [
      {
        // up to 1,600 cells: no per-cell aria-label, which would triple the page's size (the most-confused pairs table lists the mistakes in words)
        mark: { type: "rect", stroke: "#e5e7eb", strokeWidth: 0.5, aria: false },
        encoding: {
          color: {
            condition: { test: "datum.count === 0", value: "#ffffff" },
            field: "share",
            type: "quantitative",
            title: "share of the labelled intent's messages",
            scale: { scheme: "blues", domain: [0, 1] },
            legend: { format: ".0%", orient: "bottom", gradientLength: 240 },
          },
        },
      },
      {
        transform: [{ filter: "datum.count > 0" }],
        mark: { type: "text", fontSize: Math.max(8, cell - 8), aria: false },
        encoding: {
          text: { field: "label", type: "nominal" },
          color: { condition: { test: "datum.share > 0.5", value: "white" }, value: "#111827" },
        },
      },
    ],
  };
}
