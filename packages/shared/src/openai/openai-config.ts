import { z } from "zod";
import { DEFAULT_PRICES, modelPriceSchema } from "./prices.js";

const autoOr = <T extends z.ZodType>(schema: T) => z.union([z.literal("auto"), schema]);

/** `openai` in hotel-intent.config.json. Every field has a default; the fine-tuning ones are the original project's. */
export const openaiConfigSchema = z.object({
  /** Dollars: a run estimated above this asks for confirmation (or `--yes`). */
  maxCost: z.number().min(0).default(5),
  /** Seconds between two status requests while a job, run or batch is in progress. */
  pollSeconds: z.number().min(0).max(600).default(10),
  /** Retries the SDK makes itself on 408, 409, 429 and 5xx, honouring retry-after. */
  maxRetries: z.number().int().min(0).max(10).default(3),
  /** Milliseconds before the SDK gives up on one request. */
  timeoutMs: z.number().int().min(1000).default(120_000),
  /** Azure OpenAI: used instead of api.openai.com when `endpoint` is set here or in AZURE_OPENAI_ENDPOINT. */
  azure: z
    .object({
      endpoint: z.url().optional(),
      /** The `api-version` query parameter; OPENAI_API_VERSION overrides it. */
      apiVersion: z.string().min(1).default("2025-04-01-preview"),
    })
    .prefault({}),
  datagen: z
    .object({
      /** Writes the messages. */
      teacher: z.string().min(1).default("gpt-4.1"),
      /** Classifies each new message with the full prompt; the ones it gets wrong are the hard ones. */
      student: z.string().min(1).default("gpt-4o-mini"),
      /** Messages wanted per intent, after deduplication. */
      perIntent: z.number().int().min(1).max(5000).default(60),
      /** Messages asked for in one teacher request. */
      messagesPerRequest: z.number().int().min(1).max(50).default(15),
      /** Requests in flight at once. */
      concurrency: z.number().int().min(1).max(64).default(4),
      temperature: z.number().min(0).max(2).default(1),
    })
    .prefault({}),
  finetune: z
    .object({
      model: z.string().min(1).default("gpt-4o-mini-2024-07-18"),
      nEpochs: autoOr(z.number().int().min(1).max(50)).default(1),
      learningRateMultiplier: autoOr(z.number().positive().max(10)).default(0.3),
      batchSize: autoOr(z.number().int().min(1).max(256)).default("auto"),
      seed: z.number().int().default(42),
      /** Part of the fine-tuned model's name (at most 64 characters). */
      suffix: z.string().min(1).max(64).default("hotel-intent"),
      /** Extra key/value pairs stored on the job (the training file's hash is always added). */
      metadata: z.record(z.string(), z.string().max(512)).default({}),
      /** Longest example, in tokens, that the job accepts; longer ones are refused before upload. */
      maxExampleTokens: z.number().int().min(1).default(65_536),
    })
    .prefault({}),
  evals: z
    .object({
      /** Models compared; `fine-tuned` stands for the model recorded in datasets/models/openai/job.json. */
      models: z.array(z.string().min(1)).min(1).default(["fine-tuned", "gpt-4o-mini", "gpt-4.1"]),
      concurrency: z.number().int().min(1).max(64).default(8),
    })
    .prefault({}),
  /** USD per 1M tokens by model (see DEFAULT_PRICES); entries given here replace or extend the defaults. */
  prices: z
    .record(z.string(), modelPriceSchema)
    .default({})
    .transform((prices) => ({ ...DEFAULT_PRICES, ...prices })),
});

export type OpenAIConfig = z.infer<typeof openaiConfigSchema>;
