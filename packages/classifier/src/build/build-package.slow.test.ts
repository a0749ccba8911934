import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { trainFixtureModel } from "@hotel-intent/finetune/testing";
import { copyLinearModel } from "@hotel-intent/model";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { BuildError } from "./build-error.js";
import { buildPackage, PACKAGE_DIR } from "./build-package.js";

const run = promisify(execFile);
const ROOT = join(PACKAGE_DIR, "..", "..");
/** The child's environment without the npm_* variables pnpm sets for scripts, so npm runs as it would for a user. */
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith("npm_")));
const packSchema = z.object({ filename: z.string(), files: z.array(z.object({ path: z.string() })) });
const manifestSchema = z.looseObject({
  dependencies: z.record(z.string(), z.string()).optional(),
  devDependencies: z.unknown().optional(),
  scripts: z.unknown().optional(),
});

let packed: z.infer<typeof packSchema>;
let app = "";

/**
 * Builds the package into a temporary copy with a freshly trained fixture model (the real packages/classifier is never
 * written), packs it with pnpm as `pnpm release` publishes it (publishConfig applied), and installs the tarball with npm
 * into an empty folder with no workspace around it.
 */
beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), "hotel-intent-pack-"));
  const pkg = join(work, "package");
  const modelDir = await trainFixtureModel();
  await mkdir(join(pkg, "model"), { recursive: true });
  await copyLinearModel({ from: modelDir, to: join(pkg, "model") });
  await buildPackage({ outDir: join(pkg, "dist") });
  const { devDependencies, scripts, ...manifest } = manifestSchema.parse(JSON.parse(await readFile(join(PACKAGE_DIR, "package.json"), "utf8")));
  await writeFile(join(pkg, "package.json"), JSON.stringify(manifest, null, 2));
  await copyFile(join(PACKAGE_DIR, "README.md"), join(pkg, "README.md"));
  await copyFile(join(PACKAGE_DIR, "LICENSE"), join(pkg, "LICENSE"));
  const { stdout } = await run("pnpm", ["pack", "--json", "--pack-destination", work], { cwd: pkg, env });
  packed = packSchema.parse(JSON.parse(stdout));
  app = join(work, "app");
  await mkdir(app);
  await writeFile(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  await run("npm", ["install", "--no-audit", "--no-fund", packed.filename], { cwd: app, env });
}, 180_000);

describe("the packed package", () => {
  it("holds only the bundle, its declarations, the model, README, LICENSE, the third-party notices and package.json, and depends on nothing", async () => {
    const paths = packed.files.map((file) => file.path).sort();
    expect(paths).toEqual(
      expect.arrayContaining([
        "LICENSE",
        "README.md",
        "THIRD_PARTY_NOTICES.md",
        "dist/cli.js",
        "dist/index.d.ts",
        "dist/index.js",
        "model/model.json",
        "package.json",
      ]),
    );
    const notices = await readFile(join(app, "node_modules/@hotel-intent/classifier/THIRD_PARTY_NOTICES.md"), "utf8");
    for (const bundled of ["cac", "wink-porter2-stemmer", "zod"]) expect(notices).toMatch(new RegExp(`^## ${bundled} \\d+\\.\\d+\\.\\d+$`, "m"));
    expect(notices).toContain("Licence: MIT");
    expect(
      paths.filter(
        (path) =>
          !/^(dist\/[\w-]+\.(js|d\.ts)|model\/(model\.json|weights-[0-9a-f]{16}\.bin)|package\.json|README\.md|CHANGELOG\.md|LICENSE|THIRD_PARTY_NOTICES\.md)$/.test(
            path,
          ),
      ),
    ).toEqual([]);
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(app, "node_modules/@hotel-intent/classifier/package.json"), "utf8")));
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.exports).toEqual({ ".": { types: "./dist/index.d.ts", import: "./dist/index.js" }, "./package.json": "./package.json" });
  });

  it("classifies after `import { createClassifier } from '@hotel-intent/classifier'` in an empty folder", async () => {
    const script = [
      "import { createClassifier, InvalidMessageError } from '@hotel-intent/classifier';",
      "const classifier = await createClassifier();",
      "const prediction = await classifier.classify('we have four heavy suitcases, could someone bring them up?');",
      "const refused = await classifier.classify('   ').catch((error) => error instanceof InvalidMessageError);",
      "console.log(JSON.stringify({ intent: prediction.intent, label: prediction.label, refused }));",
    ].join("\n");
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: app, env });
    expect(JSON.parse(stdout)).toEqual({ intent: 10, label: "Request luggage assistance", refused: true });
  });

  it('prints a prediction for `npx hotel-intent classify "..."`', async () => {
    const { stdout } = await run("npx", ["--no-install", "hotel-intent", "classify", "the shampoo ran out and we need more towels"], { cwd: app, env });
    expect(JSON.parse(stdout)).toMatchObject({ intent: 17, label: "Request extra towels, toiletries, or pillows" });
  });

  it("types the API for a TypeScript user from dist/index.d.ts alone", async () => {
    const source = [
      "import { createClassifier, startServer, type Prediction } from '@hotel-intent/classifier';",
      "const classifier = await createClassifier({ topK: 2, threshold: 0.2 });",
      "const prediction: Prediction = await classifier.classify('more towels');",
      "const intent: number | null = prediction.intent;",
      "const server = await startServer({ classifier, port: 0 });",
      "await server.close({ graceMs: 100 });",
      "// @ts-expect-error topK is a number",
      "await createClassifier({ topK: '2' });",
      "// @ts-expect-error intent may be null",
      "const sure: number = prediction.intent;",
      "export { intent, sure };",
    ].join("\n");
    await writeFile(join(app, "check.ts"), source);
    const tsc = join(ROOT, "node_modules", ".bin", "tsc");
    const args = [
      "--noEmit",
      "--strict",
      "--module",
      "nodenext",
      "--target",
      "es2022",
      "--types",
      "node",
      "--typeRoots",
      join(ROOT, "node_modules", "@types"),
      "check.ts",
    ];
    const result = await run(tsc, args, { cwd: app, env }).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe("");
  });

  it("serves from the installed bin and stops on SIGTERM", async () => {
    const child = spawn(join(app, "node_modules", ".bin", "hotel-intent"), ["serve", "--port", "0"], { cwd: app, env });
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        stdout += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
      child.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const response = await fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "hotel-intent", messages: [{ role: "user", content: "could we keep the room until 3pm, our flight is late" }] }),
    });
    expect(((await response.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message.content).toBe("7");
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    expect((await exited)[0]).toBe(0);
  });
});

describe("buildPackage", () => {
  it("refuses to build without a model beside the output", async () => {
    const outDir = join(await mkdtemp(join(tmpdir(), "hotel-intent-nomodel-")), "dist");
    await expect(buildPackage({ outDir })).rejects.toThrow(BuildError);
    await expect(buildPackage({ outDir })).rejects.toThrow("run `pnpm run pipeline` first");
  });
});
