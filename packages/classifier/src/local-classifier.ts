import { fileURLToPath } from "node:url";
import { createPredictor, isUnsupportedLanguage, type LinearModel, loadLinearModel } from "@hotel-intent/model";
import { HotelIntentError, intentById, MissingInputError, OUT_OF_SCOPE } from "@hotel-intent/shared";
import { checkMessage } from "./check-message.js";
import type { ClassifyManyOptions } from "./create-classifier.js";
import { InvalidOptionError, ModelLoadError } from "./errors.js";
import type { Prediction } from "./prediction.js";

/** The model bundled in this package (`model/` beside `dist/`). */
export const BUNDLED_MODEL_DIR = fileURLToPath(new URL("../model/", import.meta.url));

export interface LocalClassifierOptions {
  /** Folder with model.json and the weights file it names. @default the model bundled in the package */
  modelDir?: string;
  /** How many alternatives after the top intent. @default 3 */
  topK?: number;
  /** Below this confidence the prediction abstains (`reason: "low_confidence"`). From 0 to 1. @default 0 */
  threshold?: number;
  /**
   * At or above this probability that a message fits none of the intents, it is rejected (`reason: "out_of_scope"`).
   * From 0 to 1. @default the threshold calibrated on validation and stored in the model (0.5 for a model without one)
   */
  outOfScopeThreshold?: number;
  /** Reject messages in other languages than English (`reason: "unsupported_language"`) before the model. @default true */
  detectLanguage?: boolean;
}

/** What a loaded embedded model is (its `model.json`, less the featurizer internals). */
export interface EmbeddedModelInfo {
  /** File format, e.g. "hotel-intent-linear@1". */
  format: string;
  /** Intent id of each output. */
  classes: readonly number[];
  /** Feature name of each weight row. */
  features: readonly string[];
  /** Softmax temperature fitted on the validation split. */
  temperature: number;
  /** SHA-256 of weights.bin. */
  weightsSha256: string;
  /** How the model was trained (epochs, examples, accuracy on validation, ...). */
  training: Readonly<Record<string, unknown>>;
}

export interface LocalClassifier {
  provider: "local";
  /** Classifies in-process, synchronously, in microseconds. */
  classifySync(text: string): Prediction;
  classify(text: string): Promise<Prediction>;
  classifyMany(texts: readonly string[], options?: ClassifyManyOptions): Promise<Prediction[]>;
  /** The model's probability that a message fits none of the intents; null for a model trained without out-of-scope data. */
  outOfScopeScore(text: string): number | null;
  /** The out-of-scope threshold in use (option, else the model's calibrated one); null without an out-of-scope class. */
  outOfScopeThreshold: number | null;
  /** The loaded model. */
  model: EmbeddedModelInfo;
}

/** Refuses options out of their range with a {@link InvalidOptionError} that names the option. */
function checkOptions({ topK, threshold, outOfScopeThreshold }: { topK: number; threshold: number; outOfScopeThreshold: number | undefined }): void {
  if (!(Number.isInteger(topK) && topK >= 0)) throw new InvalidOptionError(`topK must be a whole number from 0, got ${topK}`);
  if (!(threshold >= 0 && threshold <= 1)) throw new InvalidOptionError(`threshold must be from 0 to 1, got ${threshold}`);
  if (outOfScopeThreshold !== undefined && !(outOfScopeThreshold >= 0 && outOfScopeThreshold <= 1)) {
    throw new InvalidOptionError(`outOfScopeThreshold must be from 0 to 1, got ${outOfScopeThreshold}`);
  }
}

/** Most time a batch runs before it lets other work (other requests, timers) run. */
const YIELD_EVERY_MS = 5;

/** Loads the embedded model and returns a classifier over it. */
export async function createLocalClassifier({
  modelDir = BUNDLED_MODEL_DIR,
  topK = 3,
  threshold = 0,
  outOfScopeThreshold,
  detectLanguage = true,
}: LocalClassifierOptions = {}): Promise<LocalClassifier> {
  checkOptions({ topK, threshold, outOfScopeThreshold });
  let model: LinearModel;
  try {
    model = await loadLinearModel({ dir: modelDir });
  } catch (error) {
    if (error instanceof HotelIntentError) {
      // Written for someone who installed the package: the commands that train a model are the hotel-intent repository's.
      const message =
        modelDir === BUNDLED_MODEL_DIR
          ? `this copy of @hotel-intent/classifier has no usable model in ${modelDir}; reinstall the package (a build from the hotel-intent repository bundles one with \`pnpm run pipeline\`)`
          : error instanceof MissingInputError
            ? `no embedded model in ${modelDir}: modelDir must be a folder with the model.json and weights file of a model trained with hotel-intent`
            : `cannot load the embedded model in ${modelDir}: ${error.message}`;
      throw new ModelLoadError(message, { cause: error });
    }
    throw error;
  }
  const predict = createPredictor({ model });
  const classes = model.meta.classes;
  const outOfScope = classes.indexOf(OUT_OF_SCOPE);
  const rejectAt = outOfScopeThreshold ?? model.meta.outOfScopeThreshold ?? 0.5;
  /** Class indices of the intents (not "none of these"). */
  const intents = classes.map((_, index) => index).filter((index) => index !== outOfScope);
  const ranked = new Int32Array(Math.min(topK + 1, intents.length));
  /** The `ranked.length` most probable intents, best first: a few linear passes, no sort. */
  const rank = (probabilities: Float64Array) => {
    for (let place = 0; place < ranked.length; place++) {
      let best = -1;
      for (const index of intents) {
        let taken = false;
        for (let earlier = 0; earlier < place; earlier++) if (ranked[earlier] === index) taken = true;
        if (!taken && (best < 0 || (probabilities[index] as number) > (probabilities[best] as number))) best = index;
      }
      ranked[place] = best;
    }
  };
  const classifySync = (text: string): Prediction => {
    checkMessage(text);
    if (detectLanguage && isUnsupportedLanguage(text)) return { intent: null, label: null, reason: "unsupported_language", confidence: null, alternatives: [] };
    const probabilities = predict(text);
    rank(probabilities);
    const best = ranked[0] as number;
    const confidence = probabilities[best] as number;
    const intent = classes[best] as number;
    const alternativesFrom = (start: number) =>
      Array.from(ranked.subarray(start, start + topK), (index) => ({ intent: classes[index] as number, confidence: probabilities[index] as number }));
    if (outOfScope >= 0 && (probabilities[outOfScope] as number) >= rejectAt) {
      return { intent: null, label: null, reason: "out_of_scope", confidence: probabilities[outOfScope] as number, alternatives: alternativesFrom(0) };
    }
    if (confidence < threshold) return { intent: null, label: null, reason: "low_confidence", confidence, alternatives: alternativesFrom(0) };
    return { intent, label: intentById(intent).name, confidence, alternatives: alternativesFrom(1) };
  };
  return {
    provider: "local",
    classifySync,
    outOfScopeScore: (text) => (outOfScope < 0 ? null : (predict(checkMessage(text))[outOfScope] as number)),
    outOfScopeThreshold: outOfScope < 0 ? null : rejectAt,
    classify: async (text) => classifySync(text),
    classifyMany: async (texts, { signal } = {}) => {
      // Long batches hand the event loop back every few milliseconds, so a server stays responsive during any request.
      const predictions: Prediction[] = [];
      let sliceStart = performance.now();
      for (const text of texts) {
        if (performance.now() - sliceStart > YIELD_EVERY_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          signal?.throwIfAborted();
          sliceStart = performance.now();
        }
        predictions.push(classifySync(text));
      }
      return predictions;
    },
    model: model.meta,
  };
}
