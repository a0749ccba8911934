import { type ChartSpec, escapeHtml, renderChart, renderPage } from "@hotel-intent/shared/html";
import type { BenchResult } from "./run-bench.js";

/** The learning curve as a line chart: accuracy on each set against paraphrases per VagueIntent-Train line. */
export function learningCurveSpec({ result }: { result: BenchResult }): ChartSpec {
  const values = (result.learningCurve ?? []).flatMap((point) =>
    point.scores.map((score) => ({ paraphrases: point.paraphrasesPerMessage, accuracy: score.accuracy, set: `${score.set} (${score.count})` })),
  );
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: "Accuracy against paraphrases per VagueIntent-Train line",
    width: 560,
    height: 280,
    data: { values },
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "paraphrases", type: "quantitative", title: "paraphrases per VagueIntent-Train line in training" },
      y: { field: "accuracy", type: "quantitative", scale: { domain: [0, 1] }, axis: { format: ".0%", title: "accuracy" } },
      color: { field: "set", type: "nominal", title: null },
    },
  };
}

/** Markdown pipe tables and paragraphs as HTML (the bench's own Markdown, whose cells hold no markup). */
function markdownToHtml(markdown: string): string {
  const blocks = markdown.trim().split(/\n\n+/);
  return blocks
    .map((block) => {
      const lines = block.split("\n");
      if (!lines[0]?.startsWith("|")) return `<p>${escapeHtml(block)}</p>`;
      const cells = (line: string) =>
        line
          .slice(1, -1)
          .split("|")
          .map((cell) => escapeHtml(cell.trim()));
      const [head, , ...rows] = lines;
      return `<table><tr>${cells(head as string)
        .map((cell) => `<th>${cell}</th>`)
        .join("")}</tr>${rows
        .map(
          (row) =>
            `<tr>${cells(row)
              .map((cell) => `<td>${cell}</td>`)
              .join("")}</tr>`,
        )
        .join("")}</table>`;
    })
    .join("\n");
}

/** `bench.html`: the bench's tables and the learning curve chart, self-contained (no script, no network). */
export async function renderBenchHtml({ result, markdown }: { result: BenchResult; markdown: string }): Promise<string> {
  const sections = [{ id: "results", title: "Results and targets", html: markdownToHtml(markdown) }];
  if ((result.learningCurve ?? []).length > 0) {
    sections.push({
      id: "learning-curve",
      title: "Learning curve",
      html: `<figure>${await renderChart({ spec: learningCurveSpec({ result }) })}<figcaption>Each point is the embedded model trained on the same data with at most that many paraphrases of each VagueIntent-Train line.</figcaption></figure>`,
    });
  }
  return renderPage({ title: "hotel-intent bench", summary: `<p class="meta">${escapeHtml(result.createdAt)}</p>`, sections });
}
