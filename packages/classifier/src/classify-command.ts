import { DataError, HotelIntentError } from "@hotel-intent/shared";
import { checkMessage } from "./check-message.js";
import { createClassifier } from "./create-classifier.js";
import { readMessages } from "./read-messages.js";

export interface ClassifyCommandOptions {
  /** One message from the command line. */
  text?: string | undefined;
  /** A JSONL or plain-text file of messages. */
  input?: string | undefined;
  modelDir?: string | undefined;
  topK?: number | undefined;
  threshold?: number | undefined;
  /** Where JSON lines go. @default process.stdout */
  write?: (line: string) => void;
}

/** `hotel-intent classify`: one JSON prediction per message, in input order. Every message is checked before any is classified. */
export async function classifyCommand({
  text,
  input,
  modelDir,
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
  const classifier = await createClassifier({ modelDir, topK, threshold });
  const predictions = await classifier.classifyMany(messages.map((message) => message.text));
  write(predictions.map((prediction) => `${JSON.stringify(prediction)}\n`).join(""));
  return predictions.length;
}
