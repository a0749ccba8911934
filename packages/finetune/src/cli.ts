#!/usr/bin/env node
import { runMain } from "@hotel-intent/shared";
import { cac } from "cac";
import { runLocalFinetune } from "./local/run-local-finetune.js";

const cli = cac("finetune");

cli
  .command("", "Train a model on datasets/generated: the embedded CPU model goes to datasets/models/local")
  .option("--provider <name>", "local (the embedded model, offline) or openai", { default: "local" })
  .option("--data <dir>", "folder of train.jsonl and validation.jsonl (default: datasets/generated)")
  .option("--out <dir>", "where the model goes (default: datasets/models/local)")
  .option("--seed <n>", "training seed (default: config finetune.local.train.seed, 42)")
  .option("--json", "print the result as JSON on stdout")
  .option("--quiet", "print nothing but errors")
  .example("pnpm finetune")
  .action((options: { provider: string; data?: string; out?: string; seed?: string; json?: boolean; quiet?: boolean }) =>
    runMain(async () => {
      if (options.provider !== "local") throw new Error(`unknown provider ${JSON.stringify(options.provider)} (use local)`);
      const seed = options.seed === undefined ? undefined : Number(options.seed);
      if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${options.seed}`);
      const progress = !options.quiet && !options.json;
      const result = await runLocalFinetune({
        dataDir: options.data,
        outDir: options.out,
        train: seed === undefined ? {} : { seed },
        onEpoch: progress
          ? (record) =>
              process.stderr.write(
                `epoch ${record.epoch}: train loss ${record.trainLoss.toFixed(4)}, validation accuracy ${record.validationAccuracy === null ? "n/a" : (record.validationAccuracy * 100).toFixed(1)}%\n`,
              )
          : undefined,
      });
      const { history, ...summary } = result;
      if (options.json) process.stdout.write(`${JSON.stringify({ ...summary, history })}\n`);
      else if (!options.quiet) {
        process.stdout.write(
          `finetune: ${summary.features} features, best epoch ${summary.bestEpoch}, validation accuracy ${summary.validationAccuracy === null ? "n/a" : `${(summary.validationAccuracy * 100).toFixed(1)}%`}, ${summary.seconds.toFixed(1)} s -> ${summary.outDir}\n`,
        );
      }
    }),
  );

cli.help();
cli.parse();
