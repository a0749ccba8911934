import { buildMessages, type LabelledExample, type PromptStyle, type SftLine } from "@hotel-intent/shared";

export interface BuildSftLinesOptions {
  /** Labelled messages, in file order. */
  rows: readonly LabelledExample[];
  /** The system prompt the fine-tuned model is trained with, and must later be called with. @default "compact" */
  prompt?: PromptStyle;
}

/** One supervised fine-tuning example per message: system prompt, the guest's message, and the intent number as the answer. */
export function buildSftLines({ rows, prompt = "compact" }: BuildSftLinesOptions): SftLine[] {
  return rows.map((row) => ({ messages: [...buildMessages({ text: row.text, style: prompt }), { role: "assistant", content: String(row.intent) }] }));
}
