import { join } from "node:path";
import { projectPaths, runMain } from "@hotel-intent/shared";
import { buildPackage, PACKAGE_DIR } from "./build/build-package.js";
import { bundleModel } from "./bundle-model.js";

/** The pipeline's last stage: bundle the evaluated embedded model into this package, if it is good enough, and build. */
runMain(async () => {
  const target = join(PACKAGE_DIR, "model");
  const { accuracy } = await bundleModel({ paths: projectPaths(), target });
  const { outDir } = await buildPackage();
  process.stdout.write(`classifier: bundled the model (test accuracy ${(accuracy * 100).toFixed(1)}%) into ${target} and built ${outDir}\n`);
});
