import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { trainFixtureModel } from "@hotel-intent/finetune/testing";
import { describe, expect, it } from "vitest";

const PACKAGE = new URL("../", import.meta.url).pathname;

/** A module hook that makes `openai` impossible to resolve, as for a user who did not install the optional peer. */
const BLOCK_OPENAI = `export async function resolve(specifier, context, next) {
  if (specifier === "openai" || specifier.startsWith("openai/")) {
    const error = new Error("Cannot find package 'openai' imported from " + context.parentURL);
    error.code = "ERR_MODULE_NOT_FOUND";
    throw error;
  }
  return next(specifier, context);
}`;

describe("createClassifier without the openai package", () => {
  it("classifies locally, and says to install openai when provider openai is asked for", async () => {
    const modelDir = await trainFixtureModel();
    const dir = await mkdtemp(join(tmpdir(), "hotel-intent-no-openai-"));
    await writeFile(join(dir, "block-openai.mjs"), BLOCK_OPENAI);
    await writeFile(
      join(dir, "register.mjs"),
      `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(join(dir, "block-openai.mjs")).href)});\n`,
    );
    const script = `
      import { createClassifier } from "./src/create-classifier.ts";
      const local = await createClassifier({ modelDir: ${JSON.stringify(modelDir)} });
      console.log(JSON.stringify({ local: (await local.classify("we have so many heavy suitcases, can someone carry them up?")).intent }));
      try { await createClassifier({ provider: "openai", model: "ft:x", apiKey: "k" }); } catch (error) { console.log(JSON.stringify({ code: error.code, message: error.message })); }`;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--conditions=source", "--import", join(dir, "register.mjs"), "--import", "tsx", "--input-type=module", "-e", script],
      { cwd: PACKAGE },
    );
    expect(
      stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual([{ local: 10 }, { code: "E_OPENAI_SDK_MISSING", message: 'the openai provider needs the "openai" package: npm install openai' }]);
  }, 30_000);
});
