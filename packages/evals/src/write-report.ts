import { join } from "node:path";
import { formatPercent, intentById, writeFileAtomic, writeJson } from "@hotel-intent/shared";
import { writeReportHtml } from "./html/write-report-html.js";
import type { Report } from "./report.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ");

/** The report as Markdown: headline numbers, per-intent scores, most-confused pairs with examples. */
export function renderMarkdown(report: Report): string {
  const { metrics, latency } = report;
  const lines = [
    `# Evaluation: ${report.name}`,
    "",
    `- model: ${report.model} (${report.provider})`,
    `- dataset: ${report.dataset} (${metrics.count} messages)`,
    `- accuracy: **${formatPercent(metrics.accuracy)}** (${metrics.correct}/${metrics.count}), macro-F1: **${metrics.macroF1.toFixed(3)}**${metrics.errors ? `, errors: ${metrics.errors}` : ""}`,
    `- expected calibration error: ${metrics.ece === null ? "n/a" : metrics.ece.toFixed(3)}`,
    `- latency per message (in-process, warm: after an untimed pass): mean ${latency.meanUs.toFixed(1)} µs, p50 ${latency.p50Us.toFixed(1)} µs, p95 ${latency.p95Us.toFixed(1)} µs, p99 ${latency.p99Us.toFixed(1)} µs`,
    `- model size: ${report.modelBytes === null ? "n/a (API model)" : `${(report.modelBytes / 1024 / 1024).toFixed(2)} MB`}`,
    "",
    "## Most-confused pairs",
    "",
    "| intent | predicted as | count | examples |",
    "| --- | --- | ---: | --- |",
    ...metrics.mostConfused.map(
      (pair) =>
        `| ${pair.intent} ${intentById(pair.intent).name} | ${pair.predicted} ${intentById(pair.predicted).name} | ${pair.count} | ${pair.examples.map((text) => `"${cell(text)}"`).join("<br>")} |`,
    ),
    "",
    "## Per intent",
    "",
    "| id | intent | precision | recall | F1 | support |",
    "| ---: | --- | ---: | ---: | ---: | ---: |",
    ...metrics.perIntent.map((s) => `| ${s.intent} | ${s.name} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} | ${s.f1.toFixed(2)} | ${s.support} |`),
    "",
  ];
  return lines.join("\n");
}

/** Writes report.json, report.md and report.html (with the charts, compared with the other reports on the same dataset) into `dir`, atomically. */
export async function writeReport({ dir, report }: { dir: string; report: Report }): Promise<string> {
  await writeJson({ file: join(dir, "report.json"), value: report });
  await writeFileAtomic({ file: join(dir, "report.md"), data: renderMarkdown(report) });
  await writeReportHtml({ dir, report });
  return dir;
}
