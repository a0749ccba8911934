import { basename } from "node:path";
import { formatPercent } from "@hotel-intent/shared";
import type { ChartSpec } from "@hotel-intent/shared/html";
import { escapeHtml, type PageSection, renderChart, renderPage } from "@hotel-intent/shared/html";
import type { Report } from "../report.js";
import { accuracyChartSpec } from "./accuracy-chart.js";
import { confusionChartSpec } from "./confusion-chart.js";
import { costChartSpec } from "./cost-chart.js";
import { f1ChartSpec } from "./f1-chart.js";
import { intentLabel } from "./intent-label.js";
import { latencyChartSpec } from "./latency-chart.js";
import { outOfScopeChartSpec } from "./out-of-scope-chart.js";
import { isVagueIntentEval } from "./reference-results.js";

export interface RenderReportHtmlOptions {
  report: Report;
  /** Other reports on the same dataset, compared with this one. @default [] */
  peers?: readonly Report[];
  /** Reports that could not be read, named on the page. @default [] */
  skipped?: readonly string[];
}

const micro = (us: number) => (us >= 1_000_000 ? `${(us / 1_000_000).toFixed(2)} s` : us >= 1000 ? `${(us / 1000).toFixed(1)} ms` : `${us.toFixed(1)} µs`);
const dollars = (usd: number) => `$${usd < 0.1 ? usd.toPrecision(2) : usd.toFixed(2)}`;

async function figure(chart: string, spec: ChartSpec, caption: string): Promise<string> {
  return `<figure class="chart" data-chart="${chart}">\n${await renderChart({ spec })}\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`;
}

function metricCard(value: string, label: string): string {
  return `<div class="metric"><b>${escapeHtml(value)}</b><span>${escapeHtml(label)}</span></div>`;
}

function summaryHtml(report: Report): string {
  const { metrics, latency } = report;
  const perThousand = report.cost?.usdPer1000Messages;
  const cards = [
    metricCard(formatPercent(metrics.accuracy), `accuracy (${metrics.correct}/${metrics.count})`),
    metricCard(metrics.macroF1.toFixed(3), "macro-F1"),
    metricCard(metrics.ece === null ? "n/a" : metrics.ece.toFixed(3), "calibration error (ECE)"),
    metricCard(micro(latency.p50Us), `median latency (p99 ${micro(latency.p99Us)})`),
    metricCard(report.modelBytes === null ? "API" : `${(report.modelBytes / 1024 / 1024).toFixed(1)} MB`, "model size"),
    ...(perThousand === undefined || perThousand === null ? [] : [metricCard(dollars(perThousand), "per 1,000 messages")]),
    ...(metrics.errors > 0 ? [metricCard(String(metrics.errors), "errors (counted wrong)")] : []),
  ];
  return [
    `<p class="meta">model: <b>${escapeHtml(report.model)}</b> (${escapeHtml(report.provider)})</p>`,
    `<p class="meta">dataset: ${escapeHtml(report.dataset)} (${metrics.count} messages)</p>`,
    `<p class="meta">measured: ${escapeHtml(report.createdAt)}</p>`,
    `<div class="summary">${cards.join("")}</div>`,
  ].join("\n");
}

function confusedPairsHtml(report: Report): string {
  if (report.metrics.mostConfused.length === 0) return `<p class="note">No message was confused with another intent.</p>`;
  const rows = report.metrics.mostConfused.map(
    (pair) =>
      `<tr><td>${escapeHtml(intentLabel(pair.intent))}</td><td>${escapeHtml(intentLabel(pair.predicted))}</td><td class="num">${pair.count}</td>` +
      `<td>${pair.examples.map((text) => `<q>${escapeHtml(text)}</q>`).join("")}</td></tr>`,
  );
  return `<table><thead><tr><th>labelled intent</th><th>predicted as</th><th>messages</th><th>examples</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

function perIntentTableHtml(report: Report): string {
  const rows = report.metrics.perIntent.map(
    (s) =>
      `<tr><td>${escapeHtml(intentLabel(s.intent))}</td><td class="num">${s.precision.toFixed(2)}</td><td class="num">${s.recall.toFixed(2)}</td>` +
      `<td class="num">${s.f1.toFixed(2)}</td><td class="num">${s.support}</td></tr>`,
  );
  return `<details><summary>the numbers</summary><table><thead><tr><th>intent</th><th>precision</th><th>recall</th><th>F1</th><th>messages</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody></table></details>`;
}

/** report.html: the report's headline numbers and every chart, inline and self-contained (no script, no network). */
export async function renderReportHtml({ report, peers = [], skipped = [] }: RenderReportHtmlOptions): Promise<string> {
  const all = [report, ...peers];
  const onBenchmark = isVagueIntentEval(report.dataset);
  const sections: PageSection[] = [];

  const accuracyNote = onBenchmark
    ? "Blue: models measured by hotel-intent on this file. Grey: the accuracies fine-tuning-gpt published for the same VagueIntent-Eval set."
    : `Models measured by hotel-intent on ${basename(report.dataset)}. fine-tuning-gpt's published accuracies are for VagueIntent-Eval, a different set: they are on that set's report, not beside these.`;
  sections.push({
    id: "accuracy",
    title: "Accuracy per model",
    html: [
      await figure(
        "accuracy",
        accuracyChartSpec({
          dataset: report.dataset,
          entries: all.map((entry) => ({
            name: entry.name,
            model: entry.model,
            provider: entry.provider,
            accuracy: entry.metrics.accuracy,
            current: entry === report,
          })),
        }),
        accuracyNote,
      ),
      ...(skipped.length > 0 ? [`<p class="note">Not compared (unreadable report): ${skipped.map(escapeHtml).join("; ")}</p>`] : []),
    ].join("\n"),
  });

  sections.push({
    id: "confusion",
    title: "Confusion matrix",
    html: await figure(
      "confusion",
      confusionChartSpec({ metrics: report.metrics }),
      "Rows: the intent a message is labelled with. Columns: the intent the model predicted. Colour: share of the row; numbers: messages. Abstentions and errors are not in it.",
    ),
  });

  sections.push({
    id: "f1",
    title: "F1 per intent",
    html: `${await figure("f1", f1ChartSpec({ metrics: report.metrics }), "Weakest intents first.")}\n${perIntentTableHtml(report)}`,
  });

  const timed = report.items.filter((item) => item.microseconds !== undefined).length;
  const { latency } = report;
  sections.push({
    id: "latency",
    title: "Latency",
    html: await figure(
      "latency",
      latencyChartSpec({ items: report.items, latency }),
      `${timed > 0 ? `${timed} messages timed one by one.` : "Per-message times are not in this report; its summary is shown."} ` +
        `Mean ${micro(latency.meanUs)}, p50 ${micro(latency.p50Us)}, p95 ${micro(latency.p95Us)}, p99 ${micro(latency.p99Us)}.`,
    ),
  });

  const priced = all.flatMap((entry) => {
    const usd = entry.cost?.usdPer1000Messages;
    return usd === undefined || usd === null ? [] : [{ name: entry.name, model: entry.model, usdPer1000Messages: usd, current: entry === report }];
  });
  const unpriced = all.filter((entry) => entry.cost !== undefined && (entry.cost.usdPer1000Messages ?? null) === null).map((entry) => entry.model);
  const embedded = all.some((entry) => entry.cost === undefined && entry.modelBytes !== null);
  const costNotes = [
    ...(embedded ? ["The embedded model runs on your own CPU and has no per-message API cost."] : []),
    ...(unpriced.length > 0 ? [`No price known for ${unpriced.join(", ")} (add it to openai.prices in hotel-intent.config.json).`] : []),
  ];
  sections.push({
    id: "cost",
    title: "Cost per 1,000 messages",
    html:
      priced.length > 0
        ? await figure("cost", costChartSpec({ entries: priced }), `API models on this dataset, from the tokens each run used. ${costNotes.join(" ")}`)
        : `<p class="note">No API model has been evaluated on this dataset yet. ${escapeHtml(costNotes.join(" "))}</p>`,
  });

  if (report.outOfScope) {
    const oos = report.outOfScope;
    const rows = Object.entries(oos.byGroup).map(
      ([group, rates]) => `<tr><td>${escapeHtml(group)}</td><td class="num">${rates.count}</td><td class="num">${formatPercent(rates.rate)}</td></tr>`,
    );
    sections.push({
      id: "out-of-scope",
      title: "Out of scope",
      html: [
        `<p>${formatPercent(oos.outOfScope.rate)} of ${oos.outOfScope.count} out-of-scope messages rejected; ${formatPercent(oos.inScope.rate)} of ${oos.inScope.count} in-scope messages wrongly rejected; accuracy on the in-scope messages kept ${formatPercent(oos.inScope.keptAccuracy)}.</p>`,
        `<table><thead><tr><th>group</th><th>messages</th><th>rejected</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
        ...(oos.curve.length > 0
          ? [
              await figure(
                "out-of-scope",
                outOfScopeChartSpec({ curve: oos.curve, threshold: oos.threshold }),
                "Each message's probability of fitting none of the intents against the threshold; messages in another language are rejected at any threshold.",
              ),
            ]
          : []),
      ].join("\n"),
    });
  }

  sections.push({ id: "confused", title: "Most-confused pairs", html: confusedPairsHtml(report) });

  return renderPage({
    title: `Evaluation: ${report.name}`,
    summary: summaryHtml(report),
    sections,
    footer: `hotel-intent evals · ${report.createdAt} · charts by Vega-Lite, rendered to SVG when the report was written`,
  });
}
