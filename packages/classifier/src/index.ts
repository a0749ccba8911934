export {
  AnswerParseError,
  DataError,
  HotelIntentError,
  INTENTS,
  type Intent,
  OpenAIAuthError,
  OpenAIKeyMissingError,
  OpenAIModelNotFoundError,
  OpenAIRateLimitError,
  OpenAIRequestError,
  OpenAISdkMissingError,
} from "@hotel-intent/shared";
export { checkMessage } from "./check-message.js";
export { type Classifier, type CreateClassifierOptions, createClassifier } from "./create-classifier.js";
export { InvalidMessageError, InvalidOptionError, ModelLoadError } from "./errors.js";
export { BUNDLED_MODEL_DIR, createLocalClassifier, type EmbeddedModelInfo, type LocalClassifier, type LocalClassifierOptions } from "./local-classifier.js";
export type { OpenAIClassification, OpenAIClassifier, OpenAIClassifierOptions } from "./openai-classifier.js";
export type { Alternative, IntentPrediction, NoIntentPrediction, NoIntentReason, Prediction } from "./prediction.js";
export { type RunningServer, type StartServerOptions, startServer } from "./serve/start-server.js";
