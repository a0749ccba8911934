import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HotelIntentError, loadConfig, projectPaths, readJson, runMain, writeFileAtomic } from "@hotel-intent/shared";
import { z } from "zod";

const reportSchema = z.object({ name: z.string(), metrics: z.object({ accuracy: z.number(), count: z.number() }) });

/** The pipeline's last stage: bundle the evaluated embedded model into this package, if it is good enough, and build. */
runMain(async () => {
  const paths = projectPaths();
  const { minAccuracy } = (await loadConfig({ file: paths.config })).classifier;
  const report = await readJson({ file: join(paths.reports, "local-test", "report.json"), schema: reportSchema, missingHint: "run `pnpm evals` first" });
  if (report.metrics.accuracy < minAccuracy) {
    throw new HotelIntentError(
      "E_BELOW_MINIMUM",
      `refusing to bundle the model: its test accuracy ${(report.metrics.accuracy * 100).toFixed(1)}% is below classifier.minAccuracy ${(minAccuracy * 100).toFixed(1)}% in ${paths.config}`,
    );
  }
  const packageDir = fileURLToPath(new URL("..", import.meta.url));
  const target = join(packageDir, "model");
  for (const file of ["weights.bin", "model.json"]) await writeFileAtomic({ file: join(target, file), data: await readFile(join(paths.localModel, file)) });
  execFileSync(process.execPath, ["--import", "tsx", "build.ts"], { cwd: packageDir, stdio: "inherit" });
  process.stdout.write(`classifier: bundled the model (test accuracy ${(report.metrics.accuracy * 100).toFixed(1)}%) into ${target} and built dist/\n`);
});
