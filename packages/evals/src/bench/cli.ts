#!/usr/bin/env node
import { helpSummary, runMain } from "@hotel-intent/shared";
import { cac } from "cac";
import { runBench } from "./run-bench.js";

const cli = cac("bench");

cli
  .command("", "Train the embedded model and its peers (nlp.js, fastText) on the same data; score them on the test split and VagueIntent-Eval")
  .option("--embedded-only", "skip the peer baselines")
  .option("--json", "print the result as JSON on stdout")
  .option("--quiet", "print nothing but errors (the results are still written to datasets/reports/bench)")
  .example("pnpm bench")
  .example("pnpm bench --embedded-only --quiet")
  .action((options: { embeddedOnly?: boolean; json?: boolean; quiet?: boolean }) =>
    runMain(async () => {
      const { result, markdown, dir } = await runBench({ embeddedOnly: options.embeddedOnly });
      if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else if (!options.quiet) process.stdout.write(`${markdown}\n(written to ${dir}/bench.{md,json})\n`);
    }),
  );

cli.help(helpSummary({ cli }));
cli.parse();
