import { type FakeOpenAI, type FakeOpenAIOptions, startFakeOpenAI } from "@hotel-intent/testing";
import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { OpenAIAuthError, OpenAIModelNotFoundError, OpenAIRateLimitError, OpenAIRequestError } from "./openai-errors.js";
import { toOpenAIError } from "./to-openai-error.js";

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function fail(options: FakeOpenAIOptions, { model = "gpt-4o-mini", apiKey }: { model?: string; apiKey?: string } = {}) {
  server = await startFakeOpenAI({ chat: () => "7", ...options });
  const client = new OpenAI({ apiKey: apiKey ?? server.apiKey, baseURL: server.baseURL, maxRetries: 2 });
  try {
    await client.chat.completions.create({ model, messages: [{ role: "user", content: "hi" }] });
  } catch (error) {
    return toOpenAIError(error, { model, doing: "classifying" });
  }
  throw new Error("the request did not fail");
}

describe("toOpenAIError", () => {
  it("returns an auth error that does not repeat the key the API echoed when the key is wrong", async () => {
    const error = await fail({}, { apiKey: "sk-live-abcdefghijklmnop" });
    expect(error).toBeInstanceOf(OpenAIAuthError);
    expect((error as OpenAIAuthError).code).toBe("E_OPENAI_AUTH");
    expect((error as Error).message).not.toContain("mnop");
    expect(server?.requests).toHaveLength(1);
  });

  it("returns a model-not-found error naming the model when the model does not exist", async () => {
    const error = await fail({}, { model: "ft:gpt-4o-mini-2024-07-18:org::gone" });
    expect(error).toBeInstanceOf(OpenAIModelNotFoundError);
    expect((error as OpenAIModelNotFoundError).model).toBe("ft:gpt-4o-mini-2024-07-18:org::gone");
    expect((error as Error).message).toContain('"ft:gpt-4o-mini-2024-07-18:org::gone"');
  });

  it("returns a rate-limit error with retry-after once the SDK's retries are spent", async () => {
    const error = await fail({ failures: [{ path: "/chat/completions", status: 429, code: "rate_limit_exceeded", retryAfter: 0.01, times: 3 }] });
    expect(error).toBeInstanceOf(OpenAIRateLimitError);
    expect((error as OpenAIRateLimitError).retryAfterSeconds).toBe(0.01);
    expect(server?.sequence()).toEqual(Array(3).fill("POST /v1/chat/completions"));
  });

  it("is not needed when a 429 and a 500 are followed by success within the SDK's retries", async () => {
    server = await startFakeOpenAI({
      chat: () => "12",
      failures: [
        { path: "/chat/completions", status: 429, retryAfterMs: 5 },
        { path: "/chat/completions", status: 500, retryAfterMs: 5 },
      ],
    });
    const client = new OpenAI({ apiKey: server.apiKey, baseURL: server.baseURL, maxRetries: 2 });
    const completion = await client.chat.completions.create({ model: "gpt-4.1", messages: [{ role: "user", content: "hi" }] });
    expect(completion.choices[0]?.message.content).toBe("12");
    expect(server.requests.map((request) => request.status)).toEqual([429, 500, 200]);
  });

  it("returns a request error with the status for a 500 that outlasts the retries", async () => {
    const error = await fail({ failures: [{ path: "/chat/completions", status: 500, retryAfterMs: 1, times: 5 }] });
    expect(error).toBeInstanceOf(OpenAIRequestError);
    expect((error as OpenAIRequestError).status).toBe(500);
    expect((error as Error).message).toMatch(/^classifying: /);
  });

  it("returns anything that is not an SDK error unchanged", () => {
    const plain = new TypeError("x");
    expect(toOpenAIError(plain)).toBe(plain);
  });
});
