import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { decodeLines, writeFileAtomic } from "@hotel-intent/shared";
import { parseOpenAIResults } from "./parse-openai-results.js";
import { readLocalHistory } from "./read-local-history.js";
import { renderTrainingReport } from "./render-training-report.js";
import type { TrainingSeries } from "./training-series.js";

/** The local trainer's per-epoch history, in datasets/models/local. */
export const LOCAL_HISTORY_FILE = "history.json";
/** An OpenAI job's result file, decoded from base64, in datasets/models/openai. */
export const OPENAI_RESULT_FILE = "result.csv";

export interface WriteTrainingReportOptions {
  /** A model folder: datasets/models/local (history.json) or datasets/models/openai (result.csv). */
  dir: string;
  /** Page title. @default "Training report" */
  title?: string;
}

/**
 * Writes `dir/training-report.html` from the training history found in `dir`: the local trainer's history.json and/or
 * an OpenAI job's result.csv. Returns the file written, or null when `dir` holds neither.
 */
export async function writeTrainingReport({ dir, title }: WriteTrainingReportOptions): Promise<string | null> {
  const series: TrainingSeries[] = [];
  const history = join(dir, LOCAL_HISTORY_FILE);
  if (existsSync(history)) series.push(await readLocalHistory({ file: history }));
  const results = join(dir, OPENAI_RESULT_FILE);
  if (existsSync(results)) series.push(parseOpenAIResults({ csv: decodeLines(results, await readFile(results)).join("\n"), file: results }));
  if (series.length === 0) return null;
  const file = join(dir, "training-report.html");
  await writeFileAtomic({ file, data: await renderTrainingReport({ series, title }) });
  return file;
}
