export { AnswerParseError, DataError, HotelIntentError, INTENTS, type Intent, type Prediction } from "@hotel-intent/shared";
export { checkMessage } from "./check-message.js";
export { type Classifier, type CreateClassifierOptions, createClassifier } from "./create-classifier.js";
export { InvalidMessageError, ModelLoadError } from "./errors.js";
export { BUNDLED_MODEL_DIR, createLocalClassifier, type LocalClassifier, type LocalClassifierOptions } from "./local-classifier.js";
