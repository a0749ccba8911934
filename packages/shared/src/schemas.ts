import { z } from "zod";

/** Longest message, in characters, that any stage accepts. Longer ones are refused, never truncated silently. */
export const MAX_MESSAGE_CHARS = 10_000;

export const intentIdSchema = z.number().int().min(1).max(40);

/** Control characters and format characters (zero-width spaces and joiners, direction marks, the byte-order mark). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** The text less its invisible characters: what is left must not be blank for a message to count as one. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, "");
}

export const messageTextSchema = z
  .string()
  .refine((text) => visibleText(text).trim().length > 0, "is empty")
  .refine((text) => text.length <= MAX_MESSAGE_CHARS || [...text].length <= MAX_MESSAGE_CHARS, `is longer than ${MAX_MESSAGE_CHARS} characters`);

/** `{"text": ..., "intent": 1..40, ...metadata}`: the project's own labelled shape. */
export const labelledExampleSchema = z.looseObject({
  text: messageTextSchema,
  intent: intentIdSchema,
});
export type LabelledExample = z.infer<typeof labelledExampleSchema>;

export const chatMessageSchema = z.object({
  role: z.enum(["system", "user", "assistant", "developer", "tool"]),
  content: z.string(),
  weight: z.union([z.literal(0), z.literal(1)]).optional(),
});

/** One line of an OpenAI supervised fine-tuning file. */
export const sftLineSchema = z.object({ messages: z.array(chatMessageSchema).min(1) });
export type SftLine = z.infer<typeof sftLineSchema>;

/** One item of an OpenAI eval data file. */
export const evalItemSchema = z.object({
  item: z.object({
    input_text: messageTextSchema,
    correct_label: z.string().regex(/^([1-9]|[1-3][0-9]|40)$/, "must be an intent number from 1 to 40"),
  }),
});
export type EvalItem = z.infer<typeof evalItemSchema>;

export const alternativeSchema = z.object({ intent: intentIdSchema, confidence: z.number().min(0).max(1).nullable() });

/** What every classifier returns for one message. `intent` is null when it abstains under a threshold. */
export const predictionSchema = z.object({
  intent: intentIdSchema.nullable(),
  label: z.string().nullable(),
  confidence: z.number().min(0).max(1).nullable(),
  alternatives: z.array(alternativeSchema),
});
export type Prediction = z.infer<typeof predictionSchema>;

/** A corpus building block that the offline generator composes into new messages. */
export const fragmentSchema = z.object({
  intent: intentIdSchema,
  kind: z.enum(["situation", "ask"]),
  text: messageTextSchema,
});
export type Fragment = z.infer<typeof fragmentSchema>;

export const splitNameSchema = z.enum(["train", "validation", "test"]);
export type SplitName = z.infer<typeof splitNameSchema>;

/** `datasets/generated/manifest.json`. */
export const manifestSchema = z.object({
  provider: z.string(),
  seed: z.number().int(),
  createdBy: z.string(),
  corpusHash: z.string(),
  splits: z.record(
    splitNameSchema,
    z.object({ file: z.string(), count: z.number().int(), sha256: z.string(), perIntent: z.record(z.string(), z.number().int()) }),
  ),
  dropped: z.object({ duplicates: z.number().int(), nearDuplicates: z.number().int(), benchmarkMatches: z.number().int() }),
  excludeFiles: z.array(z.string()),
  /** Messages kept from each source, after deduplication and the leakage check. */
  sources: z
    .object({
      corpus: z.number().int(),
      vagueIntentTrain: z.number().int(),
      paraphrases: z.number().int(),
      register: z.number().int(),
    })
    .optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;
