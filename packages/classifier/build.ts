import { rm } from "node:fs/promises";
import { build } from "esbuild";

/** Bundles the runtime and the CLI, with everything they import from the workspace, into ESM under dist/. */
await rm("dist", { recursive: true, force: true });
await build({
  entryPoints: { index: "src/index.ts", cli: "src/cli.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  conditions: ["source"],
  sourcemap: false,
  legalComments: "none",
  banner: { js: "import { createRequire as __hotelIntentCreateRequire } from 'node:module'; const require = __hotelIntentCreateRequire(import.meta.url);" },
  logLevel: "warning",
});
