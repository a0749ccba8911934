import { DataError } from "@hotel-intent/shared";
import { z } from "zod";

const numberOrEmpty = z.string().transform((text, ctx) => {
  if (text.trim() === "") return null;
  const value = Number(text);
  if (!Number.isFinite(value)) {
    ctx.addIssue({ code: "custom", message: `is not a number: ${JSON.stringify(text)}` });
    return z.NEVER;
  }
  return value;
});

/** One row of a job's step_metrics.csv: `step` and whichever metrics the row has (null where empty). */
export type StepMetrics = { step: number } & Record<string, number | null>;

/** The CSV text of a result file as the API serves it: base64-decoded, or as is when it is already CSV. */
export function decodeResultFile(content: string): string {
  const trimmed = content.trim();
  return /^[A-Za-z0-9+/=\s]+$/.test(trimmed) && !trimmed.includes(",") ? Buffer.from(trimmed, "base64").toString("utf8") : content;
}

/**
 * Reads a fine-tuning result file: a CSV (step, train_loss, train_accuracy, valid_loss, valid_mean_token_accuracy, ...)
 * that the API serves base64-encoded. Plain CSV is accepted too. A bad cell is a DataError naming the line and column.
 */
export function parseResultFile({ content, name }: { content: string; name: string }): StepMetrics[] {
  const csv = decodeResultFile(content);
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== "");
  const header = (lines[0] ?? "").split(",").map((column) => column.trim());
  if (!header.includes("step")) throw new DataError({ file: name, line: 1, message: "is not a result file: no step column" });
  const rowSchema = z.object(Object.fromEntries(header.map((column) => [column, numberOrEmpty])));
  return lines.slice(1).map((line, index) => {
    const cells = line.split(",");
    if (cells.length !== header.length) throw new DataError({ file: name, line: index + 2, message: `has ${cells.length} cells, the header ${header.length}` });
    const parsed = rowSchema.safeParse(Object.fromEntries(header.map((column, at) => [column, cells[at] ?? ""])));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DataError({ file: name, line: index + 2, field: String(issue?.path[0] ?? ""), message: issue?.message ?? "is invalid" });
    }
    const row = parsed.data as Record<string, number | null>;
    if (row.step === null || row.step === undefined) throw new DataError({ file: name, line: index + 2, field: "step", message: "is empty" });
    return row as StepMetrics;
  });
}

/** The value of `column` in the last row that has one, with its step; null when no row has it. */
export function lastValue(rows: readonly StepMetrics[], column: string): { step: number; value: number } | null {
  for (let index = rows.length - 1; index >= 0; index--) {
    const value = rows[index]?.[column];
    if (typeof value === "number") return { step: (rows[index] as StepMetrics).step, value };
  }
  return null;
}
