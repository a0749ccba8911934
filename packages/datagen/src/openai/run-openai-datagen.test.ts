import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CostNotConfirmedError, FULL_SYSTEM_PROMPT, InterruptedError, OpenAIRateLimitError } from "@hotel-intent/shared";
import { usageCost } from "@hotel-intent/shared/openai";
import { type FakeChatRequest, type FakeOpenAI, type FakeOpenAIOptions, startFakeOpenAI } from "@hotel-intent/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runOpenAIDatagen } from "./run-openai-datagen.js";
import { readTeacherPrompt } from "./teacher-prompt.js";

const WORDS = [
  "quiet",
  "river",
  "lamp",
  "window",
  "coffee",
  "train",
  "garden",
  "blanket",
  "tuesday",
  "sister",
  "parking",
  "morning",
  "balcony",
  "umbrella",
  "jacket",
];
const BENCHMARK = "we land at midnight and honestly just want to know someone will still be at the desk";
let root = "";
let server: FakeOpenAI | undefined;

/** A teacher that writes `count` distinct messages per request; intent 7's first request repeats one and copies the benchmark. */
function teacher(request: FakeChatRequest): string {
  const { intent, count } = readTeacherPrompt(request.messages[1]?.content ?? "");
  const seed = Number(request.body.seed);
  const messages = Array.from({ length: count }, (_, index) => {
    const pick = (offset: number) => WORDS[(seed * 7 + index * 5 + offset * 3) % WORDS.length];
    const easy = index % 2 === 0 ? " easy" : "";
    return { text: `${pick(1)} ${pick(2)} note ${seed}-${index} about intent ${intent} ${pick(3)} ${pick(4)}${easy}`, voice: "family", stage: "during" };
  });
  if (intent === 7 && seed % 100 === 0) {
    messages[1] = { ...messages[0], text: messages[0]?.text ?? "" } as (typeof messages)[number];
    messages[2] = { text: BENCHMARK, voice: "solo", stage: "before" };
  }
  return JSON.stringify({ messages });
}

/** A student that is right on messages marked easy and wrong on the others. */
function student(request: FakeChatRequest): string {
  const text = request.messages[1]?.content ?? "";
  const intent = Number(/about intent (\d+)/.exec(text)?.[1]);
  return String(text.endsWith(" easy") ? intent : (intent % 40) + 1);
}

async function start(options: FakeOpenAIOptions = {}) {
  server = await startFakeOpenAI({ chat: (request) => (request.schemaName === "guest_messages" ? teacher(request) : student(request)), ...options });
  return server;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "hotel-intent-dg-"));
  await mkdir(join(root, "bench"));
  await writeFile(join(root, "bench/eval.jsonl"), `${JSON.stringify({ text: BENCHMARK, intent: 5 })}\n`);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(root, { recursive: true, force: true });
});

const run = (extra: Parameters<typeof runOpenAIDatagen>[0] = {}) =>
  runOpenAIDatagen({
    root,
    apiKey: server?.apiKey,
    baseURL: server?.baseURL,
    exclude: [join(root, "bench/eval.jsonl")],
    intents: [7, 10, 17],
    settings: { perIntent: 8, messagesPerRequest: 5 },
    pollMs: 1,
    yes: true,
    ...extra,
  });

const readRows = async (split: string) =>
  (await readFile(join(root, "datasets/generated", `${split}.jsonl`), "utf8"))
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));

describe("runOpenAIDatagen", () => {
  it("asks the teacher with structured outputs, dedupes, drops benchmark copies, balances and splits", async () => {
    await start();
    const { manifest, summary } = await run();
    expect(server?.sequence()).toEqual(Array(6).fill("POST /v1/chat/completions"));
    const body = server?.requests[0]?.body as { model: string; response_format: { type: string; json_schema: { name: string; strict: boolean } } };
    expect(body.model).toBe("gpt-4.1");
    expect(body.response_format.type).toBe("json_schema");
    expect(body.response_format.json_schema).toMatchObject({ name: "guest_messages", strict: true });
    expect(manifest.provider).toBe("openai");
    expect(manifest.dropped).toEqual({ duplicates: 1, nearDuplicates: 0, benchmarkMatches: 1 });
    expect([manifest.splits.train.count, manifest.splits.validation.count, manifest.splits.test.count]).toEqual([18, 3, 3]);
    expect(manifest.splits.train.perIntent).toEqual({ 7: 6, 10: 6, 17: 6 });
    expect(summary).toMatchObject({ teacher: "gpt-4.1", student: null, generated: 30, kept: 24, requests: { teacher: 6, student: 0, failed: 0 } });
    const rows = [...(await readRows("train")), ...(await readRows("validation")), ...(await readRows("test"))];
    expect(rows.map((row) => row.text)).not.toContain(BENCHMARK);
    expect(rows[0]).toMatchObject({ source: "openai", voice: "family", stage: "during" });
    expect(rows[0].origin).toMatch(/^teacher-7-\d#\d$/);
  });

  it("sends nothing again when rerun with the same plan", async () => {
    await start();
    const first = await run();
    const before = server?.requests.length;
    const second = await run();
    expect(server?.requests.length).toBe(before);
    expect(second.manifest.splits).toEqual(first.manifest.splits);
  });

  it("marks what the student gets wrong, and keeps only those with hard-only", async () => {
    await start();
    const all = await run({ adversarial: true });
    const students = (server?.requests ?? []).filter((request) => (request.body as { model: string }).model === "gpt-4o-mini");
    expect(students).toHaveLength(28); // 30 written, 1 duplicate and 1 benchmark copy dropped, then 8 per intent kept
    expect(students[0]?.body).toMatchObject({ temperature: 0, messages: [{ role: "system", content: FULL_SYSTEM_PROMPT }, { role: "user" }] });
    const rows = [...(await readRows("train")), ...(await readRows("validation")), ...(await readRows("test"))];
    expect(rows.every((row) => row.hard === !row.text.endsWith(" easy"))).toBe(true);
    const easy = rows.filter((row) => row.text.endsWith(" easy"));
    expect(easy.every((row) => row.student === row.intent)).toBe(true);
    expect(all.summary.hard).toBe(rows.length - easy.length);
    const hardOnly = await run({ hardOnly: true });
    const hardRows = [...(await readRows("train")), ...(await readRows("validation")), ...(await readRows("test"))];
    expect(hardRows.length).toBe(hardOnly.summary.kept);
    expect(hardRows.every((row) => row.hard === true && !row.text.endsWith(" easy"))).toBe(true);
    expect(hardOnly.summary.studentAccuracy).toBeCloseTo(all.summary.studentAccuracy as number, 10);
  });

  it("sends the requests through the Batch API at half price", async () => {
    await start();
    const { summary } = await run({ batch: true });
    const output = [...(server?.files.values() ?? [])].find((file) => file.filename === "batch_output.jsonl")?.id;
    expect(server?.sequence()).toEqual([
      "POST /v1/files",
      "POST /v1/batches",
      "GET /v1/batches/batch-fake0002",
      "GET /v1/batches/batch-fake0002",
      "GET /v1/batches/batch-fake0002",
      `GET /v1/files/${output}/content`,
    ]);
    const usage = summary.usage["gpt-4.1"] as { promptTokens: number; completionTokens: number; dollars: number };
    expect(usage.dollars).toBeCloseTo(usageCost({ model: "gpt-4.1", usage: usage, batch: true }) as number, 12);
    expect(summary.kept).toBe(24);
  });

  it("polls the same batch again after an interruption instead of creating another", async () => {
    await start({ batchStatuses: ["validating", "in_progress", "in_progress", "in_progress", "completed"] });
    const controller = new AbortController();
    const interrupted = run({
      batch: true,
      pollMs: 20,
      signal: controller.signal,
      progress: { mode: "lines", start() {}, tick() {}, update: () => controller.abort(), log() {}, stop() {} },
    });
    await expect(interrupted).rejects.toThrow(InterruptedError);
    await run({ batch: true });
    expect(server?.sequence().filter((line) => line === "POST /v1/batches")).toHaveLength(1);
  });

  it("sends nothing when the user declines the estimated cost", async () => {
    await start();
    await expect(run({ yes: false, maxCost: 0, ask: async () => "no" })).rejects.toThrow(CostNotConfirmedError);
    expect(server?.requests).toHaveLength(0);
  });

  it("stops on a 429 that outlasts the retries, and a rerun sends only what is missing", async () => {
    await start({ failures: [{ path: "/chat/completions", status: 429, retryAfterMs: 1, times: 4 }] });
    await expect(run({ settings: { perIntent: 8, messagesPerRequest: 5, concurrency: 1 } })).rejects.toThrow(OpenAIRateLimitError);
    const answered = (server?.requests ?? []).filter((request) => request.status === 200).length;
    const before = server?.requests.length ?? 0;
    await run();
    expect((server?.requests.length ?? 0) - before).toBe(6 - answered);
  });

  it("fails, naming the endpoint and the first error, when every teacher request failed", async () => {
    await start({ failures: [{ path: "/chat/completions", status: 400, times: 1000 }] });
    await expect(run()).rejects.toThrow(/^all \d+ teacher requests failed \(.*127\.0\.0\.1.*\); the first: /);
  });

  it("warns about an answer that does not match the schema and keeps the rest", async () => {
    let calls = 0;
    await start({ chat: (request) => (++calls === 1 ? "not json" : teacher(request)) });
    const { warnings, summary } = await run({ settings: { perIntent: 8, messagesPerRequest: 5, concurrency: 1 } });
    expect(warnings).toContain("teacher-7-0: the answer does not match the guest_messages schema");
    expect(summary.requests.failed).toBe(1);
    expect(warnings).toContain("intent 7: 5 of 8 messages kept");
  });
});
