import { fileURLToPath } from "node:url";
import { createPredictor, HotelIntentError, intentById, type LinearModel, loadLinearModel } from "@hotel-intent/shared";
import { checkMessage } from "./check-message.js";
import type { ClassifyManyOptions } from "./create-classifier.js";
import { ModelLoadError } from "./errors.js";
import type { Prediction } from "./prediction.js";

/** The model bundled in this package (`model/` beside `dist/`). */
export const BUNDLED_MODEL_DIR = fileURLToPath(new URL("../model/", import.meta.url));

export interface LocalClassifierOptions {
  /** Folder with model.json and the weights file it names. @default the model bundled in the package */
  modelDir?: string;
  /** How many alternatives after the top intent. @default 3 */
  topK?: number;
  /** Below this confidence the prediction abstains: `intent` and `label` are null. @default 0 */
  threshold?: number;
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
  /** The loaded model. */
  model: EmbeddedModelInfo;
}

/** Most time a batch runs before it lets other work (other requests, timers) run. */
const YIELD_EVERY_MS = 5;

/** Loads the embedded model and returns a classifier over it. */
export async function createLocalClassifier({ modelDir = BUNDLED_MODEL_DIR, topK = 3, threshold = 0 }: LocalClassifierOptions = {}): Promise<LocalClassifier> {
  let model: LinearModel;
  try {
    model = await loadLinearModel({ dir: modelDir });
  } catch (error) {
    if (error instanceof HotelIntentError) {
      const hint = modelDir === BUNDLED_MODEL_DIR ? " (the package ships without a model until `pnpm run pipeline` has trained one and copied it there)" : "";
      throw new ModelLoadError(`cannot load the embedded model: ${error.message}${hint}`, { cause: error });
    }
    throw error;
  }
  const predict = createPredictor({ model });
  const classes = model.meta.classes;
  const order = classes.map((_, index) => index);
  const classifySync = (text: string): Prediction => {
    const probabilities = predict(checkMessage(text));
    order.sort((a, b) => (probabilities[b] as number) - (probabilities[a] as number));
    const best = order[0] as number;
    const confidence = probabilities[best] as number;
    const intent = classes[best] as number;
    const abstain = confidence < threshold;
    return {
      intent: abstain ? null : intent,
      label: abstain ? null : intentById(intent).name,
      confidence,
      alternatives: order
        .slice(abstain ? 0 : 1, (abstain ? 0 : 1) + topK)
        .map((index) => ({ intent: classes[index] as number, confidence: probabilities[index] as number })),
    };
  };
  return {
    provider: "local",
    classifySync,
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
