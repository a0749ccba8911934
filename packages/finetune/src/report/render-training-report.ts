import { escapeHtml, type PageSection, renderChart, renderPage } from "@hotel-intent/shared/html";
import { trainingChartSpec } from "./training-chart.js";
import type { TrainingPoint, TrainingSeries } from "./training-series.js";

const last = (points: readonly TrainingPoint[], pick: (point: TrainingPoint) => number | null | undefined) => {
  for (let index = points.length - 1; index >= 0; index--) {
    const value = pick(points[index] as TrainingPoint);
    if (value !== null && value !== undefined) return value;
  }
  return null;
};
const format = (value: number | null, as: "loss" | "share") => (value === null ? "n/a" : as === "share" ? `${(value * 100).toFixed(1)}%` : value.toFixed(4));
const card = (value: string, label: string) => `<div class="metric"><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></div>`;

function seriesHtml(series: TrainingSeries, chart: string): string {
  const { points, unit } = series;
  const bestLoss = points.reduce<TrainingPoint | null>(
    (best, point) => (point.validationLoss !== null && (best === null || point.validationLoss < (best.validationLoss as number)) ? point : best),
    null,
  );
  const cards = [
    card(String(points.length), `${unit}s`),
    card(
      format(
        last(points, (p) => p.trainLoss),
        "loss",
      ),
      "final train loss",
    ),
    card(
      format(
        last(points, (p) => p.validationLoss),
        "loss",
      ),
      "final validation loss",
    ),
    card(
      format(
        last(points, (p) => p.validationAccuracy),
        "share",
      ),
      `final validation ${series.accuracyMeaning.includes("token") ? "token " : ""}accuracy`,
    ),
    ...(bestLoss === null ? [] : [card(`${unit} ${bestLoss.x}`, "lowest validation loss")]),
  ];
  return [
    `<p class="meta">from ${escapeHtml(series.source)}; accuracy is the ${escapeHtml(series.accuracyMeaning)}</p>`,
    `<div class="summary">${cards.join("")}</div>`,
    `<figure class="chart" data-chart="training">\n${chart}\n<figcaption>${escapeHtml(`Loss (top) and accuracy (bottom) after each ${unit}.`)}</figcaption>\n</figure>`,
  ].join("\n");
}

/** training-report.html: for each training run, its headline numbers and the loss and accuracy chart, self-contained. */
export async function renderTrainingReport({ series, title = "Training report" }: { series: readonly TrainingSeries[]; title?: string }): Promise<string> {
  const sections: PageSection[] = [];
  for (const [index, entry] of series.entries()) {
    const chart = await renderChart({ spec: trainingChartSpec({ series: entry }) });
    sections.push({ id: `run-${index + 1}`, title: entry.title, html: seriesHtml(entry, chart) });
  }
  return renderPage({
    title,
    summary: `<p class="meta">${series.length} training run${series.length === 1 ? "" : "s"}</p>`,
    sections,
    footer: "hotel-intent finetune · charts by Vega-Lite, rendered to SVG when the report was written",
  });
}
