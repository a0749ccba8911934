import { intentIdSchema, labelSchema } from "@hotel-intent/shared";
import { z } from "zod";

const intentScoresSchema = z.object({
  intent: intentIdSchema,
  name: z.string(),
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
  support: z.number().int(),
});

/** `report.json` as the HTML report reads it back: the fields it shows, validated; any others are kept as they are. */
export const reportSchema = z.looseObject({
  name: z.string().min(1),
  createdAt: z.string(),
  provider: z.string(),
  model: z.string(),
  dataset: z.string(),
  metrics: z.looseObject({
    count: z.number().int().min(0),
    correct: z.number().int().min(0),
    errors: z.number().int().min(0),
    accuracy: z.number().min(0).max(1),
    macroF1: z.number().min(0).max(1),
    perIntent: z.array(intentScoresSchema),
    confusion: z.array(z.array(z.number().int().min(0))),
    mostConfused: z.array(z.object({ intent: intentIdSchema, predicted: intentIdSchema, count: z.number().int(), examples: z.array(z.string()) })),
    ece: z.number().nullable(),
  }),
  latency: z.looseObject({ meanUs: z.number(), p50Us: z.number(), p95Us: z.number(), p99Us: z.number(), samples: z.number().int() }),
  modelBytes: z.number().nullable(),
  items: z.array(
    z.looseObject({
      text: z.string(),
      intent: labelSchema,
      predicted: intentIdSchema.nullable(),
      confidence: z.number().nullable(),
      error: z.string().optional(),
      microseconds: z.number().min(0).optional(),
    }),
  ),
  outOfScope: z
    .looseObject({
      outOfScope: z.object({ count: z.number(), rejected: z.number(), rate: z.number() }),
      byGroup: z.record(z.string(), z.object({ count: z.number(), rejected: z.number(), rate: z.number() })),
      inScope: z.object({ count: z.number(), rejected: z.number(), rate: z.number(), keptAccuracy: z.number() }),
      byReason: z.record(z.string(), z.number()),
      curve: z.array(z.object({ threshold: z.number(), outOfScopeRejected: z.number(), inScopeRejected: z.number() })),
      threshold: z.number().nullable(),
    })
    .optional(),
  cost: z
    .looseObject({
      usd: z.number().min(0).nullable(),
      usdPer1000Messages: z.number().min(0).nullable(),
      promptTokens: z.number().int().min(0),
      completionTokens: z.number().int().min(0),
    })
    .optional(),
});

export type StoredReport = z.infer<typeof reportSchema>;
