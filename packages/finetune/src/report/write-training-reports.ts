import { MissingInputError, projectPaths } from "@hotel-intent/shared";
import { writeTrainingReport } from "./write-training-report.js";

export interface WriteTrainingReportsOptions {
  /** Project folder. @default the workspace root */
  root?: string;
  /** Model folders to report on. @default datasets/models/local and datasets/models/openai */
  dirs?: string[];
}

/** `finetune report`: (re)writes training-report.html in every model folder that has a training history. */
export async function writeTrainingReports({ root, dirs }: WriteTrainingReportsOptions = {}): Promise<string[]> {
  const paths = projectPaths(root);
  const folders = dirs ?? [paths.localModel, paths.openaiModel];
  const titles = new Map([
    [paths.localModel, "Training report: embedded model"],
    [paths.openaiModel, "Training report: OpenAI fine-tuning"],
  ]);
  const written: string[] = [];
  for (const dir of folders) {
    const file = await writeTrainingReport({ dir, title: titles.get(dir) });
    if (file !== null) written.push(file);
  }
  if (written.length === 0) {
    throw new MissingInputError(
      `no training history in ${folders.join(" or ")}: train the embedded model with \`pnpm finetune\`, ` +
        "or fine-tune on OpenAI with `pnpm finetune --provider openai all` (its result file is saved as result.csv)",
    );
  }
  return written;
}
