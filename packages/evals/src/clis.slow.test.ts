import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Every command-line entry of the repository, as the root package.json scripts run them. */
const CLIS: Record<string, string> = {
  datagen: "packages/datagen/src/cli.ts",
  finetune: "packages/finetune/src/cli.ts",
  evals: "packages/evals/src/cli.ts",
  bench: "packages/evals/src/bench/cli.ts",
  "hotel-intent": "packages/classifier/src/cli.ts",
  "bench:serve": "packages/classifier/bench/cli.ts",
};

async function run(file: string, args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--conditions=source", "--import", "tsx", file, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("every CLI", () => {
  it.each(Object.entries(CLIS))("%s answers an unknown flag with one line on stderr and exit code 2", async (name, file) => {
    const args = name === "hotel-intent" ? ["classify", "--bogus", "hi"] : ["--bogus"];
    const { code, stdout, stderr } = await run(file, args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`error: unknown option --bogus (see ${name} --help)\n`);
  });

  it("hotel-intent answers --version, --help, no arguments and an unknown command", async () => {
    const file = CLIS["hotel-intent"] as string;
    expect((await run(file, ["--version"])).stdout).toMatch(/^hotel-intent\/\d+\.\d+\.\d+/);
    expect((await run(file, ["--help"])).stdout).toContain("Usage:");
    expect((await run(file, [])).stdout).toContain("Usage:");
    expect(await run(file, ["bogus"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'error: unknown command "bogus" (commands: classify, serve) (see hotel-intent --help)\n',
    });
    expect((await run(file, ["classify", "--threshold", "2", "hi"])).stderr).toBe(
      'error: --threshold must be a number from 0 to 1, got "2" (see hotel-intent --help)\n',
    );
  });
});
