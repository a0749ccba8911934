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
});

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
  }
  lines.push(`  reports in ${reports} (open local-test/report.html for the charts)`, "");
  process.stdout.write(lines.join("\n"));
});
