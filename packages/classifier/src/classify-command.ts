import { once } from "node:events";
import { DataError, HotelIntentError, UsageError } from "@hotel-intent/shared";
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
  /** Where JSON lines go. @default process.stdout (waiting for it to drain) */
  write?: (text: string) => void | Promise<void>;
}

function classifierFor({ provider, model, prompt, modelDir, topK, threshold }: Omit<ClassifyCommandOptions, "text" | "input" | "write">): Promise<Classifier> {
  if (provider === "local") {
    if (model !== undefined || prompt !== undefined) throw new UsageError("--model and --prompt go with --provider openai");
    return createClassifier({ modelDir, topK, threshold });
  }
  if (provider !== "openai") throw new UsageError(`unknown provider ${JSON.stringify(provider)} (use local or openai)`);
  if (!model) throw new UsageError("--provider openai needs --model ID (e.g. the fine-tuned ft:... id)");
  if (modelDir !== undefined) throw new UsageError("--model-dir goes with --provider local");
  if (prompt !== undefined && prompt !== "compact" && prompt !== "full") throw new UsageError(`--prompt must be compact or full, got ${prompt}`);
  return createClassifier({ provider: "openai", model, prompt, topK, threshold });
}

/** Messages classified together: the OpenAI provider sends a batch's requests concurrently. */
const BATCH = 256;

/**
 * `hotel-intent classify`: one JSON prediction per message, in input order. An input file is streamed: predictions are
 * written batch by batch as they are made, so memory stays flat on any size of file. A bad line stops the run with
 * `file:line` after the predictions of the batches before it.
 */
export async function classifyCommand({
  text,
  input,
  modelDir,
  provider = "local",
  model,
  prompt,
  topK,
  threshold,
  write = writeStdout,
}: ClassifyCommandOptions): Promise<number> {
  if ((text === undefined) === (input === undefined)) throw new UsageError('give one message ("...") or --input FILE, not both and not neither');
  if (input === undefined) checkMessage(text);
  const classifier = await classifierFor({ provider, model, prompt, modelDir, topK, threshold });
  if (input === undefined) {
    await write(`${JSON.stringify(await classifier.classify(text as string))}\n`);
    return 1;
  }
  let count = 0;
  let batch: string[] = [];
  const flush = async () => {
    const predictions = await classifier.classifyMany(batch);
    count += predictions.length;
    batch = [];
    await write(predictions.map((prediction) => `${JSON.stringify(prediction)}\n`).join(""));
  };
  for await (const message of readMessages({ file: input })) {
    try {
      checkMessage(message.text);
    } catch (error) {
      throw new DataError({ file: input, line: message.line, field: "text", message: (error as Error).message });
    }
    batch.push(message.text);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return count;
}

/** Writes to stdout, waiting when its buffer is full, so a fast producer never piles output up in memory. */
async function writeStdout(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
}
