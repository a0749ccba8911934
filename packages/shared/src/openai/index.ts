export { type ConfirmCostOptions, confirmCost, formatDollars } from "./confirm-cost.js";
export { type CreateOpenAIClientOptions, createOpenAIClient, describeEndpoint } from "./create-openai-client.js";
export { type OpenAIConfig, openaiConfigSchema } from "./openai-config.js";
export {
  CostNotConfirmedError,
  InterruptedError,
  OpenAIAuthError,
  OpenAIKeyMissingError,
  OpenAIModelNotFoundError,
  OpenAIPermissionError,
  OpenAIRateLimitError,
  OpenAIRequestError,
  OpenAISdkMissingError,
  redactSecrets,
} from "./openai-errors.js";
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
export { type ToOpenAIErrorOptions, toOpenAIError } from "./to-openai-error.js";
