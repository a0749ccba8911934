import { z } from "zod";

/** Longest message, in characters, that any stage accepts. Longer ones are refused, never truncated silently. */
export const MAX_MESSAGE_CHARS = 10_000;

export const intentIdSchema = z.number().int().min(1).max(40);

/** The label of a message that fits none of the intents ("none of these"), in data files and in an LLM's answer. */
export const OUT_OF_SCOPE = 0;

/** A labelled message's label: an intent id, or {@link OUT_OF_SCOPE}. */
export const labelSchema = z.number().int().min(0).max(40);

/** Control characters and format characters (zero-width spaces and joiners, direction marks, the byte-order mark). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** The text less its invisible characters: what is left must not be blank for a message to count as one. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, "");
}

/** Characters as a person counts them: code points, not UTF-16 units (an emoji counts once). */
export function countCharacters(text: string): number {
  if (text.length <= MAX_MESSAGE_CHARS) return text.length; // never more code points than UTF-16 units
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export const messageTextSchema = z
  .string()
  .refine((text) => visibleText(text).trim().length > 0, "is empty")
  .refine((text) => countCharacters(text) <= MAX_MESSAGE_CHARS, `is longer than ${MAX_MESSAGE_CHARS} characters`);

/** `{"text": ..., "intent": 0..40, ...metadata}`: the project's own labelled shape (intent 0: none of the intents). */
export const labelledExampleSchema = z.looseObject({
  text: messageTextSchema,
  intent: labelSchema,
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
    correct_label: z.string().regex(/^([0-9]|[1-3][0-9]|40)$/, "must be an intent number from 1 to 40, or 0 for none of them"),
  }),
});
export type EvalItem = z.infer<typeof evalItemSchema>;

export const alternativeSchema = z.object({ intent: intentIdSchema, confidence: z.number().min(0).max(1).nullable() });

/** Why a prediction names no intent. */
export const noIntentReasonSchema = z.enum(["out_of_scope", "unsupported_language", "low_confidence"]);
export type NoIntentReason = z.infer<typeof noIntentReasonSchema>;

const confidenceSchema = z.number().min(0).max(1).nullable();

/**
 * What every classifier returns for one message: an intent, or none with the reason (the message fits no intent, is
 * in a language the model does not read, or the top intent is under the confidence threshold).
 */
export const predictionSchema = z.union([
  z.object({ intent: intentIdSchema, label: z.string(), confidence: confidenceSchema, alternatives: z.array(alternativeSchema) }),
  z.object({ intent: z.null(), label: z.null(), reason: noIntentReasonSchema, confidence: confidenceSchema, alternatives: z.array(alternativeSchema) }),
]);
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
      outOfScope: z.number().int().default(0),
    })
    .optional(),
});
export type Manifest = z.infer<typeof manifestSchema>;
