import { runMain } from "@hotel-intent/shared";
import { buildPackage } from "./src/build/build-package.js";

/** `pnpm --filter @hotel-intent/classifier build`: dist/ from src/, beside the model in model/. */
runMain(async () => {
  const { outDir } = await buildPackage();
  process.stdout.write(`classifier: built ${outDir}\n`);
});
