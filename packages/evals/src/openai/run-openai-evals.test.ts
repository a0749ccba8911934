import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COMPACT_SYSTEM_PROMPT, CostNotConfirmedError, InterruptedError, intentById, MissingInputError, OpenAIModelNotFoundError } from "@hotel-intent/shared";
import { usageCost } from "@hotel-intent/shared/openai";
import { type FakeChatRequest, type FakeOpenAI, type FakeOpenAIOptions, startFakeOpenAI } from "@hotel-intent/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { computeMetrics } from "../compute-metrics.js";
import { summarizeLatency } from "../summarize-latency.js";
import { writeReport } from "../write-report.js";
import { runOpenAIEvals } from "./run-openai-evals.js";

const FINE_TUNED = "ft:gpt-4o-mini-2024-07-18:acme:hotel-intent:AbC123";
const ROWS = Array.from({ length: 20 }, (_, index) => ({ text: `guest message ${index} for intent ${(index % 40) + 1}`, intent: (index % 40) + 1 }));
let root = "";
let server: FakeOpenAI | undefined;

/** What each model answers for row `index`: the fine-tuned model is right on 3 of 4, gpt-4o-mini on even rows (and rambles on every fifth), gpt-4.1 on all but a 500 on row 7. */
function answer(model: string, index: number, intent: number): string | { failure: { status: number; message: string; retryAfterMs: number } } {
  if (model === FINE_TUNED) return String(index % 4 === 3 ? (intent % 40) + 1 : intent);
  if (model === "gpt-4o-mini") return index % 5 === 4 ? "I am not sure what the guest wants" : String(index % 2 === 0 ? intent : (intent % 40) + 1);
  if (index === 7) return { failure: { status: 500, message: "boom", retryAfterMs: 1 } };
  return `${intent}`;
}

function chat(request: FakeChatRequest) {
  const text = request.messages.at(-1)?.content ?? "";
  const index = Number(/guest message (\d+)/.exec(text)?.[1]);
  return answer(request.model, index, (ROWS[index] as { intent: number }).intent);
}

/** The accuracy that the answers above imply for a model, and its error count. */
function implied(model: string) {
  let correct = 0;
  let errors = 0;
  ROWS.forEach((row, index) => {
    const reply = answer(model, index, row.intent);
    if (typeof reply !== "string" || !/^\d+$/.test(reply)) errors++;
    else if (Number(reply) === row.intent) correct++;
  });
  return { accuracy: correct / ROWS.length, errors };
}

async function start(options: FakeOpenAIOptions = {}) {
  server = await startFakeOpenAI({ chat, models: ["gpt-4o-mini", "gpt-4.1"], ...options });
  server.addModel(FINE_TUNED);
  return server;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "hotel-intent-ev-"));
  await mkdir(join(root, "datasets/generated"), { recursive: true });
  await writeFile(join(root, "datasets/generated/test.jsonl"), `${ROWS.map((row) => JSON.stringify(row)).join("\n")}\n`);
  const now = new Date().toISOString();
  const record = {
    endpoint: "x",
    train: { path: "t", sha256: "k", examples: 10, tokens: 100, fileId: "file-1" },
    validation: null,
    model: "gpt-4o-mini-2024-07-18",
    hyperparameters: { n_epochs: 1, batch_size: "auto", learning_rate_multiplier: 0.3 },
    seed: 42,
    suffix: "hotel-intent",
    estimate: null,
    jobId: "ftjob-1",
    status: "succeeded",
    fineTunedModel: FINE_TUNED,
    trainedTokens: 100,
    error: null,
    lastEventId: null,
    createdAt: now,
    updatedAt: now,
  };
  await mkdir(join(root, "datasets/models/openai"), { recursive: true });
  await writeFile(join(root, "datasets/models/openai/job.json"), JSON.stringify({ current: "k", jobs: { k: record } }));
  const items = ROWS.map((row, index) => ({ ...row, predicted: index < 15 ? row.intent : 1, confidence: 0.9, microseconds: 12 }));
  await writeReport({
    dir: join(root, "datasets/reports/local-test"),
    report: {
      name: "local-test",
      createdAt: now,
      provider: "local",
      model: "embedded (100 features)",
      dataset: join(root, "datasets/generated/test.jsonl"),
      metrics: computeMetrics({ items }),
      latency: summarizeLatency({ microseconds: items.map((item) => item.microseconds) }),
      modelBytes: 1000,
      items,
    },
  });
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(root, { recursive: true, force: true });
});

const run = (extra: Parameters<typeof runOpenAIEvals>[0] = {}) =>
  runOpenAIEvals({ root, apiKey: server?.apiKey, baseURL: server?.baseURL, yes: true, pollMs: 1, concurrency: 4, ...extra });

describe("runOpenAIEvals", () => {
  it("scores the fine-tuned model, gpt-4o-mini and gpt-4.1 through chat completions with the accuracies their answers imply", async () => {
    await start();
    const { reports } = await run();
    // 20 messages × 3 models, and 3 retries by the SDK of the 500 on row 7 (config openai.maxRetries: 3)
    expect(server?.sequence()).toEqual(Array(63).fill("POST /v1/chat/completions"));
    expect(reports.map(({ report }) => report.model)).toEqual([FINE_TUNED, "gpt-4o-mini", "gpt-4.1"]);
    for (const { report } of reports) {
      expect(report.metrics.accuracy).toBe(implied(report.model).accuracy);
      expect(report.metrics.errors).toBe(implied(report.model).errors);
      expect(report.latency.samples).toBe(ROWS.length - implied(report.model).errors);
      const cost = report.cost as NonNullable<typeof report.cost>;
      expect(cost.usd).toBeCloseTo(
        usageCost({ model: report.model, usage: { promptTokens: cost.promptTokens, completionTokens: cost.completionTokens } }) as number,
        12,
      );
      expect(cost.usdPer1000Messages).toBeCloseTo(((cost.usd as number) / 20) * 1000, 12);
    }
    expect(reports.map(({ report }) => report.metrics.accuracy)).toEqual([0.75, 0.4, 0.95]);
    const fineTunedRequest = server?.requests.find((request) => (request.body as { model: string }).model === FINE_TUNED);
    expect(fineTunedRequest?.body).toMatchObject({ temperature: 0, messages: [{ role: "system", content: COMPACT_SYSTEM_PROMPT }, { role: "user" }] });
    const saved = JSON.parse(await readFile(join(reports[0]?.dir as string, "report.json"), "utf8"));
    expect(saved).toMatchObject({ provider: "openai", model: FINE_TUNED, api: { method: "chat", prompt: "compact" } });
    expect(JSON.stringify(saved)).not.toContain(server?.apiKey);
  });

  it("writes a comparison with every model side by side, the embedded one included", async () => {
    await start();
    const { comparison } = await run();
    const markdown = await readFile(join(comparison, "comparison.md"), "utf8");
    const table = markdown.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| model") && !line.startsWith("| ---"));
    expect(table.map((line) => line.split(" | ").slice(0, 3).join(" | "))).toEqual([
      "| gpt-4.1 | chat | 95.0%",
      "| embedded (100 features) | in-process | 75.0%",
      `| ${FINE_TUNED} | chat | 75.0%`,
      "| gpt-4o-mini | chat | 40.0%",
    ]);
  });

  it("runs the Evals API: a string_check eval, one run per model, errored items reported as errors and never as passes", async () => {
    await start();
    const { reports } = await run({ method: "evals-api", models: ["gpt-4.1"] });
    const report = reports[0]?.report;
    const evalId = "eval-fake0002";
    const runId = "evalrun-fake0003";
    expect(server?.sequence()).toEqual([
      "POST /v1/files",
      "POST /v1/evals",
      `POST /v1/evals/${evalId}/runs`,
      `GET /v1/evals/${evalId}/runs/${runId}`,
      `GET /v1/evals/${evalId}/runs/${runId}`,
      `GET /v1/evals/${evalId}/runs/${runId}/output_items`,
    ]);
    expect(server?.requests[1]?.body).toMatchObject({
      data_source_config: { type: "custom", item_schema: { properties: { input_text: { type: "string" }, correct_label: { type: "string" } } } },
      testing_criteria: [{ type: "string_check", input: "{{sample.output_text}}", reference: "{{item.correct_label}}", operation: "eq" }],
    });
    expect(server?.files.get("file-fake0001")?.purpose).toBe("evals");
    expect(report?.api).toMatchObject({ method: "evals-api", resultCounts: { total: 20, passed: 19, failed: 0, errored: 1 } });
    expect(report?.metrics).toMatchObject({ count: 20, correct: 19, errors: 1, accuracy: 0.95 });
    expect(report?.items[7]).toMatchObject({ predicted: null, error: "boom" });
  });

  it("polls the same eval run after an interruption instead of starting another", async () => {
    await start({ runStatuses: ["queued", "in_progress", "in_progress", "in_progress", "completed"] });
    const controller = new AbortController();
    const progress = { mode: "lines" as const, start() {}, tick() {}, update: () => controller.abort(), log() {}, stop() {} };
    await expect(run({ method: "evals-api", models: ["gpt-4o-mini"], pollMs: 20, signal: controller.signal, progress })).rejects.toThrow(InterruptedError);
    const { reports } = await run({ method: "evals-api", models: ["gpt-4o-mini"] });
    expect(server?.sequence().filter((line) => line.endsWith("/runs") && line.startsWith("POST"))).toHaveLength(1);
    expect(server?.sequence().filter((line) => line === "POST /v1/files")).toHaveLength(1);
    expect(reports[0]?.report.metrics.accuracy).toBe(implied("gpt-4o-mini").accuracy);
  });

  it("skips the fine-tuned model when none is recorded, and refuses when it is asked for", async () => {
    await start();
    await rm(join(root, "datasets/models/openai/job.json"));
    const { reports, skipped } = await run({ limit: 2 });
    expect(reports.map(({ report }) => report.model)).toEqual(["gpt-4o-mini", "gpt-4.1"]);
    expect(skipped[0]).toMatch(/^fine-tuned: no fine-tuned model/);
    await expect(run({ models: ["fine-tuned"] })).rejects.toThrow(MissingInputError);
  });

  it("stops with a model-not-found error for a model that does not exist", async () => {
    await start();
    await expect(run({ models: ["ft:gpt-4o-mini-2024-07-18:acme::gone"], limit: 3 })).rejects.toThrow(OpenAIModelNotFoundError);
  });

  it("fails, naming the first error, when every request to a model failed", async () => {
    await start({ chat: () => ({ failure: { status: 400, message: "the deployment does not answer", retryAfterMs: 1 } }) });
    await expect(run({ models: ["gpt-4.1"] })).rejects.toThrow(/all 20 requests to gpt-4\.1 failed; the first: .*the deployment does not answer/);
  });

  it("sends nothing when the user declines the estimate", async () => {
    await start();
    const questions: string[] = [];
    const ask = async (question: string) => {
      questions.push(question);
      return "n";
    };
    await expect(run({ yes: false, maxCost: 0, ask })).rejects.toThrow(CostNotConfirmedError);
    expect(questions[0]).toMatch(new RegExp(`^evaluating ${FINE_TUNED}, gpt-4o-mini, gpt-4.1 on 20 messages \\(chat\\) is estimated at \\$`));
    expect(server?.requests).toHaveLength(0);
    expect(intentById(1).id).toBe(1);
  });
});
