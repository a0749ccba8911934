#!/usr/bin/env node
import { runMain } from "@hotel-intent/shared";
import { cac } from "cac";
import { runBench } from "./run-bench.js";

const cli = cac("bench");

cli
  .command("", "Train the embedded model and its peers (nlp.js, fastText) on the same data; score them on the test split and VagueIntent-Eval")
  .option("--embedded-only", "skip the peer baselines")
  .option("--json", "print the result as JSON on stdout")
  .example("pnpm bench")
  .action((options: { embeddedOnly?: boolean; json?: boolean }) =>
    runMain(async () => {
      const { result, markdown, dir } = await runBench({ embeddedOnly: options.embeddedOnly });
      process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : `${markdown}\n(written to ${dir}/bench.{md,json})\n`);
    }),
  );

cli.help();
cli.parse();
