import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { trainFixtureModel } from "@hotel-intent/finetune/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { serveCommand } from "./serve-command.js";

const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));

let modelDir = "";
beforeAll(async () => {
  modelDir = await trainFixtureModel();
});

/** Starts `hotel-intent serve` from source as a child process and resolves with its URL once it listens. */
async function startCli(args: string[]): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", "src/cli.ts", "serve", ...args], { cwd: PACKAGE_DIR });
  let stdout = "";
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code} before listening: ${stderr}`)));
  });
  return { child, url, stderr: () => stderr };
}

describe("serveCommand", () => {
  it("serves until SIGTERM, then stops with exit code 0", async () => {
    const { child, url, stderr } = await startCli(["--port", "0", "--model-dir", modelDir]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${url}/v1/classify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "please bring more towels and shampoo" }),
    });
    expect(((await response.json()) as { prediction: { intent: number } }).prediction.intent).toBe(17);
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const [code] = await exited;
    expect(code).toBe(0);
    expect(stderr()).toContain("hotel-intent serve: stopped");
  });

  it("exits 2 with one clear line for a port out of range", async () => {
    const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", "src/cli.ts", "serve", "--port", "70000"], { cwd: PACKAGE_DIR });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(stderr).toBe('error: --port must be a whole number from 0 to 65535, got "70000" (see hotel-intent --help)\n');
  });

  it("stops when its signal aborts, after printing the URL", async () => {
    const controller = new AbortController();
    let printed = "";
    let logged = "";
    const running = serveCommand({
      port: 0,
      modelDir,
      signal: controller.signal,
      write: (line) => {
        printed += line;
        controller.abort();
      },
      log: (line) => (logged += line),
    });
    await running;
    expect(printed).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\n$/);
    expect(logged).toBe("hotel-intent serve: stopped\n");
  });

  it("says which command makes a missing model", async () => {
    await expect(serveCommand({ port: 0, modelDir: "/nonexistent/model", signal: AbortSignal.abort() })).rejects.toThrow(
      "no embedded model in /nonexistent/model",
    );
  });
});
