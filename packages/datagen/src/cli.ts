#!/usr/bin/env node
import { helpSummary, parseChoiceFlag, parseNumberFlag, runCli } from "@hotel-intent/shared";
import { createProgress } from "@hotel-intent/shared/progress";
import { cac } from "cac";
import { assertNoOpenAIFlags, type OpenAIDatagenFlags, openaiDatagenCommand, withOpenAIDatagenOptions } from "./openai/openai-datagen-command.js";
import { runDatagen } from "./run-datagen.js";

const cli = cac("datagen");

const datagenCommand = cli
  .command("", "Write labelled vague guest messages: datasets/generated/{train,validation,test}.jsonl and manifest.json")
  .option("--provider <name>", "local (offline, from datasets/corpus) or openai", { default: "local" })
  .option("--seed <n>", "seed of every random choice (default: config datagen.seed, 42)")
  .option("--exclude <file>", "labelled file whose messages must never be generated (repeatable; default: VagueIntent-Eval)")
  .option("--out <dir>", "output folder (default: datasets/generated)")
  .option("--json", "print the manifest as JSON on stdout")
  .option("--quiet", "print nothing but errors")
  .example("pnpm datagen")
  .example("pnpm datagen --seed 7 --exclude my-benchmark.jsonl")
  .example("pnpm --silent datagen --json > manifest.json");

withOpenAIDatagenOptions(datagenCommand).action(
  async (options: { provider: string; seed?: string; exclude?: string | string[]; out?: string; json?: boolean; quiet?: boolean } & OpenAIDatagenFlags) => {
    if (options.provider === "openai") {
      process.exitCode = await openaiDatagenCommand(options);
      return;
    }
    parseChoiceFlag({ name: "provider", value: options.provider, choices: ["local", "openai"] });
    assertNoOpenAIFlags(options);
    const seed = parseNumberFlag({ name: "seed", value: options.seed, integer: true });
    const exclude = options.exclude === undefined ? undefined : [options.exclude].flat();
    const progress = createProgress({ quiet: options.quiet });
    const { manifest, outDir } = await runDatagen({ seed, exclude, outDir: options.out, log: (line) => progress.log(line), progress });
    if (options.json) process.stdout.write(`${JSON.stringify(manifest)}\n`);
    else if (!options.quiet) {
      const { train, validation, test } = manifest.splits;
      process.stdout.write(
        `datagen: ${train.count} train / ${validation.count} validation / ${test.count} test messages in ${outDir} ` +
          `(dropped ${manifest.dropped.duplicates} duplicates, ${manifest.dropped.nearDuplicates} near-duplicates, ${manifest.dropped.benchmarkMatches} benchmark matches)\n`,
      );
    }
  },
);

cli.help(helpSummary({ cli }));
await runCli(cli);
