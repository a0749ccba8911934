import { chmod, readFile, rm } from "node:fs/promises";
import { builtinModules } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadLinearModel } from "@hotel-intent/model";
import { HotelIntentError, writeFileAtomic } from "@hotel-intent/shared";
import { build } from "esbuild";
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";
import { z } from "zod";
import { BuildError } from "./build-error.js";
import { bundledPackages, NOTICES_FILE, renderNotices } from "./third-party-notices.js";

/** This package's folder. */
export const PACKAGE_DIR = fileURLToPath(new URL("../../", import.meta.url));

const manifestSchema = z.object({ peerDependencies: z.record(z.string(), z.string()).default({}) });
const sharedManifestSchema = z.object({ exports: z.record(z.string(), z.string()) });

export interface BuildPackageOptions {
  /** Where the built files go; the model must already be in `model/` beside it, where the runtime looks. @default this package's dist/ */
  outDir?: string;
}

/**
 * Builds the published package: `index.js` and `cli.js` (ESM, Node 20, with everything they use from the workspace
 * and from npm inlined, so that they need no dependency at run time) and one self-contained `index.d.ts`.
 * Refuses when there is no loadable model beside the output, so that a package is never built without one.
 */
export async function buildPackage({ outDir = join(PACKAGE_DIR, "dist") }: BuildPackageOptions = {}): Promise<{ outDir: string }> {
  const modelDir = join(dirname(resolve(outDir)), "model");
  try {
    await loadLinearModel({ dir: modelDir });
  } catch (error) {
    if (!(error instanceof HotelIntentError)) throw error;
    throw new BuildError(`the package needs a trained model in ${modelDir}; run \`pnpm run pipeline\` first (${error.message})`, { cause: error });
  }
  const manifest = manifestSchema.parse(JSON.parse(await readFile(join(PACKAGE_DIR, "package.json"), "utf8")));
  const external = Object.keys(manifest.peerDependencies);

  await rm(outDir, { recursive: true, force: true });
  const { metafile } = await build({
    entryPoints: { index: join(PACKAGE_DIR, "src/index.ts"), cli: join(PACKAGE_DIR, "src/cli.ts") },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    conditions: ["source"],
    external,
    minifySyntax: true,
    minifyWhitespace: true,
    sourcemap: false,
    legalComments: "none",
    banner: { js: "import { createRequire as __hotelIntentCreateRequire } from 'node:module'; const require = __hotelIntentCreateRequire(import.meta.url);" },
    logLevel: "warning",
    metafile: true,
  });
  // the licences of what was bundled travel with it, written beside package.json (in the published files)
  const packages = await bundledPackages({ inputs: Object.keys(metafile.inputs), workingDir: process.cwd() });
  await writeFileAtomic({ file: join(dirname(resolve(outDir)), NOTICES_FILE), data: renderNotices(packages) });
  await chmod(join(outDir, "cli.js"), 0o755);

  const declarations = join(outDir, "index.d.ts");
  const bundle = await rollup({
    input: join(PACKAGE_DIR, "src/index.ts"),
    plugins: [dts({ respectExternal: true, tsconfig: join(PACKAGE_DIR, "../../tsconfig.base.json"), compilerOptions: { paths: await workspacePaths() } })],
    external: (id) => id.startsWith("node:") || builtinModules.includes(id) || external.some((name) => id === name || id.startsWith(`${name}/`)),
  });
  await bundle.write({ file: declarations, format: "es" });
  await bundle.close();
  await checkDeclarations({ file: declarations, allowed: external });
  return { outDir };
}

/**
 * `paths` that send `@hotel-intent/shared` and `@hotel-intent/model` (and their subpath exports) straight to their sources. Through the pnpm symlink
 * TypeScript would take them for external libraries and the declaration bundler would make a program per file (3x slower).
 */
async function workspacePaths(): Promise<Record<string, string[]>> {
  const paths: Record<string, string[]> = {};
  for (const name of ["shared", "model"]) {
    const dir = join(PACKAGE_DIR, "..", name);
    const { exports } = sharedManifestSchema.parse(JSON.parse(await readFile(join(dir, "package.json"), "utf8")));
    for (const [subpath, file] of Object.entries(exports)) paths[`@hotel-intent/${name}${subpath.slice(1)}`] = [join(dir, file)];
  }
  return paths;
}

/** Fails the build when the bundled declarations import a module a user would not have (zod, a workspace package). */
async function checkDeclarations({ file, allowed }: { file: string; allowed: string[] }): Promise<void> {
  const text = await readFile(file, "utf8");
  const imported = [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1] as string);
  const foreign = imported.filter((id) => !id.startsWith("node:") && !allowed.some((name) => id === name || id.startsWith(`${name}/`)));
  if (foreign.length > 0) {
    throw new BuildError(`${file} imports ${[...new Set(foreign)].join(", ")}, which users of the package do not have; export plain types instead`);
  }
}
