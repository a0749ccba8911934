import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CostNotConfirmedError, DataError, InterruptedError } from "@hotel-intent/shared";
import { type FakeOpenAI, type FakeOpenAIOptions, fakeTokenAccuracy, fakeTrainLoss, startFakeOpenAI } from "@hotel-intent/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countChatTokens } from "./count-tokens.js";
import { createFinetuneJob } from "./create-finetune-job.js";
import { FineTuneFailedError, FineTuneRefusedError, FineTuneStateError } from "./finetune-errors.js";
import { readJobState } from "./job-state.js";
import { runOpenAIFinetune } from "./run-openai-finetune.js";
import { uploadTrainingFiles } from "./upload-training-files.js";
import { watchFinetuneJob } from "./watch-finetune-job.js";

let root = "";
let server: FakeOpenAI | undefined;
const logs: string[] = [];

async function writeSplits(train: number, validation: number) {
  const rows = (count: number, offset: number) =>
    Array.from({ length: count }, (_, index) =>
      JSON.stringify({ text: `guest message number ${index + offset} about intent ${(index % 40) + 1}`, intent: (index % 40) + 1 }),
    );
  await writeFile(join(root, "datasets/generated/train.jsonl"), `${rows(train, 0).join("\n")}\n`);
  await writeFile(join(root, "datasets/generated/validation.jsonl"), `${rows(validation, 1000).join("\n")}\n`);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "hotel-intent-ft-"));
  await import("node:fs/promises").then((fs) => fs.mkdir(join(root, "datasets/generated"), { recursive: true }));
  await writeSplits(60, 12);
  logs.length = 0;
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(root, { recursive: true, force: true });
});

/** The fake bills tokens exactly as the estimate counts them, so actual and estimated cost can be compared. */
async function start(options: FakeOpenAIOptions = {}) {
  server = await startFakeOpenAI({ countTokens: (line) => countChatTokens(JSON.parse(line).messages), ...options });
  return server;
}

const run = (extra: Parameters<typeof runOpenAIFinetune>[0] = {}) =>
  runOpenAIFinetune({ root, apiKey: server?.apiKey, baseURL: server?.baseURL, pollMs: 1, yes: true, log: (line) => logs.push(line), ...extra });

const created = () =>
  (server?.requests ?? []).filter((request) => request.method === "POST" && request.path === "/v1/fine_tuning/jobs" && request.status === 200);

describe("runOpenAIFinetune", () => {
  it("uploads, creates one supervised job, follows it to the end and analyzes it, with this request sequence", async () => {
    await start();
    const result = await run();
    expect(server?.sequence()).toEqual([
      "GET /v1/fine_tuning/jobs",
      "POST /v1/files",
      "GET /v1/files/file-fake0001",
      "POST /v1/files",
      "GET /v1/files/file-fake0002",
      "POST /v1/fine_tuning/jobs",
      ...Array(4).fill(["GET /v1/fine_tuning/jobs/ftjob-fake0003", "GET /v1/fine_tuning/jobs/ftjob-fake0003/events"]).flat(),
      "GET /v1/fine_tuning/jobs/ftjob-fake0003",
      `GET /v1/files/${[...(server?.files.values() ?? [])].find((file) => file.filename === "step_metrics.csv")?.id}/content`,
      "GET /v1/fine_tuning/jobs/ftjob-fake0003/checkpoints",
    ]);
    const body = created()[0]?.body;
    expect(body).toMatchObject({
      model: "gpt-4o-mini-2024-07-18",
      suffix: "hotel-intent",
      seed: 42,
      method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 1, batch_size: "auto", learning_rate_multiplier: 0.3 } } },
    });
    expect(result.created).toBe(true);
    expect(result.record.fineTunedModel).toBe("ft:gpt-4o-mini-2024-07-18:fake-org:hotel-intent:fake0003");
    const sft = (await readFile(join(root, "datasets/models/openai/train.sft.jsonl"), "utf8")).trim().split("\n");
    const tokens = sft.reduce((sum, line) => sum + countChatTokens(JSON.parse(line).messages), 0);
    expect(result.record.estimate).toEqual({ billedTokens: tokens, dollars: (tokens * 3) / 1_000_000 });
    const steps = 60; // 60 examples, batch size 1 (auto on the fake for 60 examples), 1 epoch
    expect(result.analysis).toMatchObject({
      steps,
      trainedTokens: tokens,
      dollars: (tokens * 3) / 1_000_000,
      final: { trainLoss: fakeTrainLoss(steps, steps), trainAccuracy: fakeTokenAccuracy(steps, steps), validationLoss: fakeTrainLoss(steps, steps) + 0.1 },
    });
    expect(result.analysis.checkpoints.map((checkpoint) => checkpoint.step)).toEqual([steps]);
    const csv = (await readFile(join(root, "datasets/models/openai/result.csv"), "utf8")).split("\n");
    expect(csv[0]).toBe("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy");
    expect(csv.filter((row) => /^\d/.test(row))).toHaveLength(steps);
    const state = await readJobState({ file: join(root, "datasets/models/openai/job.json") });
    expect(Object.keys(state.jobs)).toEqual([state.current]);
    expect(state.jobs[state.current as string]).toMatchObject({
      status: "succeeded",
      jobId: "ftjob-fake0003",
      train: { fileId: "file-fake0001", examples: 60 },
    });
    expect(JSON.stringify(state)).not.toContain(server?.apiKey);
  });

  it("creates no second job when rerun with the same data", async () => {
    await start();
    await run();
    const before = server?.requests.length ?? 0;
    const again = await run();
    expect(again.created).toBe(false);
    expect(created()).toHaveLength(1);
    expect(server?.sequence().slice(before)).not.toContain("POST /v1/files");
    expect(logs.some((line) => line.includes("already exists for this training file"))).toBe(true);
  });

  it("leaves the job and job.json intact when interrupted while polling, and a rerun resumes the same job", async () => {
    await start({ jobStatuses: ["validating_files", "queued", "running", "running", "running", "succeeded"] });
    const controller = new AbortController();
    const interrupted = run({
      signal: controller.signal,
      pollMs: 50,
      progress: {
        mode: "lines",
        start() {},
        tick() {},
        update() {},
        log: (line) => {
          if (line.endsWith(": training")) controller.abort();
        },
        stop() {},
      },
    });
    await expect(interrupted).rejects.toThrow(InterruptedError);
    const state = await readJobState({ file: join(root, "datasets/models/openai/job.json") });
    expect(state.jobs[state.current as string]).toMatchObject({ jobId: "ftjob-fake0003", status: "running" });
    const resumed = await run();
    expect(resumed.created).toBe(false);
    expect(resumed.record.status).toBe("succeeded");
    expect(created()).toHaveLength(1);
  });

  it("finds the job through its metadata when job.json was lost after the job was created", async () => {
    await start();
    await createFinetuneJob({ root, apiKey: server?.apiKey, baseURL: server?.baseURL, yes: true });
    await rm(join(root, "datasets/models/openai/job.json"));
    const result = await run();
    expect(result.created).toBe(false);
    expect(result.record.jobId).toBe("ftjob-fake0003");
    expect(created()).toHaveLength(1);
  });

  it("ends with the wind-down message pointing at the local provider when fine-tuning is refused", async () => {
    await start({ refuseFineTuning: true });
    const error = await run().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FineTuneRefusedError);
    expect((error as Error).message).toContain("403 permission denied");
    expect((error as Error).message).toContain("2027-01-06");
    expect((error as Error).message).toContain("pnpm finetune --provider local");
  });

  it("ends with the same message when the model is not available for fine-tuning", async () => {
    await start();
    const error = await run({ finetune: { model: "gpt-4.1" } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FineTuneRefusedError);
    expect((error as Error).message).toContain("not available for fine-tuning");
  });

  it("reports an invalid training file with the API's reason and refuses to retry the same file without --new-job", async () => {
    await start({ invalidTrainingFile: true });
    const error = await run().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FineTuneFailedError);
    expect((error as Error).message).toMatch(/ftjob-fake0003 failed \(invalid_training_file: The job failed due to an invalid training file/);
    expect((error as Error).message).toContain("check datasets/models/openai/train.sft.jsonl");
    await expect(run()).rejects.toThrow(FineTuneStateError);
    expect(created()).toHaveLength(1);
    await expect(run({ newJob: true })).rejects.toThrow(FineTuneFailedError);
    expect(created()).toHaveLength(2);
  });

  it("reports a failed job with its error", async () => {
    await start({ jobStatuses: ["validating_files", "queued", "running", "failed"], jobError: { code: "quota_exceeded", message: "Out of training quota." } });
    await expect(run()).rejects.toThrow("ftjob-fake0003 failed (quota_exceeded: Out of training quota.)");
    const state = await readJobState({ file: join(root, "datasets/models/openai/job.json") });
    expect(state.jobs[state.current as string]?.status).toBe("failed");
  });

  it("keeps watching through paused and unknown statuses", async () => {
    await start({ jobStatuses: ["validating_files", "queued", "running", "paused", "rebooting", "running", "succeeded"] });
    const lines: string[] = [];
    const progress = { mode: "lines" as const, start() {}, tick() {}, update() {}, log: (line: string) => lines.push(line), stop() {} };
    const result = await run({ progress });
    expect(result.record.status).toBe("succeeded");
    expect(lines).toContain("job ftjob-fake0003: paused: it keeps its place and continues when resumed (from the dashboard or the API); still watching");
    expect(lines).toContain('job ftjob-fake0003: status "rebooting", which this version does not know; still watching');
    expect(lines.some((line) => line.endsWith("Fine-tuning job started"))).toBe(true);
  });

  it("asks above max-cost and uploads nothing when the user declines", async () => {
    await start();
    const questions: string[] = [];
    const declined = run({
      yes: false,
      maxCost: 0,
      ask: async (question) => {
        questions.push(question);
        return "n";
      },
    });
    await expect(declined).rejects.toThrow(CostNotConfirmedError);
    const sft = (await readFile(join(root, "datasets/models/openai/train.sft.jsonl"), "utf8")).trim().split("\n");
    const tokens = sft.reduce((sum, line) => sum + countChatTokens(JSON.parse(line).messages), 0);
    expect(questions[0]).toBe(
      `fine-tuning gpt-4o-mini-2024-07-18 on 60 examples, 1 epoch × ${tokens.toLocaleString("en-US")} tokens is estimated at ` +
        `$${((tokens * 3) / 1e6).toPrecision(2)}; the limit is $0.00 (openai.maxCost or --max-cost). Go ahead? [y/N] `,
    );
    expect(server?.sequence()).toEqual(["GET /v1/fine_tuning/jobs"]);
  });

  it("refuses a training set under 10 examples before any request", async () => {
    await start();
    await writeSplits(9, 2);
    await expect(run()).rejects.toThrow(DataError);
    await expect(run()).rejects.toThrow("needs at least 10");
    expect(server?.requests).toHaveLength(0);
  });

  it("refuses an example over the token limit, naming the file and line", async () => {
    await start();
    await expect(run({ finetune: { maxExampleTokens: 30 } })).rejects.toThrow(
      /train\.sft\.jsonl: 10\+ bad lines:\n {2}.*train\.sft\.jsonl:1: messages: is \d+ tokens long; the limit per example is 30/,
    );
    expect(server?.requests).toHaveLength(0);
  });

  it("uploads through a 429 with retry-after thanks to the SDK's retries", async () => {
    await start({ failures: [{ method: "POST", path: "/files", status: 429, retryAfterMs: 5 }] });
    const prepared = await uploadTrainingFiles({ root, apiKey: server?.apiKey, baseURL: server?.baseURL, pollMs: 1 });
    expect(prepared.record.train.fileId).toBe("file-fake0001");
    expect(server?.requests.slice(0, 2).map((request) => `${request.status} ${request.method} ${request.path}`)).toEqual([
      "429 POST /v1/files",
      "200 POST /v1/files",
    ]);
  });

  it("says there is no job yet when status runs before create", async () => {
    await start();
    await expect(watchFinetuneJob({ root, apiKey: server?.apiKey, baseURL: server?.baseURL })).rejects.toThrow(FineTuneStateError);
  });
});
