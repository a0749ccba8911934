#!/usr/bin/env node
import { helpSummary, parseChoiceFlag, parseNumberFlag, runCli } from "@hotel-intent/shared";
import { createProgress } from "@hotel-intent/shared/progress";
import { cac } from "cac";
import { runLocalFinetune } from "./local/run-local-finetune.js";
import { registerOpenAICommands, runOpenAIStep } from "./openai/register-openai-commands.js";
import { writeTrainingReports } from "./report/write-training-reports.js";

const cli = cac("finetune");

cli
  .command("", "Train a model on datasets/generated: the embedded CPU model goes to datasets/models/local")
  .option("--provider <name>", "local (the embedded model, offline) or openai (the same as `finetune --provider openai all`)", { default: "local" })
  .option("--yes", "openai: do not ask about the cost")
  .option("--max-cost <dollars>", "openai: ask before spending more than this (default: config openai.maxCost, 5)")
  .option("--data <dir>", "folder of train.jsonl and validation.jsonl (default: datasets/generated)")
  .option("--out <dir>", "where the model goes (default: datasets/models/local)")
  .option("--seed <n>", "training seed (default: config finetune.local.train.seed, 42)")
  .option("--json", "print the result as JSON on stdout")
  .option("--quiet", "print nothing but errors")
  .example("pnpm finetune")
  .example("pnpm finetune --seed 7 --out /tmp/model-seed-7")
  .example("pnpm --silent finetune --json > training.json")
  .action(
    async (options: { provider: string; data?: string; out?: string; seed?: string; json?: boolean; quiet?: boolean; yes?: boolean; maxCost?: string }) => {
      if (options.provider === "openai") return runOpenAIStep("all", options);
      parseChoiceFlag({ name: "provider", value: options.provider, choices: ["local", "openai"] });
      const seed = parseNumberFlag({ name: "seed", value: options.seed, integer: true });
      const result = await runLocalFinetune({
        dataDir: options.data,
        outDir: options.out,
        train: seed === undefined ? {} : { seed },
        progress: createProgress({ quiet: options.quiet, intervalMs: 0 }),
      });
      const { history, ...summary } = result;
      if (options.json) process.stdout.write(`${JSON.stringify({ ...summary, history })}\n`);
      else if (!options.quiet) {
        process.stdout.write(
          `finetune: ${summary.features} features, best epoch ${summary.bestEpoch}, validation accuracy ${summary.validationAccuracy === null ? "n/a" : `${(summary.validationAccuracy * 100).toFixed(1)}%`}, ${summary.seconds.toFixed(1)} s -> ${summary.outDir} (charts: ${summary.trainingReport})\n`,
        );
      }
    },
  );

cli
  .command("report", "Write training-report.html (loss and accuracy per epoch or step) in every model folder with a training history")
  .option("--dir <dir>", "one model folder (default: datasets/models/local and datasets/models/openai)")
  .option("--json", "print the files written as JSON on stdout")
  .option("--quiet", "print nothing but errors")
  .example("pnpm finetune report")
  .example("pnpm finetune report --dir datasets/models/openai")
  .action(async (options: { dir?: string; json?: boolean; quiet?: boolean }) => {
    const files = await writeTrainingReports({ dirs: options.dir === undefined ? undefined : [options.dir] });
    if (options.json) process.stdout.write(`${JSON.stringify({ files })}\n`);
    else if (!options.quiet) process.stdout.write(files.map((file) => `finetune report: ${file}\n`).join(""));
  });

registerOpenAICommands(cli);

cli.help(helpSummary({ cli }));
await runCli(cli);
