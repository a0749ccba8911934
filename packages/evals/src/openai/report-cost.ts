import { type ModelPrice, type TokenUsage, usageCost } from "@hotel-intent/shared/openai";
import type { ReportCost } from "../report.js";

export interface ReportCostOptions {
  model: string;
  /** Tokens of the whole run. */
  usage: TokenUsage;
  /** Messages in the run. */
  count: number;
  prices: Record<string, ModelPrice>;
}

/** The report's cost: dollars for the run and per 1,000 messages (null without a price), with the tokens. */
export function reportCost({ model, usage, count, prices }: ReportCostOptions): ReportCost {
  const usd = usageCost({ model, usage, prices });
  return {
    usd,
    usdPer1000Messages: usd === null || count === 0 ? null : (usd / count) * 1000,
    promptTokens: usage.promptTokens,
    completionTokens: usage.completionTokens,
  };
}

/** `ft:gpt-4o-mini-2024-07-18:acme:hotel-intent:AbC` -> `ft-gpt-4o-mini-2024-07-18-acme-hotel-intent-AbC`: a folder name. */
export function modelSlug(model: string): string {
  return model.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
}

/** The prompt a model needs: compact for a fine-tuned model (it learned the intents), full for a base model. */
export function promptFor(model: string): "compact" | "full" {
  return model.startsWith("ft:") ? "compact" : "full";
}
