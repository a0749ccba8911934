import { existsSync } from "node:fs";
import { join } from "node:path";
import { readJson } from "./jsonl.js";
import { reportSummarySchema } from "./report-summary.js";

/** The reports the pipeline's evals stage writes, by folder, with the name of their set. */
export const PIPELINE_REPORTS = [
  ["local-test", "test split"],
  ["local-dev-blind", "dev-blind"],
  ["local-vagueintent-eval", "VagueIntent-Eval"],
] as const;

/** The parts of the test split scored apart, by `parts` key. */
export const PART_LABELS: Readonly<Record<string, string>> = { corpus: "hand-written corpus part", vague: "vague-register part" };

/** The pipeline's headline numbers, from the reports the evals stage wrote in `reportsDir`. */
export async function pipelineSummary({ reportsDir }: { reportsDir: string }): Promise<string> {
  const lines = ["", "hotel-intent pipeline summary (embedded model)"];
  for (const [name, label] of PIPELINE_REPORTS) {
    const file = join(reportsDir, name, "report.json");
    if (!existsSync(file)) continue;
    const report = await readJson({ file, schema: reportSummarySchema });
    const { accuracy, macroF1, count, ece } = report.metrics;
    lines.push(
      `  ${label.padEnd(17)} accuracy ${(accuracy * 100).toFixed(1)}% of ${count}, macro-F1 ${macroF1.toFixed(3)}, ECE ${ece === null ? "n/a" : ece.toFixed(3)}, ` +
        `latency mean ${report.latency.meanUs.toFixed(1)} µs / p99 ${report.latency.p99Us.toFixed(1)} µs`,
    );
    for (const [part, metrics] of Object.entries(report.parts ?? {})) {
      lines.push(
        `    ${(PART_LABELS[part] ?? part).padEnd(25)} accuracy ${(metrics.accuracy * 100).toFixed(1)}% of ${metrics.count}, ECE ${metrics.ece === null ? "n/a" : metrics.ece.toFixed(3)}`,
      );
    }
  }
  lines.push(`  reports in ${reportsDir} (open local-test/report.html for the charts)`, "");
  return lines.join("\n");
}
