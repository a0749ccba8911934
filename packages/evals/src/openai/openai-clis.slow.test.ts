import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readTeacherPrompt } from "@hotel-intent/datagen";
import { type FakeChatRequest, type FakeOpenAI, startFakeOpenAI } from "@hotel-intent/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PACKAGES = fileURLToPath(new URL("../../../", import.meta.url));
const WORDS = ["quiet", "river", "lamp", "window", "coffee", "train", "garden", "blanket", "tuesday", "sister", "parking", "morning", "balcony", "umbrella"];

/** The fake teacher: distinct messages that name their intent as "(about N)". */
function teacher(request: FakeChatRequest): string {
  const { intent, count } = readTeacherPrompt(request.messages[1]?.content ?? "");
  const seed = Number(request.body.seed);
  const messages = Array.from({ length: count }, (_, index) => {
    const pick = (offset: number) => WORDS[(seed * 7 + index * 5 + offset * 3) % WORDS.length];
    return { text: `${pick(1)} ${pick(2)} ${pick(3)} note ${seed}-${index} ${pick(4)} (about ${intent})`, voice: "solo", stage: "during" };
  });
  return JSON.stringify({ messages });
}

/** Every model's answer: right unless the message's number is a multiple of 3 (then the next intent); gpt-4.1 is always right. */
function classify(model: string, text: string): string {
  const intent = Number(/\(about (\d+)\)/.exec(text)?.[1]);
  const note = Number(/note \d+-(\d+)/.exec(text)?.[1]);
  return String(model !== "gpt-4.1" && note % 3 === 0 ? (intent % 40) + 1 : intent);
}

let server: FakeOpenAI;
let root = "";
beforeAll(async () => {
  server = await startFakeOpenAI({
    chat: (request) => (request.schemaName === "guest_messages" ? teacher(request) : classify(request.model, request.messages.at(-1)?.content ?? "")),
    jobStatuses: ["validating_files", "queued", "running", "running", "running", "running", "succeeded"],
  });
  root = await mkdtemp(join(tmpdir(), "hotel-intent-cli-"));
  await writeFile(join(root, "pnpm-workspace.yaml"), "packages: []\n");
  await writeFile(join(root, "hotel-intent.config.json"), JSON.stringify({ openai: { pollSeconds: 0.2 } }));
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a package's CLI as `pnpm <stage>` does (tsx, source conditions), against the fake server. `stopWhen` sends SIGINT once stderr matches. */
function cli(pkg: string, args: string[], { stopWhen, signal = "SIGINT" }: { stopWhen?: RegExp; signal?: NodeJS.Signals } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", join(PACKAGES, pkg, "src/cli.ts"), ...args], {
      cwd: join(PACKAGES, "evals"),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, HOTEL_INTENT_ROOT: root, OPENAI_API_KEY: server.apiKey, OPENAI_BASE_URL: server.baseURL, CI: "1" },
    });
    let stdout = "";
    let stderr = "";
    let sent = false;
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
      if (stopWhen && !sent && stopWhen.test(stderr)) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const jobsCreated = () =>
  server.requests.filter((request) => request.method === "POST" && request.path === "/v1/fine_tuning/jobs" && request.status === 200).length;

describe("the openai provider of every CLI, against an OpenAI-compatible endpoint", () => {
  it("datagen --provider openai writes the splits from the teacher", async () => {
    const ran = await cli("datagen", ["--provider", "openai", "--intents", "7,10,17,25", "--per-intent", "20", "--yes"]);
    expect(ran.stderr).not.toContain("error");
    expect(ran.code).toBe(0);
    const manifest = JSON.parse(await readFile(join(root, "datasets/generated/manifest.json"), "utf8"));
    expect(manifest.provider).toBe("openai");
    expect(manifest.splits.train.count + manifest.splits.validation.count + manifest.splits.test.count).toBe(80);
  }, 60_000);

  it("finetune --provider openai all: Ctrl-C while polling keeps the job, a kill -9 too, and reruns create no second job", async () => {
    const interrupted = await cli("finetune", ["--provider", "openai", "all", "--yes"], { stopWhen: /created the fine-tuning job/ });
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toContain("the remote work keeps running");
    expect(jobsCreated()).toBe(1);
    const killed = await cli("finetune", ["--provider", "openai", "status"], { stopWhen: /: training/, signal: "SIGKILL" });
    expect(killed.code).toBeNull();
    const finished = await cli("finetune", ["--provider", "openai", "all", "--yes"]);
    expect(finished.code).toBe(0);
    expect(finished.stderr).toContain("already exists for this training file");
    expect(finished.stdout).toMatch(/finetune: resumed ft:gpt-4o-mini-2024-07-18:fake-org:hotel-intent:\w+/);
    expect(jobsCreated()).toBe(1);
  }, 90_000);

  it("evals --provider openai reports the accuracies the answers imply, and classify uses the fine-tuned model", async () => {
    const state = JSON.parse(await readFile(join(root, "datasets/models/openai/job.json"), "utf8"));
    const fineTuned = state.jobs[state.current].fineTunedModel as string;
    const ran = await cli("evals", ["--provider", "openai", "--yes", "--json"]);
    expect(ran.code).toBe(0);
    const lines = ran.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const test = (await readFile(join(root, "datasets/generated/test.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { text: string; intent: number });
    const implied = (model: string) => test.filter((row) => Number(classify(model, row.text)) === row.intent).length / test.length;
    expect(lines.map((line) => [line.model, line.accuracy])).toEqual([
      [fineTuned, implied(fineTuned)],
      ["gpt-4o-mini", implied("gpt-4o-mini")],
      ["gpt-4.1", 1],
    ]);
    expect(implied(fineTuned)).toBeLessThan(1);
    const classified = await cli("classifier", ["classify", "--provider", "openai", "--model", fineTuned, "quiet lamp note 1-1 river (about 17)"]);
    expect(classified.code).toBe(0);
    expect(JSON.parse(classified.stdout)).toMatchObject({ intent: 17, confidence: null, alternatives: [] });
  }, 90_000);
});
