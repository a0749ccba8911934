#!/usr/bin/env node
import { pipelineSummary, projectPaths, runMain } from "@hotel-intent/shared";

/** Prints the pipeline's headline numbers from the reports the evals stage wrote (the pipeline's last stage prints it too). */
runMain(async () => {
  process.stdout.write(await pipelineSummary({ reportsDir: projectPaths().reports }));
});
