import { OpenAISdkMissingError } from "@hotel-intent/shared";
import { createLocalClassifier, type LocalClassifier, type LocalClassifierOptions } from "./local-classifier.js";
import type { OpenAIClassifier, OpenAIClassifierOptions } from "./openai-classifier.js";
import type { Prediction } from "./prediction.js";

export type CreateClassifierOptions = ({ provider?: "local" } & LocalClassifierOptions) | ({ provider: "openai" } & OpenAIClassifierOptions);

export interface ClassifyManyOptions {
  /** Stops the batch (rejecting with the signal's reason) when aborted, e.g. by a server's timeout. */
  signal?: AbortSignal;
}

export interface Classifier {
  provider: string;
  classify(text: string): Promise<Prediction>;
  classifyMany(texts: readonly string[], options?: ClassifyManyOptions): Promise<Prediction[]>;
}

/** Loads the OpenAI classifier, and with it the optional `openai` package, only when it is asked for. */
async function loadOpenAIClassifier(options: OpenAIClassifierOptions): Promise<OpenAIClassifier> {
  let module: typeof import("./openai-classifier.js");
  try {
    module = await import("./openai-classifier.js");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if ((code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && /['"]openai['"]/.test(String((error as Error).message))) {
      throw new OpenAISdkMissingError({ cause: error });
    }
    throw error;
  }
  return module.createOpenAIClassifier(options);
}

/**
 * A classifier of hotel guest messages into 40 intents. By default the embedded model bundled in this
 * package: no network, no key. With `provider: "openai"` and a `model`, an OpenAI chat model (a fine-tuned
 * `ft:...` one, typically), which needs the optional `openai` package and a key.
 */
export async function createClassifier(options?: { provider?: "local" } & LocalClassifierOptions): Promise<LocalClassifier>;
export async function createClassifier(options: { provider: "openai" } & OpenAIClassifierOptions): Promise<OpenAIClassifier>;
export async function createClassifier(options?: CreateClassifierOptions): Promise<Classifier>;
export async function createClassifier(options: CreateClassifierOptions = {}): Promise<Classifier> {
  if (options.provider === "openai") {
    const { provider: _, ...rest } = options;
    return loadOpenAIClassifier(rest);
  }
  const { provider = "local", ...rest } = options;
  if (provider !== "local") throw new Error(`unknown provider ${JSON.stringify(provider)}`);
  return createLocalClassifier(rest);
}
