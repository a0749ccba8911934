import { join } from "node:path";
import { pipelineSummary, projectPaths, runMain } from "@hotel-intent/shared";
import { buildPackage, PACKAGE_DIR } from "./build/build-package.js";
import { bundleModel } from "./bundle-model.js";

/** The pipeline's last stage: bundle the evaluated embedded model into this package, if it is good enough, build, and print the summary. */
runMain(async () => {
  const target = join(PACKAGE_DIR, "model");
  const paths = projectPaths();
  const { accuracy } = await bundleModel({ paths, target });
  const { outDir } = await buildPackage();
  process.stdout.write(`classifier: bundled the model (test accuracy ${(accuracy * 100).toFixed(1)}%) into ${target} and built ${outDir}\n`);
  process.stdout.write(await pipelineSummary({ reportsDir: paths.reports }));
});
