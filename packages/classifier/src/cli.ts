#!/usr/bin/env node
import { runMain } from "@hotel-intent/shared";
import { cac } from "cac";
import { classifyCommand } from "./classify-command.js";

const cli = cac("hotel-intent");

const number = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`--${name} must be a number, got ${value}`);
  return parsed;
};

cli
  .command("classify [text]", "Print the intent of a guest message as JSON (one line per message)")
  .option("--input <file>", "classify every line of a JSONL (text, input_text or item.input_text) or plain-text file")
  .option("--model-dir <dir>", "an embedded model folder (default: the model bundled in the package)")
  .option("--top-k <n>", "alternatives after the top intent", { default: "3" })
  .option("--threshold <p>", "abstain (intent null) below this confidence", { default: "0" })
  .example('hotel-intent classify "our flight is not until 9pm, can we keep the room?"')
  .example("hotel-intent classify --input messages.jsonl > predictions.jsonl")
  .action((text: string | undefined, options: { input?: string; modelDir?: string; topK: string; threshold: string }) =>
    runMain(() =>
      classifyCommand({
        text,
        input: options.input,
        modelDir: options.modelDir,
        topK: number("top-k", options.topK),
        threshold: number("threshold", options.threshold),
      }),
    ),
  );

cli.help();
cli.parse();
