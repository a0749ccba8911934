import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { formatPercent, HotelIntentError, readJson, writeFileAtomic, writeJson } from "@hotel-intent/shared";
import { reportSchema } from "../html/report-schema.js";

/** One model on one dataset, as the comparison shows it. */
export interface ComparisonRow {
  report: string;
  model: string;
  provider: string;
  /** `in-process` (the embedded model), `chat` (chat completions through the local harness) or `evals-api`. */
  method: string;
  dataset: string;
  count: number;
  accuracy: number;
  macroF1: number;
  errors: number;
  /** Mean milliseconds per message; null when the run could not time messages (Evals API). */
  meanMs: number | null;
  /** Prompt plus completion tokens per 1,000 messages; null for the embedded model. */
  tokensPer1000Messages: number | null;
  usdPer1000Messages: number | null;
}

export interface Comparison {
  createdAt: string;
  /** Rows by dataset file, best accuracy first. */
  datasets: Record<string, ComparisonRow[]>;
  /** report.json files that could not be read, and why. */
  skipped: string[];
}

function renderMarkdown(comparison: Comparison): string {
  const lines = ["# Every model side by side", ""];
  for (const [dataset, rows] of Object.entries(comparison.datasets)) {
    lines.push(`## ${dataset} (${rows[0]?.count ?? 0} messages)`, "");
    lines.push("| model | method | accuracy | macro-F1 | errors | ms / message | tokens / 1,000 messages | $ / 1,000 messages |");
    lines.push("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const row of rows) {
      lines.push(
        `| ${row.model} | ${row.method} | ${formatPercent(row.accuracy)} | ${row.macroF1.toFixed(3)} | ${row.errors} | ${row.meanMs === null ? "n/a" : row.meanMs.toFixed(3)} | ` +
          `${row.tokensPer1000Messages === null ? "n/a" : Math.round(row.tokensPer1000Messages).toLocaleString("en-US")} | ` +
          `${row.usdPer1000Messages === null ? "n/a" : `$${row.usdPer1000Messages.toFixed(4)}`} |`,
      );
    }
    lines.push("");
  }
  if (comparison.skipped.length > 0) lines.push("Reports that could not be read:", "", ...comparison.skipped.map((reason) => `- ${reason}`), "");
  return lines.join("\n");
}

/**
 * `datasets/reports/comparison/comparison.{json,md}`: every report in datasets/reports (the embedded model's
 * local-test and local-vagueintent-eval, and each OpenAI model's) side by side per dataset: accuracy, macro-F1,
 * errors, latency, tokens and dollars per 1,000 messages.
 */
export async function writeComparison({ reportsDir }: { reportsDir: string }): Promise<{ dir: string; comparison: Comparison }> {
  const comparison: Comparison = { createdAt: new Date().toISOString(), datasets: {}, skipped: [] };
  const entries = existsSync(reportsDir) ? await readdir(reportsDir, { withFileTypes: true }) : [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(reportsDir, entry.name, "report.json");
    if (!entry.isDirectory() || !existsSync(file)) continue;
    let report: Awaited<ReturnType<typeof readJson<typeof reportSchema>>>;
    try {
      report = await readJson({ file, schema: reportSchema });
    } catch (error) {
      if (!(error instanceof HotelIntentError)) throw error;
      comparison.skipped.push(error.message);
      continue;
    }
    const { metrics, latency, cost } = report;
    const api = report.api as { method?: string } | undefined;
    const timed = latency.samples > 0;
    const key = `${basename(report.dataset)} (${resolve(report.dataset)})`;
    comparison.datasets[key] ??= [];
    comparison.datasets[key].push({
      report: entry.name,
      model: report.model,
      provider: report.provider,
      method: api?.method ?? "in-process",
      dataset: report.dataset,
      count: metrics.count,
      accuracy: metrics.accuracy,
      macroF1: metrics.macroF1,
      errors: metrics.errors,
      meanMs: timed ? latency.meanUs / 1000 : null,
      tokensPer1000Messages: cost && metrics.count > 0 ? ((cost.promptTokens + cost.completionTokens) / metrics.count) * 1000 : null,
      usdPer1000Messages: cost ? cost.usdPer1000Messages : null,
    });
  }
  for (const rows of Object.values(comparison.datasets)) rows.sort((a, b) => b.accuracy - a.accuracy || a.model.localeCompare(b.model));
  const dir = join(reportsDir, "comparison");
  await writeJson({ file: join(dir, "comparison.json"), value: comparison });
  await writeFileAtomic({ file: join(dir, "comparison.md"), data: renderMarkdown(comparison) });
  return { dir, comparison };
}
