#!/usr/bin/env node
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { HotelIntentError, projectPaths, runCli, writeFileAtomic } from "@hotel-intent/shared";
import { cac } from "cac";
import { documentResults } from "./render-results-table.js";

const cli = cac("docs");
cli
  .command("", "Write the results tables of README.md and packages/classifier/README.md from the pipeline's reports")
  .option("--check", "change nothing; exit 1 when a table differs from the reports")
  .action(async (options: { check?: boolean }) => {
    const paths = projectPaths();
    const documents = await documentResults({ root: paths.root, reportsDir: paths.reports });
    if (documents === undefined) throw new HotelIntentError("E_MISSING_INPUT", "no reports yet: run `pnpm run pipeline` first");
    const stale = documents.filter((document) => document.stale).map((document) => document.name);
    if (!options.check) for (const document of documents.filter((d) => d.stale)) await writeFileAtomic({ file: document.file, data: document.updated });
    // the formatter aligns the tables as it does everywhere else in the repository
    if (!options.check && stale.length > 0)
      await promisify(execFile)(join(paths.root, "node_modules", ".bin", "biome"), ["format", "--write", ...stale], { cwd: paths.root });
    if (options.check && stale.length > 0)
      throw new HotelIntentError("E_STALE_DOCS", `${stale.join(", ")}: results differ from the reports; run \`pnpm docs:results\``);
    process.stdout.write(stale.length === 0 ? "docs: results tables are up to date\n" : `docs: rewrote ${stale.join(", ")}\n`);
  });
cli.help();
await runCli(cli);
