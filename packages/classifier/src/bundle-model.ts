import { join } from "node:path";
import { copyLinearModel } from "@hotel-intent/model";
import { HotelIntentError, loadConfig, type ProjectPaths, readJson, reportSummarySchema } from "@hotel-intent/shared";

/** The evaluated model's accuracy on the test split is below `classifier.minAccuracy`: the package keeps the model it had. */
export class BelowMinimumError extends HotelIntentError {
  readonly accuracy: number;
  readonly minAccuracy: number;
  constructor({ accuracy, minAccuracy, configFile }: { accuracy: number; minAccuracy: number; configFile: string }) {
    super(
      "E_BELOW_MINIMUM",
      `refusing to bundle the model: its test accuracy ${(accuracy * 100).toFixed(1)}% is below classifier.minAccuracy ${(minAccuracy * 100).toFixed(1)}% in ${configFile}`,
    );
    this.accuracy = accuracy;
    this.minAccuracy = minAccuracy;
  }
}

export interface BundleModelOptions {
  /** Where the project's stages read and write (`projectPaths()`). */
  paths: ProjectPaths;
  /** The folder the model is copied into, `model/` of the classifier package. */
  target: string;
}

/**
 * Copies the embedded model from `datasets/models/local/` into the package, after checking its evals report
 * (`datasets/reports/local-test/report.json`) against `classifier.minAccuracy`. Below it, throws {@link BelowMinimumError}
 * and leaves the target untouched.
 */
export async function bundleModel({ paths, target }: BundleModelOptions): Promise<{ accuracy: number; count: number }> {
  const { minAccuracy } = (await loadConfig({ file: paths.config })).classifier;
  const report = await readJson({ file: join(paths.reports, "local-test", "report.json"), schema: reportSummarySchema, missingHint: "run `pnpm evals` first" });
  if (report.metrics.accuracy < minAccuracy) throw new BelowMinimumError({ accuracy: report.metrics.accuracy, minAccuracy, configFile: paths.config });
  await copyLinearModel({ from: paths.localModel, to: target });
  return { accuracy: report.metrics.accuracy, count: report.metrics.count };
}
