import { DataError } from "@hotel-intent/shared";
import { parseResultFile, type StepMetrics } from "../openai/parse-result-file.js";
import type { TrainingSeries } from "./training-series.js";

export interface ParseOpenAIResultsOptions {
  /** The result file as the API serves it (base64-encoded CSV) or already decoded. */
  csv: string;
  /** Where it came from, for error messages and the page. */
  file: string;
  /** Heading of the series. @default "OpenAI fine-tuning" */
  title?: string;
}

/**
 * A fine-tuning job's result file (step, train_loss, train_accuracy, valid_loss, valid_mean_token_accuracy, and
 * full_valid_* when present) as a training series. A bad cell is reported as `file:line: column: message`.
 */
export function parseOpenAIResults({ csv, file, title = "OpenAI fine-tuning" }: ParseOpenAIResultsOptions): TrainingSeries {
  const rows = parseResultFile({ content: csv, name: file });
  if (rows.length === 0) throw new DataError({ file, message: "has no steps" });
  if (!rows.some((row) => "train_loss" in row)) throw new DataError({ file, line: 1, field: "train_loss", message: "column is missing" });
  const value = (row: StepMetrics, ...columns: string[]) => {
    for (const column of columns) if (typeof row[column] === "number") return row[column] as number;
    return null;
  };
  return {
    title,
    unit: "step",
    accuracyMeaning: "token accuracy of the answer",
    source: file,
    points: rows.map((row) => ({
      x: row.step,
      trainLoss: value(row, "train_loss"),
      trainAccuracy: value(row, "train_accuracy", "train_mean_token_accuracy"),
      validationLoss: value(row, "valid_loss"),
      validationAccuracy: value(row, "valid_mean_token_accuracy", "valid_accuracy"),
      fullValidationLoss: value(row, "full_valid_loss"),
      fullValidationAccuracy: value(row, "full_valid_mean_token_accuracy"),
    })),
  };
}
