import { HotelIntentError, UsageError } from "@hotel-intent/shared";
import { parseCountFlag, parseMaxCostFlag, refuseOpenAIFlags, runInterruptible } from "@hotel-intent/shared/openai";
import { createProgress } from "@hotel-intent/shared/progress";
import type { Command } from "cac";
import { runOpenAIEvals } from "./run-openai-evals.js";

/** Flags of `evals --provider openai`, as cac parses them. */
export interface OpenAIEvalsFlags {
  dataset?: string;
  name?: string;
  modelDir?: string;
  benchmark?: boolean;
  json?: boolean;
  quiet?: boolean;
  models?: string;
  method?: string;
  limit?: string;
  concurrency?: string;
  maxCost?: string;
  yes?: boolean;
}

/** Adds the `--provider openai` flags to the evals command. */
export function withOpenAIEvalsOptions(command: Command): Command {
  return command
    .option("--models <ids>", "openai: models separated by commas; fine-tuned = the model in job.json (default: fine-tuned,gpt-4o-mini,gpt-4.1)")
    .option("--method <name>", "openai: chat (chat completions through the local harness, the default), evals-api (the OpenAI Evals API) or both")
    .option("--limit <n>", "openai: only the first N messages of each set (a cheap trial)")
    .option("--concurrency <n>", "openai: chat requests in flight at once (default: 8)")
    .option("--max-cost <dollars>", "openai: ask before spending more than this (default: config openai.maxCost, 5)")
    .option("--yes", "openai: do not ask about the cost")
    .example("pnpm evals --provider openai --benchmark --yes")
    .example("pnpm evals --provider openai --models fine-tuned,gpt-4.1 --method both");
}

const usage = (message: string) => new UsageError(message);

const OPENAI_ONLY = ["models", "method", "limit", "concurrency", "maxCost", "yes"] as const;

/** Refuses OpenAI-only flags given to the local provider, which would otherwise be silently ignored. */
export function assertNoOpenAIFlags(flags: OpenAIEvalsFlags): void {
  refuseOpenAIFlags({ flags, names: OPENAI_ONLY });
}

/** `evals --provider openai`: evaluates the models, prints one line (or JSON) per report, and returns the exit code (130 after Ctrl-C). */
export async function openaiEvalsCommand(flags: OpenAIEvalsFlags, write: (text: string) => void = (text) => process.stdout.write(text)): Promise<number> {
  if (flags.name !== undefined || flags.modelDir !== undefined)
    throw usage("--name and --model-dir go with --provider local (OpenAI reports are named openai-<model>-<dataset>)");
  const method = flags.method ?? "chat";
  if (method !== "chat" && method !== "evals-api" && method !== "both") throw usage(`--method must be chat, evals-api or both, got ${method}`);
  const maxCost = parseMaxCostFlag(flags.maxCost);
  const models = (flags.models === undefined ? undefined : String(flags.models))
    ?.split(",")
    .map((model) => model.trim())
    .filter(Boolean);
  const progress = createProgress({ quiet: flags.quiet || flags.json });
  return runInterruptible(async (signal) => {
    const { reports, comparison } = await runOpenAIEvals({
      models,
      dataset: flags.dataset,
      benchmark: flags.benchmark,
      method,
      limit: parseCountFlag("limit", flags.limit),
      concurrency: parseCountFlag("concurrency", flags.concurrency),
      maxCost,
      yes: flags.yes,
      signal,
      progress,
      log: (line) => progress.log(line),
    });
    for (const { report, dir } of reports) {
      const { accuracy, macroF1, count, errors } = report.metrics;
      const cost = report.cost?.usdPer1000Messages;
      if (flags.json)
        write(
          `${JSON.stringify({ name: report.name, dir, model: report.model, method: report.api?.method, count, accuracy, macroF1, errors, cost: report.cost })}\n`,
        );
      else if (!flags.quiet) {
        write(
          `evals ${report.name}: accuracy ${(accuracy * 100).toFixed(1)}% on ${count} messages${errors ? ` (${errors} errors)` : ""}, macro-F1 ${macroF1.toFixed(3)}, ` +
            `${cost === null || cost === undefined ? "cost unknown" : `$${cost.toFixed(4)} per 1,000 messages`} -> ${dir}/report.html\n`,
        );
      }
    }
    if (!flags.json && !flags.quiet) write(`evals comparison: ${comparison}/comparison.md\n`);
  });
}
