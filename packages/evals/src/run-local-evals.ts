import { basename, join } from "node:path";
import { createLocalClassifier, type LocalClassifier } from "@hotel-intent/classifier";
import { anyLabelledSchema, dataPartOf, projectPaths, readJsonl } from "@hotel-intent/shared";
import { type Progress, silentProgress } from "@hotel-intent/shared/progress";
import { computeMetrics, type ScoredItem } from "./compute-metrics.js";
import { computeOutOfScope } from "./compute-out-of-scope.js";
import { directorySize } from "./directory-size.js";
import type { Report } from "./report.js";
import { scoreParts } from "./score-parts.js";
import { summarizeLatency } from "./summarize-latency.js";
import { writeReport } from "./write-report.js";

export interface RunLocalEvalsOptions {
  root?: string;
  /** A labelled file in any of the three shapes. @default datasets/generated/test.jsonl */
  dataset?: string;
  /** @default datasets/models/local */
  modelDir?: string;
  /** Report folder name under datasets/reports. @default local-<dataset file name> */
  name?: string;
  /** Shows the run message batch by message batch. @default silentProgress */
  progress?: Progress;
  /** An already loaded classifier, to score several sets with one model (and one warm JIT) in a process. @default loaded from modelDir */
  classifier?: LocalClassifier;
}

/** Messages classified between two progress updates (progress is never updated inside a timed call). */
const BATCH = 100;

/** Runs the embedded model over a labelled set, timing each message, and writes report.json, report.md and report.html. */
export async function runLocalEvals({
  root,
  dataset,
  modelDir,
  name,
  progress = silentProgress,
  classifier: loaded,
}: RunLocalEvalsOptions = {}): Promise<{ report: Report; dir: string }> {
  const paths = projectPaths(root);
  const file = dataset ?? join(paths.generated, "test.jsonl");
  const rows = await readJsonl({ file, schema: anyLabelledSchema, missingHint: dataset ? undefined : "generate it with `pnpm datagen`" });
  const dir = modelDir ?? paths.localModel;
  const classifier = loaded ?? (await createLocalClassifier({ modelDir: dir }));
  // Latency is measured warm, as in a running chatbot: an untimed pass first (twice the set, at most 2,000 messages).
  for (let index = 0; index < Math.min(2_000, rows.length * 2); index++) classifier.classifySync((rows[index % rows.length] as { text: string }).text);
  const reportName = name ?? `local-${basename(file).replace(/\.jsonl$/, "")}`;
  const items: ScoredItem[] = [];
  progress.start(`evals ${reportName}`, rows.length);
  try {
    for (const [index, row] of rows.entries()) {
      const start = process.hrtime.bigint();
      const prediction = classifier.classifySync(row.text);
      const microseconds = Number(process.hrtime.bigint() - start) / 1000;
      items.push({
        text: row.text,
        intent: row.intent,
        predicted: prediction.intent,
        confidence: prediction.confidence,
        microseconds,
        ...("reason" in prediction ? { reason: prediction.reason } : {}),
        ...(typeof row.outOfScope === "string" ? { group: row.outOfScope } : {}),
      });
      if ((index + 1) % BATCH === 0 || index + 1 === rows.length) progress.update(index + 1);
    }
  } finally {
    progress.stop();
  }
  const microseconds = items.map((item) => item.microseconds as number);
  // Untimed: each message's out-of-scope probability, for the report's threshold curve.
  if (classifier.outOfScopeThreshold !== null) for (const item of items) item.outOfScopeScore = classifier.outOfScopeScore(item.text);
  const outOfScope = computeOutOfScope({ items });
  const parts = scoreParts({ items, partOf: (index) => dataPartOf(rows[index] as { source?: unknown; group?: unknown }) });
  const report: Report = {
    name: reportName,
    createdAt: new Date().toISOString(),
    provider: "local",
    model: `embedded (${classifier.model.features.length} features)`,
    dataset: file,
    metrics: computeMetrics({ items }),
    latency: summarizeLatency({ microseconds }),
    modelBytes: await directorySize(dir),
    items,
    ...(parts ? { parts } : {}),
    ...(outOfScope ? { outOfScope: { ...outOfScope, threshold: classifier.outOfScopeThreshold } } : {}),
  };
  return { report, dir: await writeReport({ dir: join(paths.reports, report.name), report }) };
}
