import { z } from "zod";
import { parseAnswer } from "./parse-answer.js";
import { evalItemSchema, type LabelledExample, labelledExampleSchema, messageTextSchema, sftLineSchema } from "./schemas.js";

function shapeOf(value: unknown): z.ZodType {
  if (typeof value === "object" && value !== null) {
    if ("messages" in value) return sftLineSchema;
    if ("item" in value) return evalItemSchema;
  }
  return labelledExampleSchema;
}

/**
 * Any of the three labelled shapes (`{text,intent}`, an SFT line, an eval item), normalised to `{text, intent}`.
 * An SFT line's text is its last user message and its label the last assistant answer.
 */
export const anyLabelledSchema = z.unknown().transform((value, ctx): LabelledExample => {
  const parsed = shapeOf(value).safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return z.NEVER;
  }
  const data = parsed.data as Record<string, unknown>;
  if ("text" in data) return data as LabelledExample;
  if ("item" in data) {
    const item = data.item as { input_text: string; correct_label: string };
    return { text: item.input_text, intent: Number(item.correct_label) };
  }
  const messages = (data as z.infer<typeof sftLineSchema>).messages;
  const user = messages.findLast((message) => message.role === "user");
  if (!user || !messageTextSchema.safeParse(user.content).success) {
    ctx.addIssue({ code: "custom", path: ["messages"], message: "has no usable user message" });
    return z.NEVER;
  }
  try {
    return { text: user.content, intent: parseAnswer(messages.findLast((message) => message.role === "assistant")?.content ?? "") };
  } catch {
    ctx.addIssue({ code: "custom", path: ["messages"], message: "the assistant message names no intent from 1 to 40" });
    return z.NEVER;
  }
});
