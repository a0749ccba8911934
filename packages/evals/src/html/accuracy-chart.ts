import type { ChartSpec } from "@hotel-intent/shared/html";
import { isVagueIntentEval, VAGUEINTENT_EVAL_REFERENCES } from "./reference-results.js";

/** One evaluated model on the report's dataset. */
export interface AccuracyEntry {
  /** The report's folder name, which tells two runs of one model apart. */
  name: string;
  model: string;
  provider: string;
  accuracy: number;
  /** The report this page is about. */
  current: boolean;
}

export interface AccuracyChartOptions {
  /** Every report on the same dataset, this one included. */
  entries: readonly AccuracyEntry[];
  /** The dataset file, which decides how the published reference bars are labelled. */
  dataset: string;
}

/**
 * Accuracy per model as horizontal bars: each model evaluated on this dataset, and on VagueIntent-Eval fine-tuning-gpt's
 * published numbers for it as reference bars in their own colour.
 */
export function accuracyChartSpec({ entries, dataset }: AccuracyChartOptions): ChartSpec {
  const onBenchmark = isVagueIntentEval(dataset);
  const measured = "measured here";
  const published = "published by fine-tuning-gpt";
  const models = entries.map((entry) => entry.model);
  const rows = [
    ...entries.map((entry) => ({
      label: `${entry.model} (${entry.provider})${models.filter((model) => model === entry.model).length > 1 ? ` [${entry.name}]` : ""}${entry.current ? " ◀ this report" : ""}`,
      accuracy: entry.accuracy,
      source: measured,
    })),
    // Published numbers are only for VagueIntent-Eval: on another set they would stand beside bars they cannot be compared with.
    ...(onBenchmark
      ? VAGUEINTENT_EVAL_REFERENCES.map((reference) => ({
          label: `${reference.model} (published)`,
          accuracy: reference.accuracy,
          source: published,
        }))
      : []),
  ];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: "Accuracy per model",
    width: 560,
    height: { step: 26 },
    data: { values: rows },
    encoding: {
      y: {
        field: "label",
        type: "nominal",
        sort: [...rows].sort((x, y) => y.accuracy - x.accuracy).map((row) => row.label),
        title: null,
        axis: { labelLimit: 360 },
      },
      x: { field: "accuracy", type: "quantitative", scale: { domain: [0, 1] }, axis: { format: ".0%", title: "accuracy" } },
    },
    layer: [
      {
        mark: { type: "bar", cornerRadiusEnd: 2 },
        encoding: {
          color: {
            field: "source",
            type: "nominal",
            title: null,
            scale: onBenchmark ? { domain: [measured, published], range: ["#2563eb", "#9ca3af"] } : { domain: [measured], range: ["#2563eb"] },
          },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 4, fontSize: 11 },
        encoding: { text: { field: "accuracy", type: "quantitative", format: ".1%" } },
      },
    ],
  };
}
