#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { helpSummary, parseNumberFlag, runCli } from "@hotel-intent/shared";
import { cac } from "cac";
import { classifyCommand } from "./classify-command.js";
import { serveCommand } from "./serve-command.js";

const cli = cac("hotel-intent");
/** The package's version, from the package.json beside src/ and dist/. */
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

const topK = (value: unknown) => parseNumberFlag({ name: "top-k", value, integer: true, min: 0, max: 39 });
const threshold = (value: unknown) => parseNumberFlag({ name: "threshold", value, min: 0, max: 1 });

cli
  .command("classify [text]", "Print the intent of a guest message as JSON (one line per message)")
  .option("--input <file>", "classify every line of a JSONL (text, input_text or item.input_text) or plain-text file")
  .option("--model-dir <dir>", "an embedded model folder (default: the model bundled in the package)")
  .option("--provider <name>", "local (the embedded model, offline) or openai (needs OPENAI_API_KEY and the openai package)", { default: "local" })
  .option("--model <id>", "with --provider openai: the model, e.g. the fine-tuned ft:gpt-4o-mini-2024-07-18:... id")
  .option("--prompt <style>", "with --provider openai: compact (fine-tuned models) or full (base models); default by model")
  .option("--top-k <n>", "alternatives after the top intent", { default: "3" })
  .option("--threshold <p>", "abstain (intent null) below this confidence", { default: "0" })
  .option("--json", "one JSON line per message on stdout (classify's only output format; accepted like on every command)")
  .option("--quiet", "print nothing but the predictions and errors (classify prints nothing else)")
  .example('hotel-intent classify "our flight is not until 9pm, can we keep the room?"')
  .example('hotel-intent classify --provider openai --model ft:gpt-4o-mini-2024-07-18:acme:hotel-intent:AbC123 "can we keep the room?"')
  .example("hotel-intent classify --input messages.jsonl > predictions.jsonl")
  .action(
    (
      text: string | undefined,
      options: { input?: string; modelDir?: string; provider: string; model?: string; prompt?: string; topK: string; threshold: string },
    ) =>
      classifyCommand({
        text,
        input: options.input,
        modelDir: options.modelDir,
        provider: options.provider,
        model: options.model,
        prompt: options.prompt,
        topK: topK(options.topK),
        threshold: threshold(options.threshold),
      }),
  );

cli
  .command("serve", "Serve the classifier over HTTP: POST /v1/classify, OpenAI-compatible POST /v1/chat/completions, GET /healthz")
  .option("--port <n>", "port to listen on (0 picks a free one)", { default: "8040" })
  .option("--host <address>", "address to listen on (0.0.0.0 for every interface: set --api-key then)", { default: "127.0.0.1" })
  .option("--api-key <key>", "require authorization: Bearer KEY on every request but /healthz (default: HOTEL_INTENT_API_KEY)")
  .option("--max-connections <n>", "most connections open at once; more get a 503", { default: "1000" })
  .option("--model-dir <dir>", "an embedded model folder (default: the model bundled in the package)")
  .option("--top-k <n>", "alternatives after the top intent", { default: "3" })
  .option("--threshold <p>", 'abstain (intent null, chat answer "0") below this confidence', { default: "0" })
  .option("--body-limit <bytes>", "largest request body", { default: "1048576" })
  .option("--json", 'print {"url": ...} on stdout once listening, instead of "listening on URL"')
  .option("--quiet", "print nothing but errors (no listening and stopped lines)")
  .example("hotel-intent serve --port 8040")
  .example("hotel-intent serve --port 0 --json   # prints the free port it picked")
  .example("curl -s localhost:8040/v1/classify -H 'content-type: application/json' -d '{\"text\":\"can we keep the room until 3?\"}'")
  .action(
    (options: {
      port: string;
      host: string;
      apiKey?: string;
      maxConnections: string;
      modelDir?: string;
      topK: string;
      threshold: string;
      bodyLimit: string;
      json?: boolean;
      quiet?: boolean;
    }) =>
      serveCommand({
        port: parseNumberFlag({ name: "port", value: options.port, integer: true, min: 0, max: 65_535 }),
        host: options.host,
        modelDir: options.modelDir,
        topK: topK(options.topK),
        threshold: threshold(options.threshold),
        bodyLimit: parseNumberFlag({ name: "body-limit", value: options.bodyLimit, integer: true, min: 1 }),
        maxConnections: parseNumberFlag({ name: "max-connections", value: options.maxConnections, integer: true, min: 1 }),
        apiKey: options.apiKey,
        write: (line) => {
          if (options.json) process.stdout.write(`${JSON.stringify({ url: line.replace(/^listening on /, "").trim() })}\n`);
          else if (!options.quiet) process.stdout.write(line);
        },
        log: (line) => {
          if (!options.quiet) process.stderr.write(line);
        },
      }),
  );

cli.example('hotel-intent classify "the kids are still asleep, no rush for us to leave is there?"');
cli.example("hotel-intent serve --port 8040");
cli.help(helpSummary({ cli, summary: "classify what hotel guests mean into 40 intents, offline (commands: classify, serve)" }));
cli.version(version);
await runCli(cli);
