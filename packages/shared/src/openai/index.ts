export { type ConfirmCostOptions, confirmCost, formatDollars } from "./confirm-cost.js";
export {
  type CreateOpenAIClientFromConfigOptions,
  type CreateOpenAIClientOptions,
  createOpenAIClient,
  createOpenAIClientFromConfig,
  describeEndpoint,
} from "./create-openai-client.js";
export { type OpenAIConfig, openaiConfigSchema } from "./openai-config.js";
// The error classes are exported once, from the package root, which never loads the `openai` SDK.
export { redactSecrets } from "./openai-errors.js";
export { parseCountFlag, parseMaxCostFlag, type RefuseOpenAIFlagsOptions, refuseOpenAIFlags } from "./openai-flags.js";
export type { OpenAIRunOptions } from "./openai-run-options.js";
export { parseResponse } from "./parse-response.js";
export { type PollUntilOptions, pollUntil } from "./poll-until.js";
export {
  BATCH_DISCOUNT,
  DEFAULT_PRICES,
  type ModelPrice,
  modelPriceSchema,
  priceKey,
  priceOf,
  type TokenUsage,
  trainingCost,
  usageCost,
} from "./prices.js";
export { runInterruptible } from "./run-interruptible.js";
export { type ToOpenAIErrorOptions, toOpenAIError } from "./to-openai-error.js";
