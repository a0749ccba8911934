#!/usr/bin/env node
import { HotelIntentError, projectPaths, runCli } from "@hotel-intent/shared";
import { cac } from "cac";
import { checkRelease } from "./check-release.js";

const cli = cac("release-check");
cli
  .command("", "Refuse a release of @hotel-intent/classifier that would ship a wrong model, stale numbers or a broken package.json")
  .option("--registry <url>", "the registry to check the version against (default: npm's configured registry)")
  .action(async (options: { registry?: string }) => {
    const problems = await checkRelease({ paths: projectPaths(), registry: options.registry });
    if (problems.length > 0) throw new HotelIntentError("E_RELEASE", `refusing to release:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    process.stdout.write("release-check: the model, the README numbers and package.json are ready to publish\n");
  });
cli.help();
await runCli(cli);
