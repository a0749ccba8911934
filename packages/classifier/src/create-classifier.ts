import type { Prediction } from "@hotel-intent/shared";
import { createLocalClassifier, type LocalClassifierOptions } from "./local-classifier.js";

export type CreateClassifierOptions = { provider?: "local" } & LocalClassifierOptions;

export interface Classifier {
  provider: string;
  classify(text: string): Promise<Prediction>;
  classifyMany(texts: readonly string[]): Promise<Prediction[]>;
}

/**
 * A classifier of hotel guest messages into 40 intents. By default the embedded model bundled in this
 * package: no network, no key.
 */
export async function createClassifier(options: CreateClassifierOptions = {}): Promise<Classifier> {
  const { provider = "local", ...rest } = options;
  if (provider !== "local") throw new Error(`unknown provider ${JSON.stringify(provider)}`);
  return createLocalClassifier(rest);
}
