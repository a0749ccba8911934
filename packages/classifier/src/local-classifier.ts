import { fileURLToPath } from "node:url";
import { createPredictor, HotelIntentError, intentById, type LinearModel, loadLinearModel, type Prediction } from "@hotel-intent/shared";
import { checkMessage } from "./check-message.js";
import { ModelLoadError } from "./errors.js";

/** The model bundled in this package (`model/` beside `dist/`). */
export const BUNDLED_MODEL_DIR = fileURLToPath(new URL("../model/", import.meta.url));

export interface LocalClassifierOptions {
  /** Folder with model.json and weights.bin. @default the model bundled in the package */
  modelDir?: string;
  /** How many alternatives after the top intent. @default 3 */
  topK?: number;
  /** Below this confidence the prediction abstains: `intent` and `label` are null. @default 0 */
  threshold?: number;
}

export interface LocalClassifier {
  provider: "local";
  /** Classifies in-process, synchronously, in microseconds. */
  classifySync(text: string): Prediction;
  classify(text: string): Promise<Prediction>;
  classifyMany(texts: readonly string[]): Promise<Prediction[]>;
  model: LinearModel["meta"];
}

/** Loads the embedded model and returns a classifier over it. */
export async function createLocalClassifier({ modelDir = BUNDLED_MODEL_DIR, topK = 3, threshold = 0 }: LocalClassifierOptions = {}): Promise<LocalClassifier> {
  let model: LinearModel;
  try {
    model = await loadLinearModel({ dir: modelDir });
  } catch (error) {
    if (error instanceof HotelIntentError) {
      const hint = modelDir === BUNDLED_MODEL_DIR ? " (the package ships without a model until `pnpm pipeline` has trained one and copied it there)" : "";
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
    classifyMany: async (texts) => texts.map(classifySync),
    model: model.meta,
  };
}
