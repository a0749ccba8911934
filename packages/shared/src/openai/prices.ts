import { z } from "zod";

/** US dollars per million tokens for one model. `training` is set for models that can be fine-tuned. */
export const modelPriceSchema = z.object({
  input: z.number().min(0),
  cachedInput: z.number().min(0).optional(),
  output: z.number().min(0),
  training: z.number().min(0).optional(),
});
export type ModelPrice = z.infer<typeof modelPriceSchema>;

/**
 * OpenAI's list prices (USD per 1M tokens, standard tier) for the models hotel-intent uses. Keys are model names
 * without a date; `ft:NAME` is the price of a model fine-tuned from NAME. Override or extend them with
 * `openai.prices` in hotel-intent.config.json (an Azure deployment or another endpoint has its own prices).
 */
export const DEFAULT_PRICES: Record<string, ModelPrice> = {
  "gpt-4o-mini": { input: 0.15, cachedInput: 0.075, output: 0.6, training: 3 },
  "ft:gpt-4o-mini": { input: 0.3, cachedInput: 0.15, output: 1.2 },
  "gpt-4o": { input: 2.5, cachedInput: 1.25, output: 10, training: 25 },
  "ft:gpt-4o": { input: 3.75, cachedInput: 1.875, output: 15 },
  "gpt-4.1": { input: 2, cachedInput: 0.5, output: 8, training: 25 },
  "ft:gpt-4.1": { input: 3, cachedInput: 0.75, output: 12 },
  "gpt-4.1-mini": { input: 0.4, cachedInput: 0.1, output: 1.6, training: 5 },
  "ft:gpt-4.1-mini": { input: 0.8, cachedInput: 0.2, output: 3.2 },
  "gpt-4.1-nano": { input: 0.1, cachedInput: 0.025, output: 0.4, training: 1.5 },
  "ft:gpt-4.1-nano": { input: 0.2, cachedInput: 0.05, output: 0.8 },
  "gpt-3.5-turbo": { input: 0.5, output: 1.5, training: 8 },
  "ft:gpt-3.5-turbo": { input: 3, output: 6 },
};

/** The Batch API charges this share of the standard price. */
export const BATCH_DISCOUNT = 0.5;

const DATED = /-\d{4}-\d{2}-\d{2}$/;

/** The price-table key of a model id: `gpt-4o-mini-2024-07-18` -> `gpt-4o-mini`, `ft:gpt-4o-mini-2024-07-18:org:sfx:id` -> `ft:gpt-4o-mini`. */
export function priceKey(model: string): string {
  if (model.startsWith("ft:")) return `ft:${(model.split(":")[1] ?? "").replace(DATED, "")}`;
  return model.replace(DATED, "");
}

export interface PriceOfOptions {
  /** A model id as the API knows it. */
  model: string;
  /** @default DEFAULT_PRICES */
  prices?: Record<string, ModelPrice>;
}

/** The price of a model: an exact entry first, then its undated name. Undefined for a model the table does not know (its cost is then unknown, never guessed). */
export function priceOf({ model, prices = DEFAULT_PRICES }: PriceOfOptions): ModelPrice | undefined {
  return prices[model] ?? prices[priceKey(model)];
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  /** Prompt tokens served from the cache, part of promptTokens. @default 0 */
  cachedTokens?: number;
}

export interface UsageCostOptions extends PriceOfOptions {
  usage: TokenUsage;
  /** Requests sent through the Batch API. @default false */
  batch?: boolean;
}

/** Dollars that `usage` costs on `model`, or null when the model has no price. */
export function usageCost({ model, usage, prices, batch = false }: UsageCostOptions): number | null {
  const price = priceOf({ model, prices });
  if (!price) return null;
  const cached = usage.cachedTokens ?? 0;
  const dollars =
    ((usage.promptTokens - cached) * price.input + cached * (price.cachedInput ?? price.input) + usage.completionTokens * price.output) / 1_000_000;
  return batch ? dollars * BATCH_DISCOUNT : dollars;
}

export interface TrainingCostOptions extends PriceOfOptions {
  /** Tokens billed: tokens per epoch times epochs. */
  tokens: number;
}

/** Dollars that training on `tokens` billed tokens costs, or null when the model has no training price. */
export function trainingCost({ model, tokens, prices }: TrainingCostOptions): number | null {
  const price = priceOf({ model, prices })?.training;
  return price === undefined ? null : (tokens * price) / 1_000_000;
}
