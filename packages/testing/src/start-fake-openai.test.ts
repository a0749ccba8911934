import OpenAI, { AuthenticationError, NotFoundError, toFile } from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "./index.js";

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const line = (intent: number) =>
  JSON.stringify({
    messages: [
      { role: "user", content: `m${intent}` },
      { role: "assistant", content: String(intent) },
    ],
  });
const jsonl = (count: number) => Buffer.from(`${Array.from({ length: count }, (_, index) => line(index + 1)).join("\n")}\n`);

async function client(options: Parameters<typeof startFakeOpenAI>[0] = {}) {
  server = await startFakeOpenAI(options);
  return new OpenAI({ apiKey: server.apiKey, baseURL: server.baseURL, maxRetries: 0 });
}

describe("startFakeOpenAI", () => {
  it("answers 401 to a wrong key and 404 to a path it does not serve", async () => {
    await client();
    const wrong = new OpenAI({ apiKey: "sk-wrong", baseURL: server?.baseURL, maxRetries: 0 });
    await expect(wrong.models.list()).rejects.toBeInstanceOf(AuthenticationError);
    const right = new OpenAI({ apiKey: server?.apiKey, baseURL: server?.baseURL, maxRetries: 0 });
    await expect(right.vectorStores.list()).rejects.toBeInstanceOf(NotFoundError);
    expect(server?.requests.map((request) => request.status)).toEqual([401, 404]);
  });

  it("walks a job through its statuses one retrieve at a time, with events newest first, and makes its model exist", async () => {
    const sdk = await client({ chat: () => "3" });
    const file = await sdk.files.create({ file: await toFile(jsonl(12), "train.jsonl"), purpose: "fine-tune" });
    const job = await sdk.fineTuning.jobs.create({ model: "gpt-4o-mini-2024-07-18", training_file: file.id, suffix: "t" });
    const statuses = [job.status];
    for (let step = 0; step < 5; step++) statuses.push((await sdk.fineTuning.jobs.retrieve(job.id)).status);
    expect(statuses).toEqual(["validating_files", "queued", "running", "running", "succeeded", "succeeded"]);
    const events = (await sdk.fineTuning.jobs.listEvents(job.id)).data.map((event) => event.message);
    expect(events[0]).toBe("The job has successfully completed");
    expect(events.at(-1)).toBe(`Validating training file: ${file.id}`);
    const done = await sdk.fineTuning.jobs.retrieve(job.id);
    expect(done.trained_tokens).toBe(
      jsonl(12)
        .toString()
        .trim()
        .split("\n")
        .reduce((sum, text) => sum + Math.ceil(text.length / 4), 0) * 3,
    );
    const answer = await sdk.chat.completions.create({ model: done.fine_tuned_model as string, messages: [{ role: "user", content: "hi" }] });
    expect(answer.choices[0]?.message.content).toBe("3");
  });

  it("fails a job on a training file with fewer than 10 examples, with invalid_training_file", async () => {
    const sdk = await client();
    const file = await sdk.files.create({ file: await toFile(jsonl(3), "train.jsonl"), purpose: "fine-tune" });
    const job = await sdk.fineTuning.jobs.create({ model: "gpt-4o-mini-2024-07-18", training_file: file.id });
    const failed = await sdk.fineTuning.jobs.retrieve(job.id);
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatchObject({ code: "invalid_training_file", param: "training_file" });
    expect(failed.error?.message).toContain("at least 10 examples");
  });

  it("answers a batch line by line, successes in the output file and failures in the error file", async () => {
    const sdk = await client({ chat: (request) => (request.messages[0]?.content === "fail" ? { failure: { status: 400, message: "bad" } } : "ok") });
    const requests = ["a", "fail", "b"].map((content, index) =>
      JSON.stringify({
        custom_id: `r${index}`,
        method: "POST",
        url: "/v1/chat/completions",
        body: { model: "gpt-4.1", messages: [{ role: "user", content }] },
      }),
    );
    const input = await sdk.files.create({ file: await toFile(Buffer.from(requests.join("\n")), "batch.jsonl"), purpose: "batch" });
    const batch = await sdk.batches.create({ input_file_id: input.id, endpoint: "/v1/chat/completions", completion_window: "24h" });
    let current = batch;
    while (current.status !== "completed") current = await sdk.batches.retrieve(batch.id);
    expect(current.request_counts).toEqual({ total: 3, completed: 2, failed: 1 });
    const output = (await (await sdk.files.content(current.output_file_id as string)).text())
      .trim()
      .split("\n")
      .map((text) => JSON.parse(text));
    expect(output.map((entry) => [entry.custom_id, entry.response.body.choices[0].message.content])).toEqual([
      ["r0", "ok"],
      ["r2", "ok"],
    ]);
    const errors = (await (await sdk.files.content(current.error_file_id as string)).text())
      .trim()
      .split("\n")
      .map((text) => JSON.parse(text));
    expect(errors.map((entry) => [entry.custom_id, entry.response.status_code])).toEqual([["r1", 400]]);
  });
});
