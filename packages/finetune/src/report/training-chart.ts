import type { ChartSpec } from "@hotel-intent/shared/html";
import type { TrainingSeries } from "./training-series.js";

interface Row {
  x: number;
  metric: "loss" | "accuracy";
  split: "train" | "validation" | "full validation";
  value: number;
}

/** Loss and accuracy per epoch or step, train against validation, as two line charts sharing the x axis. */
export function trainingChartSpec({ series }: { series: TrainingSeries }): ChartSpec {
  const rows: Row[] = [];
  const add = (x: number, metric: Row["metric"], split: Row["split"], value: number | null | undefined) => {
    if (value !== null && value !== undefined && Number.isFinite(value)) rows.push({ x, metric, split, value });
  };
  for (const point of series.points) {
    add(point.x, "loss", "train", point.trainLoss);
    add(point.x, "loss", "validation", point.validationLoss);
    add(point.x, "loss", "full validation", point.fullValidationLoss);
    add(point.x, "accuracy", "train", point.trainAccuracy);
    add(point.x, "accuracy", "validation", point.validationAccuracy);
    add(point.x, "accuracy", "full validation", point.fullValidationAccuracy);
  }
  const splits = (["train", "validation", "full validation"] as const).filter((split) => rows.some((row) => row.split === split));
  const colours = { train: "#2563eb", validation: "#ea580c", "full validation": "#059669" };
  const x = { field: "x", type: "quantitative", title: series.unit, axis: { tickMinStep: 1, format: "d" } } as const;
  const color = { field: "split", type: "nominal", title: null, scale: { domain: splits, range: splits.map((split) => colours[split]) } } as const;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: `Training loss and accuracy per ${series.unit}`,
    data: { values: rows },
    facet: { row: { field: "metric", type: "nominal", sort: ["loss", "accuracy"], title: null, header: { labelFontSize: 12, labelFontWeight: "bold" } } },
    spec: {
      width: 640,
      height: 180,
      layer: [
        { mark: { type: "line", strokeWidth: 1.5 }, encoding: { x, y: { field: "value", type: "quantitative", title: null, scale: { zero: false } }, color } },
        {
          transform: [{ filter: "datum.split !== 'train' || datum.x <= 60" }],
          mark: { type: "point", filled: true, size: 24 },
          encoding: { x, y: { field: "value", type: "quantitative" }, color },
        },
      ],
    },
    spacing: 16,
    resolve: { scale: { y: "independent" } },
  };
}
