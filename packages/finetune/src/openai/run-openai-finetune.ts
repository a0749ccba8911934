import { analyzeFinetuneJob, type FinetuneAnalysis } from "./analyze-finetune-job.js";
import { createFinetuneJob } from "./create-finetune-job.js";
import { loadFinetuneContext, type OpenAIFinetuneOptions } from "./finetune-context.js";
import type { JobRecord } from "./job-state.js";
import { prepareTrainingFiles } from "./prepare-training-files.js";
import { watchFinetuneJob } from "./watch-finetune-job.js";

export interface RunOpenAIFinetuneResult {
  record: JobRecord;
  /** False when the job already existed for this training file and was resumed. */
  created: boolean;
  analysis: FinetuneAnalysis;
}

/**
 * `finetune --provider openai all`: prepare and validate the SFT files, state the estimated cost (asking above
 * maxCost unless `yes`), upload, create the job (or resume the one already recorded for this training file), wait for
 * it with its events, then analyze it. Safe to rerun after a crash or Ctrl-C: every step picks up from job.json.
 */
export async function runOpenAIFinetune(options: OpenAIFinetuneOptions = {}): Promise<RunOpenAIFinetuneResult> {
  const context = await loadFinetuneContext(options);
  const prepared = await prepareTrainingFiles(context);
  const { created } = await createFinetuneJob({ ...options, context, prepared });
  const watched = await watchFinetuneJob({ ...options, context });
  const analysis = await analyzeFinetuneJob({ ...options, context });
  return { record: watched.record, created, analysis };
}
