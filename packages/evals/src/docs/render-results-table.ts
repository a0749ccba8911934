import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { formatPercent, PART_LABELS, PIPELINE_REPORTS, readJson, reportSummarySchema } from "@hotel-intent/shared";
import { z } from "zod";

const reportSchema = reportSummarySchema.extend({
  outOfScope: z
    .looseObject({
      outOfScope: z.object({ count: z.number(), rate: z.number() }),
      byGroup: z.record(z.string(), z.object({ count: z.number(), rate: z.number() })),
      inScope: z.object({ count: z.number(), rate: z.number() }),
    })
    .optional(),
});

/**
 * The results table of the READMEs, from the reports `pnpm run pipeline` writes: only numbers that the same data and
 * code reproduce exactly (accuracy, macro-F1, calibration, rejection rates), never timings. Undefined without reports.
 */
export async function renderResultsTable({ reportsDir }: { reportsDir: string }): Promise<string | undefined> {
  if (!existsSync(join(reportsDir, "local-test", "report.json"))) return undefined;
  const lines = ["| set | messages | accuracy | macro-F1 | ECE |", "| --- | ---: | ---: | ---: | ---: |"];
  let outOfScope: z.infer<typeof reportSchema>["outOfScope"];
  for (const [name, label] of PIPELINE_REPORTS) {
    const file = join(reportsDir, name, "report.json");
    if (!existsSync(file)) continue;
    const report = await readJson({ file, schema: reportSchema });
    const { count, accuracy, macroF1, ece } = report.metrics;
    lines.push(`| ${label} | ${count} | ${formatPercent(accuracy)} | ${macroF1.toFixed(3)} | ${ece === null ? "n/a" : ece.toFixed(3)} |`);
    for (const [part, metrics] of Object.entries(report.parts ?? {})) {
      lines.push(
        `| … its ${PART_LABELS[part] ?? part} | ${metrics.count} | ${formatPercent(metrics.accuracy)} | | ${metrics.ece === null ? "n/a" : metrics.ece.toFixed(3)} |`,
      );
    }
    outOfScope ??= report.outOfScope;
  }
  lines.push("", "A message the classifier rejects (out of scope, another language) counts as wrong in these accuracies.");
  if (outOfScope) {
    const groups = Object.entries(outOfScope.byGroup)
      .map(([group, rates]) => `${group} ${formatPercent(rates.rate)} of ${rates.count}`)
      .join(", ");
    lines.push(
      "",
      `Out of scope (test split): ${formatPercent(outOfScope.outOfScope.rate)} of ${outOfScope.outOfScope.count} messages that fit no intent are rejected (${groups}); ` +
        `${formatPercent(outOfScope.inScope.rate)} of ${outOfScope.inScope.count} in-scope messages are wrongly rejected.`,
    );
  }
  return lines.join("\n");
}

const START = "<!-- results:start (written by `pnpm docs:results` from the pipeline's reports; do not edit) -->";
const END = "<!-- results:end -->";

/** Markdown as the formatter may align it: table padding and rule lengths do not count. */
export function normaliseMarkdown(text: string): string {
  return text
    .split("\n")
    .map((line) => (line.startsWith("|") ? line.replace(/ *\| */g, "|").replace(/-{3,}/g, "---") : line.trimEnd()))
    .join("\n");
}

/** The document with its results block replaced by `table`; throws when the document has no block. */
export function replaceResults({ document, table, file }: { document: string; table: string; file: string }): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file}: no results block (${START} ... ${END})`);
  return `${document.slice(0, start + START.length)}\n\n${table}\n\n${document.slice(end)}`;
}

/** The documents whose results block comes from the reports: the project's README and the published package's. */
export const DOCUMENTS = ["README.md", "packages/classifier/README.md"];

export interface DocumentResults {
  /** Path from the project folder, e.g. `README.md`. */
  name: string;
  file: string;
  /** The document with its results block written from the reports. */
  updated: string;
  /** Whether that differs from the document as it is (table alignment aside). */
  stale: boolean;
}

/** Each document's results block as the reports write it, and whether the document holds it; undefined without reports. */
export async function documentResults({ root, reportsDir }: { root: string; reportsDir: string }): Promise<DocumentResults[] | undefined> {
  const table = await renderResultsTable({ reportsDir });
  if (table === undefined) return undefined;
  return Promise.all(
    DOCUMENTS.map(async (name) => {
      const file = join(root, name);
      const document = await readFile(file, "utf8");
      const updated = replaceResults({ document, table, file });
      return { name, file, updated, stale: normaliseMarkdown(updated) !== normaliseMarkdown(document) };
    }),
  );
}
