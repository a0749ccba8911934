#!/usr/bin/env node
import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectPaths, readJson, runMain } from "@hotel-intent/shared";
import { z } from "zod";

const reportSchema = z.object({
  name: z.string(),
  metrics: z.object({ accuracy: z.number(), macroF1: z.number(), count: z.number(), ece: z.number().nullable() }),
  latency: z.object({ meanUs: z.number(), p99Us: z.number() }),
  modelBytes: z.number().nullable(),
  parts: z.record(z.string(), z.object({ count: z.number(), accuracy: z.number(), ece: z.number().nullable() })).optional(),
});

const PART_LABELS: Record<string, string> = { corpus: "hand-written corpus part", vague: "vague-register part" };

/** Prints the pipeline's headline numbers from the reports the evals stage wrote. */
runMain(async () => {
  const { reports } = projectPaths();
  const lines = ["", "hotel-intent pipeline summary (embedded model)"];
  for (const [name, label] of [
    ["local-test", "test split"],
    ["local-dev-blind", "dev-blind"],
    ["local-vagueintent-eval", "VagueIntent-Eval"],
  ] as const) {
    const file = join(reports, name, "report.json");
    if (!existsSync(file)) continue;
    const report = await readJson({ file, schema: reportSchema });
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
  lines.push(`  reports in ${reports} (open local-test/report.html for the charts)`, "");
  process.stdout.write(lines.join("\n"));
});
