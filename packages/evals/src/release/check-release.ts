import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { linearModelMetaSchema } from "@hotel-intent/model";
import { loadConfig, type ProjectPaths, readJson, reportSummarySchema } from "@hotel-intent/shared";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { z } from "zod";
import { documentResults } from "../docs/render-results-table.js";

export interface CheckReleaseOptions {
  paths: ProjectPaths;
  /** The registry the release publishes to, to refuse a version it already has. @default npm's configured registry */
  registry?: string | undefined;
}

const PACKAGE = "@hotel-intent/classifier";

/**
 * What stops a release of the classifier package: a bundled model that is not the evaluated one or is under
 * `classifier.minAccuracy`, README numbers that differ from the reports, a publint error or warning about `exports`,
 * `types` or `bin`, or a version the registry already has. Returns one line per problem; none means go.
 */
export async function checkRelease({ paths, registry }: CheckReleaseOptions): Promise<string[]> {
  const problems: string[] = [];
  const packageDir = join(paths.root, "packages", "classifier");
  const { minAccuracy } = (await loadConfig({ file: paths.config })).classifier;
  const report = await readJson({
    file: join(paths.reports, "local-test", "report.json"),
    schema: reportSummarySchema,
    missingHint: "run `pnpm run pipeline` first",
  });
  const bundled = await readJson({
    file: join(packageDir, "model", "model.json"),
    schema: linearModelMetaSchema,
    missingHint: "run `pnpm run pipeline` first",
  });
  const evaluated = await readJson({ file: join(paths.localModel, "model.json"), schema: linearModelMetaSchema, missingHint: "run `pnpm run pipeline` first" });
  if (JSON.stringify(bundled) !== JSON.stringify(evaluated))
    problems.push("the model in packages/classifier/model is not the one the reports measured; run `pnpm run pipeline`");
  if (report.metrics.accuracy < minAccuracy) {
    problems.push(
      `the model's test accuracy ${(report.metrics.accuracy * 100).toFixed(1)}% is under classifier.minAccuracy ${(minAccuracy * 100).toFixed(1)}%`,
    );
  }
  const documents = await documentResults({ root: paths.root, reportsDir: paths.reports });
  if (documents === undefined) problems.push("no reports to check the READMEs against; run `pnpm run pipeline`");
  for (const document of documents ?? []) if (document.stale) problems.push(`${document.name}: its results differ from the reports; run \`pnpm docs:results\``);
  const { messages, pkg } = await publint({ pkgDir: packageDir, level: "warning", pack: "pnpm" });
  for (const message of messages) problems.push(`publint: ${formatMessage(message, pkg, { color: false }) ?? message.code}`);
  const { version } = z.object({ version: z.string() }).parse(JSON.parse(await readFile(join(packageDir, "package.json"), "utf8")));
  if (await isPublished({ version, registry })) {
    problems.push(`${PACKAGE}@${version} is already published; record a change with \`pnpm changeset\` so that \`changeset version\` makes a new version`);
  }
  return problems;
}

/** Whether the registry has this version (npm view prints it), asked with npm as configured, or with `registry`. */
async function isPublished({ version, registry }: { version: string; registry: string | undefined }): Promise<boolean> {
  try {
    const { stdout } = await promisify(execFile)("npm", ["view", `${PACKAGE}@${version}`, "version", ...(registry ? ["--registry", registry] : [])]);
    return stdout.trim() === version;
  } catch (error) {
    if (/E404|404 Not Found|is not in this registry/.test(String((error as { stderr?: string }).stderr ?? error))) return false;
    throw error;
  }
}
