import { cac } from "cac";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "./run-cli.js";
import { UsageError } from "./usage-error.js";

function demo() {
  const cli = cac("demo");
  const ran: unknown[] = [];
  cli
    .command("greet [name]", "Say hello")
    .option("--loud", "shout")
    .action(async (name: string | undefined, options: { loud?: boolean; times?: string }) => {
      if (name === "nobody") throw new UsageError("nobody cannot be greeted");
      ran.push({ name, loud: options.loud });
    });
  cli.help();
  cli.version("1.2.3");
  return { cli, ran };
}

let stderr = "";
let stdout = "";
function capture() {
  stderr = "";
  stdout = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(console, "info").mockImplementation((...parts) => {
    stdout += `${parts.join(" ")}\n`;
  });
}
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe("runCli", () => {
  it("runs the matched command with its flags", async () => {
    const { cli, ran } = demo();
    capture();
    await runCli(cli, ["node", "demo", "greet", "ada", "--loud"]);
    expect(ran).toEqual([{ name: "ada", loud: true }]);
    expect(process.exitCode).toBeUndefined();
  });

  it.each([
    [["greet", "--bogus"], "error: unknown option --bogus (see demo --help)\n"],
    [["greet", "a", "b"], 'error: unexpected argument "b"; greet takes 1 (see demo --help)\n'],
    [["shout"], 'error: unknown command "shout" (commands: greet) (see demo --help)\n'],
    [["greet", "nobody"], "error: nobody cannot be greeted (see demo --help)\n"],
  ])("answers %j with one line on stderr and exit code 2", async (args, line) => {
    const { cli, ran } = demo();
    capture();
    await runCli(cli, ["node", "demo", ...args]);
    expect(stderr).toBe(line);
    expect(process.exitCode).toBe(2);
    expect(ran).toEqual([]);
  });

  it("prints the help with no command, and the version with --version", async () => {
    capture();
    await runCli(demo().cli, ["node", "demo"]);
    expect(stdout).toContain("Usage:");
    capture();
    await runCli(demo().cli, ["node", "demo", "--version"]);
    expect(stdout).toContain("demo/1.2.3");
    expect(process.exitCode).toBeUndefined();
  });
});
