import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { copyRepository } from "@hotel-intent/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const VERDACCIO = fileURLToPath(new URL("../../node_modules/verdaccio/bin/verdaccio", import.meta.url));
const run = promisify(execFile);
/** What a release needs beyond the tracked files: the pipeline's model, bundled model and reports. */
const BUILT = ["datasets/models/local", "datasets/reports", "packages/classifier/model"];
const ready = BUILT.every((path) => existsSync(join(ROOT, path)));
if (!ready) process.stderr.write("release.slow.test.ts: no pipeline outputs (run `pnpm run pipeline` first); the release test is skipped\n");

let work = "";
let copy = "";
let registry = "";
let verdaccio: ChildProcess | undefined;
const env = () => ({ ...process.env, npm_config_registry: registry, TURBO_TELEMETRY_DISABLED: "1", CI: "true" });

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A copy of the repository (tracked files and the pipeline's outputs) using its installed dependencies, and a throwaway registry. */
beforeAll(async () => {
  if (!ready) return;
  work = await mkdtemp(join(tmpdir(), "hotel-intent-release-"));
  copy = join(work, "repo");
  await mkdir(copy);
  await copyRepository({ root: ROOT, to: copy, skip: ["datasets/corpus/"] });
  for (const path of BUILT) await cp(join(ROOT, path), join(copy, path), { recursive: true });
  const storage = join(work, "registry");
  await mkdir(storage);
  await writeFile(
    join(storage, "config.yaml"),
    [
      "storage: ./storage",
      "auth:",
      "  htpasswd:",
      "    file: ./htpasswd",
      "packages:",
      "  '@hotel-intent/*':",
      "    access: $all",
      "    publish: $authenticated",
      "  '**':",
      "    access: $all",
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  const port = await freePort();
  registry = `http://127.0.0.1:${port}/`;
  verdaccio = spawn(process.execPath, [VERDACCIO, "--config", join(storage, "config.yaml"), "--listen", `127.0.0.1:${port}`], {
    cwd: storage,
    stdio: "ignore",
  });
  for (let attempt = 0; ; attempt++) {
    if ((await fetch(`${registry}-/ping`).catch(() => undefined))?.ok) break;
    if (attempt > 300) throw new Error("verdaccio did not start within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const created = await fetch(`${registry}-/user/org.couchdb.user:release-test`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "release-test", password: "release-test-password" }),
  });
  const { token } = (await created.json()) as { token: string };
  await writeFile(join(copy, ".npmrc"), `registry=${registry}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  await writeFile(join(copy, ".changeset", "release-test.md"), '---\n"@hotel-intent/classifier": minor\n---\n\nA release made by the release test.\n');
}, 300_000);

afterAll(async () => {
  verdaccio?.kill("SIGTERM");
  if (work) await rm(work, { recursive: true, force: true });
});

describe.skipIf(!ready)("pnpm release against a local registry", () => {
  it("publishes the bumped version, which installs in an empty folder, imports and classifies from npx", async () => {
    await run("pnpm", ["release"], { cwd: copy, env: env(), maxBuffer: 64 * 1024 * 1024 });
    const { version } = JSON.parse(await readFile(join(copy, "packages/classifier/package.json"), "utf8")) as { version: string };
    expect(version).not.toBe("0.0.0");
    expect(await readFile(join(copy, "packages/classifier/CHANGELOG.md"), "utf8")).toContain("A release made by the release test.");

    const app = join(work, "app");
    await mkdir(app);
    await writeFile(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    await run("npm", ["install", "--no-audit", "--no-fund", "@hotel-intent/classifier"], { cwd: app, env: env() });
    const installed = JSON.parse(await readFile(join(app, "node_modules/@hotel-intent/classifier/package.json"), "utf8")) as { version: string };
    expect(installed.version).toBe(version);
    const imported = await run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        "import { createClassifier } from '@hotel-intent/classifier'; const c = await createClassifier(); console.log((await c.classify('could someone help us carry four heavy suitcases to the room?')).intent);",
      ],
      { cwd: app, env: env() },
    );
    expect(imported.stdout.trim()).toBe("10");
    const { stdout } = await run("npx", ["hotel-intent", "classify", "our flight is at 9pm, could we keep the room until 3?"], { cwd: app, env: env() });
    expect(JSON.parse(stdout)).toMatchObject({ intent: 7 });
    expect((await run("npx", ["hotel-intent", "--version"], { cwd: app, env: env() })).stdout).toContain(`hotel-intent/${version}`);
  });

  it("refuses to publish the same version twice, saying why", async () => {
    const again = await run("pnpm", ["release"], { cwd: copy, env: env(), maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect((again as { code: number }).code).not.toBe(0);
    expect((again as { stderr: string }).stderr).toMatch(/@hotel-intent\/classifier@\d+\.\d+\.\d+ is already published; record a change with `pnpm changeset`/);
  });
});
