import { DataError, HotelIntentError } from "@hotel-intent/shared";
import { checkMessage } from "./check-message.js";
import { type Classifier, createClassifier } from "./create-classifier.js";
import { readMessages } from "./read-messages.js";

export interface ClassifyCommandOptions {
  /** One message from the command line. */
  text?: string | undefined;
  /** A JSONL or plain-text file of messages. */
  input?: string | undefined;
  modelDir?: string | undefined;
  /** `local` (the embedded model) or `openai`. @default "local" */
  provider?: string | undefined;
  /** The OpenAI model id (`ft:...`); required with provider openai. */
  model?: string | undefined;
  /** Prompt style for an OpenAI model: compact or full. @default compact for ft: models, full otherwise */
  prompt?: string | undefined;
  topK?: number | undefined;
  threshold?: number | undefined;
  /** Where JSON lines go. @default process.stdout */
  write?: (line: string) => void;
}

function classifierFor({ provider, model, prompt, modelDir, topK, threshold }: Omit<ClassifyCommandOptions, "text" | "input" | "write">): Promise<Classifier> {
  if (provider === "local") {
    if (model !== undefined || prompt !== undefined) throw new HotelIntentError("E_USAGE", "--model and --prompt go with --provider openai");
    return createClassifier({ modelDir, topK, threshold });
  }
  if (provider !== "openai") throw new HotelIntentError("E_USAGE", `unknown provider ${JSON.stringify(provider)} (use local or openai)`);
  if (!model) throw new HotelIntentError("E_USAGE", "--provider openai needs --model ID (e.g. the fine-tuned ft:... id)");
  if (modelDir !== undefined) throw new HotelIntentError("E_USAGE", "--model-dir goes with --provider local");
  if (prompt !== undefined && prompt !== "compact" && prompt !== "full")
    throw new HotelIntentError("E_USAGE", `--prompt must be compact or full, got ${prompt}`);
  return createClassifier({ provider: "openai", model, prompt, topK, threshold });
}

/** `hotel-intent classify`: one JSON prediction per message, in input order. Every message is checked before any is classified. */
export async function classifyCommand({
  text,
  input,
  modelDir,
  provider = "local",
  model,
  prompt,
  topK,
  threshold,
  write = (line) => process.stdout.write(line),
}: ClassifyCommandOptions): Promise<number> {
  if ((text === undefined) === (input === undefined))
    throw new HotelIntentError("E_USAGE", 'give one message ("...") or --input FILE, not both and not neither');
  const messages = input === undefined ? [{ text: text as string, line: 0 }] : await readMessages({ file: input });
  for (const message of messages) {
    try {
      checkMessage(message.text);
    } catch (error) {
      if (input === undefined) throw error;
      throw new DataError({ file: input, line: message.line, field: "text", message: (error as Error).message });
    }
  }
  const classifier = await classifierFor({ provider, model, prompt, modelDir, topK, threshold });
  const predictions = await classifier.classifyMany(messages.map((message) => message.text));
  write(predictions.map((prediction) => `${JSON.stringify(prediction)}\n`).join(""));
  return predictions.length;
}
