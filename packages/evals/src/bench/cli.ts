#!/usr/bin/env node
import { HotelIntentError, helpSummary, runCli, UsageError } from "@hotel-intent/shared";
import { cac } from "cac";
import { runBench } from "./run-bench.js";

const cli = cac("bench");

cli
  .command(
    "",
    "Train the embedded model and its peers (nlp.js, fastText) on the same data; score them on the test split (and its two parts), dev-blind, vague-dev and VagueIntent-Eval; then the learning curve",
  )
  .option("--embedded-only", "skip the peer baselines")
  .option("--curve <list>", "paraphrases per VagueIntent-Train line for the learning curve (comma-separated, all = every one; none skips it)", {
    default: "0,5,10,20,all",
  })
  .option("--json", "print the result as JSON on stdout")
  .option("--quiet", "print nothing but errors (the results are still written to datasets/reports/bench)")
  .example("pnpm bench")
  .example("pnpm bench --embedded-only --quiet")
  .action(async (options: { embeddedOnly?: boolean; curve: string; json?: boolean; quiet?: boolean }) => {
    const { result, markdown, dir } = await runBench({ embeddedOnly: options.embeddedOnly, curve: parseCurve(String(options.curve)) });
    if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else if (!options.quiet) process.stdout.write(`${markdown}\n(written to ${dir}/bench.{md,json})\n`);
  });

/** `0,5,all` -> [0, 5, Infinity]; `none` -> []. */
function parseCurve(list: string): number[] {
  if (list === "none") return [];
  return list.split(",").map((item) => {
    const value = item.trim() === "all" ? Number.POSITIVE_INFINITY : Number(item);
    if (!(value >= 0) || (Number.isFinite(value) && !Number.isInteger(value))) {
      throw new UsageError(`--curve takes whole numbers and "all", comma-separated, or "none"; got ${JSON.stringify(item)}`);
    }
    return value;
  });
}

cli.help(helpSummary({ cli }));
await runCli(cli);
