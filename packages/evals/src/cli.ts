#!/usr/bin/env node
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createLocalClassifier } from "@hotel-intent/classifier";
import { helpSummary, parseChoiceFlag, projectPaths, runCli } from "@hotel-intent/shared";
import { createProgress } from "@hotel-intent/shared/progress";
import { cac } from "cac";
import { assertNoOpenAIFlags, type OpenAIEvalsFlags, openaiEvalsCommand, withOpenAIEvalsOptions } from "./openai/openai-evals-command.js";
import { runLocalEvals } from "./run-local-evals.js";

const cli = cac("evals");

const evalsCommand = cli
  .command("", "Measure a model on a labelled set: datasets/reports/<name>/report.{json,md,html}")
  .option("--provider <name>", "local (the embedded model) or openai", { default: "local" })
  .option("--dataset <file>", "labelled JSONL in any of the three shapes (default: the test split)")
  .option("--model-dir <dir>", "embedded model folder (default: datasets/models/local)")
  .option("--name <name>", "report folder name under datasets/reports")
  .option("--benchmark", "also evaluate evalsets/dev-blind.jsonl and VagueIntent-Eval (when ../shared/seed-data has it); the pipeline does")
  .option("--json", "print the headline metrics as JSON on stdout")
  .option("--quiet", "print nothing but errors")
  .example("pnpm evals")
  .example("pnpm evals --dataset ../shared/seed-data/vagueintent-eval.jsonl")
  .example("pnpm --silent evals --benchmark --json > headline.jsonl");

withOpenAIEvalsOptions(evalsCommand).action(
  async (
    options: { provider: string; dataset?: string; modelDir?: string; name?: string; benchmark?: boolean; json?: boolean; quiet?: boolean } & OpenAIEvalsFlags,
  ) => {
    if (options.provider === "openai") {
      process.exitCode = await openaiEvalsCommand(options);
      return;
    }
    parseChoiceFlag({ name: "provider", value: options.provider, choices: ["local", "openai"] });
    assertNoOpenAIFlags(options);
    const runs = [{ dataset: options.dataset, name: options.name }];
    const paths = projectPaths();
    const dev = join(paths.root, "evalsets", "dev-blind.jsonl");
    const benchmark = paths.vagueIntentEval;
    if (options.benchmark && existsSync(dev)) runs.push({ dataset: dev, name: "local-dev-blind" });
    if (options.benchmark && existsSync(benchmark)) runs.push({ dataset: benchmark, name: "local-vagueintent-eval" });
    const classifier = await createLocalClassifier({ modelDir: options.modelDir ?? paths.localModel });
    for (const run of runs) {
      const { report, dir } = await runLocalEvals({ ...run, modelDir: options.modelDir, classifier, progress: createProgress({ quiet: options.quiet }) });
      const { accuracy, macroF1, count, ece } = report.metrics;
      if (options.json)
        process.stdout.write(
          `${JSON.stringify({ name: report.name, dir, html: join(dir, "report.html"), count, accuracy, macroF1, ece, latency: report.latency })}\n`,
        );
      else if (!options.quiet) {
        process.stdout.write(
          `evals ${report.name}: accuracy ${(accuracy * 100).toFixed(1)}% on ${count} messages, macro-F1 ${macroF1.toFixed(3)}, ` +
            `mean ${report.latency.meanUs.toFixed(1)} µs/message -> ${dir}/report.html\n`,
        );
      }
    }
  },
);

cli.help(helpSummary({ cli }));
await runCli(cli);
