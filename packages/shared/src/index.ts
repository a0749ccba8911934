export { type Config, configSchema, loadConfig } from "./config.js";
export { type DataPart, dataPartOf } from "./data-part.js";
export { type Env, readEnv } from "./env.js";
export { AnswerParseError, DataError, HotelIntentError, MissingInputError } from "./errors.js";
export { type FeaturizerSettings, featurizerSettingsSchema } from "./featurizer-settings.js";
export { findRoot, type ProjectPaths, projectPaths } from "./find-root.js";
export { formatPercent } from "./format-percent.js";
export { type HelpCli, type HelpSection, type HelpSummaryOptions, helpSummary } from "./help-summary.js";
export { intentById } from "./intent-lookup.js";
export { INTENTS, type Intent } from "./intents.js";
export {
  decodeLines,
  issuePath,
  type JsonlRow,
  readBytes,
  readJson,
  readJsonl,
  readJsonlRows,
  writeJson,
  writeJsonl,
} from "./jsonl.js";
export { anyLabelledSchema } from "./labelled-example.js";
// The OpenAI error classes are exported here only: this entry never loads the `openai` SDK, so the classifier's main chunk can use it.
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
} from "./openai/openai-errors.js";
export { parseAnswer } from "./parse-answer.js";
export { type NumberFlagOptions, parseChoiceFlag, parseIdListFlag, parseNumberFlag } from "./parse-flag.js";
export { PART_LABELS, PIPELINE_REPORTS, pipelineSummary } from "./pipeline-summary.js";
export { buildMessages, COMPACT_SYSTEM_PROMPT, FULL_SYSTEM_PROMPT, type PromptStyle } from "./prompt.js";
export { createRandom, type Random } from "./random.js";
export { type ReportSummary, reportSummarySchema } from "./report-summary.js";
export { reportError, runCli } from "./run-cli.js";
export { runMain } from "./run-main.js";
export * from "./schemas.js";
export { type TrainSettings, trainSettingsSchema } from "./train-settings.js";
export { UsageError } from "./usage-error.js";
export { writeFileAtomic } from "./write-file-atomic.js";
