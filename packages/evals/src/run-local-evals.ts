import { basename, join } from "node:path";
import { createLocalClassifier } from "@hotel-intent/classifier";
import { anyLabelledSchema, projectPaths, readJsonl } from "@hotel-intent/shared";
import { computeMetrics, type ScoredItem } from "./compute-metrics.js";
import { directorySize } from "./directory-size.js";
import type { Report } from "./report.js";
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
}

/** Runs the embedded model over a labelled set, timing each message, and writes report.json and report.md. */
export async function runLocalEvals({ root, dataset, modelDir, name }: RunLocalEvalsOptions = {}): Promise<{ report: Report; dir: string }> {
  const paths = projectPaths(root);
  const file = dataset ?? join(paths.generated, "test.jsonl");
  const rows = await readJsonl({ file, schema: anyLabelledSchema, missingHint: dataset ? undefined : "generate it with `pnpm datagen`" });
  const dir = modelDir ?? paths.localModel;
  const classifier = await createLocalClassifier({ modelDir: dir });
  for (const row of rows.slice(0, 50)) classifier.classifySync(row.text);
  const microseconds: number[] = [];
  const items: ScoredItem[] = rows.map((row) => {
    const start = process.hrtime.bigint();
    const prediction = classifier.classifySync(row.text);
    microseconds.push(Number(process.hrtime.bigint() - start) / 1000);
    return { text: row.text, intent: row.intent, predicted: prediction.intent, confidence: prediction.confidence };
  });
  const report: Report = {
    name: name ?? `local-${basename(file).replace(/\.jsonl$/, "")}`,
    createdAt: new Date().toISOString(),
    provider: "local",
    model: `embedded (${classifier.model.features.length} features)`,
    dataset: file,
    metrics: computeMetrics({ items }),
    latency: summarizeLatency({ microseconds }),
    modelBytes: await directorySize(dir),
    items,
  };
  return { report, dir: await writeReport({ dir: join(paths.reports, report.name), report }) };
}
