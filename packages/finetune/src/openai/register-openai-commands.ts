import { HotelIntentError, parseNumberFlag, UsageError } from "@hotel-intent/shared";
import { parseMaxCostFlag } from "@hotel-intent/shared/openai";
import type { CAC } from "cac";
import { FINETUNE_STEPS, type FinetuneStep, openaiFinetuneCommand } from "./openai-finetune-command.js";

export interface OpenAIFlags {
  provider: string;
  data?: string;
  out?: string;
  model?: string;
  epochs?: string;
  suffix?: string;
  maxCost?: string;
  yes?: boolean;
  newJob?: boolean;
  once?: boolean;
  json?: boolean;
  quiet?: boolean;
}

const usage = (message: string) => new UsageError(message);

/** Runs one `--provider openai` step from command-line flags; the exit code is 130 after Ctrl-C (the job keeps running). */
export async function runOpenAIStep(step: FinetuneStep, flags: OpenAIFlags): Promise<void> {
  if (flags.provider !== "openai") throw usage(`\`finetune ${step}\` is a step of --provider openai; the local provider is plain \`pnpm finetune\``);
  const epochs =
    flags.epochs === undefined || flags.epochs === "auto" ? flags.epochs : parseNumberFlag({ name: "epochs", value: flags.epochs, integer: true, min: 1 });
  process.exitCode = await openaiFinetuneCommand({
    step,
    dataDir: flags.data,
    outDir: flags.out,
    finetune: {
      ...(flags.model === undefined ? {} : { model: flags.model }),
      ...(epochs === undefined ? {} : { nEpochs: epochs as number | "auto" }),
      ...(flags.suffix === undefined ? {} : { suffix: flags.suffix }),
    },
    maxCost: parseMaxCostFlag(flags.maxCost),
    yes: flags.yes,
    newJob: flags.newJob,
    once: flags.once,
    json: flags.json,
    quiet: flags.quiet,
  });
}

const STEP_HELP: Record<FinetuneStep, string> = {
  upload: "OpenAI: build and validate the SFT files from train/validation and upload them (purpose fine-tune)",
  create: "OpenAI: state the estimated cost, then create the supervised job, once per training file",
  status: "OpenAI: follow the job with its events until it ends (Ctrl-C stops watching, not the job)",
  analyze: "OpenAI: download the result file; final loss and token accuracy, checkpoints, trained tokens and cost",
  all: "OpenAI: upload, create (or resume), follow and analyze",
};

/** Declares `finetune upload|create|status|analyze|all` (the OpenAI steps) on the CLI. */
export function registerOpenAICommands(cli: CAC): void {
  for (const step of FINETUNE_STEPS) {
    cli
      .command(step, STEP_HELP[step])
      .option("--provider <name>", "openai (the only provider with steps)", { default: "openai" })
      .option("--data <dir>", "folder of train.jsonl and validation.jsonl (default: datasets/generated)")
      .option("--out <dir>", "SFT files, job.json, analysis.json and result.csv (default: datasets/models/openai)")
      .option("--model <id>", "base model (default: config openai.finetune.model, gpt-4o-mini-2024-07-18)")
      .option("--epochs <n>", "n_epochs, or auto (default: config openai.finetune.nEpochs, 1)")
      .option("--suffix <text>", "fine-tuned model name suffix (default: config openai.finetune.suffix, hotel-intent)")
      .option("--max-cost <dollars>", "ask before spending more than this (default: config openai.maxCost, 5)")
      .option("--yes", "do not ask about the cost")
      .option("--new-job", "create a new job although the last one for this training file failed or was cancelled")
      .option("--once", "status: print the status once instead of waiting for the end")
      .option("--json", "print the result as JSON on stdout")
      .option("--quiet", "print nothing but errors")
      .example(`pnpm finetune --provider openai ${step}${step === "all" || step === "create" ? " --yes" : ""}`)
      .action((flags: OpenAIFlags) => runOpenAIStep(step, flags));
  }
}
