import { COMPACT_SYSTEM_PROMPT, FULL_SYSTEM_PROMPT, intentById, OpenAIAuthError, OpenAIModelNotFoundError, OpenAIRateLimitError } from "@hotel-intent/shared";
import { type FakeChatRequest, type FakeOpenAI, startFakeOpenAI } from "@hotel-intent/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { classifyCommand } from "./classify-command.js";
import { createClassifier } from "./create-classifier.js";

const FINE_TUNED = "ft:gpt-4o-mini-2024-07-18:acme:hotel-intent:AbC123";
let server: FakeOpenAI;
const seen: FakeChatRequest[] = [];

beforeAll(async () => {
  server = await startFakeOpenAI({
    chat: (request) => {
      seen.push(request);
      const text = request.messages.at(-1)?.content ?? "";
      if (text.includes("towels")) {
        return {
          content: "17",
          logprobs: [
            {
              token: "17",
              logprob: Math.log(0.8),
              top: [
                { token: "17", logprob: Math.log(0.8) },
                { token: "13", logprob: Math.log(0.15) },
                { token: "Sure", logprob: Math.log(0.03) },
              ],
            },
          ],
        };
      }
      if (text.includes("suitcases")) return "10";
      if (text.includes("weather")) return "I think the guest is asking about the weather";
      return "7";
    },
  });
  server.addModel(FINE_TUNED);
});
afterAll(() => server.close());

const options = () => ({ provider: "openai" as const, apiKey: server.apiKey, baseURL: server.baseURL, maxRetries: 1 });

describe("createClassifier with provider openai", () => {
  it("returns the intent with the confidence and alternatives from the logprobs when the endpoint sends them", async () => {
    const classifier = await createClassifier({ ...options(), model: FINE_TUNED });
    const prediction = await classifier.classify("we used all the towels already");
    expect(prediction.intent).toBe(17);
    expect(prediction.label).toBe(intentById(17).name);
    expect(prediction.confidence).toBeCloseTo(0.8, 10);
    expect(prediction.alternatives).toEqual([{ intent: 13, confidence: expect.closeTo(0.15, 10) }]);
  });

  it("sends the compact prompt at temperature 0 to a fine-tuned model and the full prompt to a base model", async () => {
    seen.length = 0;
    await (await createClassifier({ ...options(), model: FINE_TUNED })).classify("can we stay until 2?");
    await (await createClassifier({ ...options(), model: "gpt-4.1" })).classify("can we stay until 2?");
    expect(seen.map((request) => request.messages[0]?.content)).toEqual([COMPACT_SYSTEM_PROMPT, FULL_SYSTEM_PROMPT]);
    expect(seen.map((request) => request.body.temperature)).toEqual([0, 0]);
    expect(seen.map((request) => request.logprobs)).toEqual([true, true]);
  });

  it("returns a null confidence and no alternatives when the answer comes without logprobs", async () => {
    const classifier = await createClassifier({ ...options(), model: FINE_TUNED });
    expect(await classifier.classify("so many heavy suitcases")).toEqual({
      intent: 10,
      label: "Request luggage assistance",
      confidence: null,
      alternatives: [],
    });
  });

  it("abstains below the threshold only when there is a confidence", async () => {
    const classifier = await createClassifier({ ...options(), model: FINE_TUNED, threshold: 0.9 });
    const [towels, suitcases] = await classifier.classifyMany(["more towels please", "so many suitcases"]);
    expect(towels?.intent).toBeNull();
    expect(towels?.alternatives[0]).toEqual({ intent: 17, confidence: expect.closeTo(0.8, 10) });
    expect(suitcases?.intent).toBe(10);
  });

  it("reports the usage and the raw answer of one classification", async () => {
    const classifier = await createClassifier({ ...options(), model: FINE_TUNED });
    const detailed = await classifier.classifyDetailed("can we stay until 2?");
    expect(detailed.answer).toBe("7");
    const request = seen.at(-1) as FakeChatRequest;
    const expected = request.messages.reduce((sum, message) => sum + 4 + Math.ceil(message.content.length / 4), 3);
    expect(detailed.usage).toEqual({ promptTokens: expected, completionTokens: 1, cachedTokens: 0 });
  });

  it("throws an AnswerParseError for an answer that names no intent", async () => {
    const classifier = await createClassifier({ ...options(), model: "gpt-4.1" });
    await expect(classifier.classify("what is the weather like")).rejects.toMatchObject({ code: "E_ANSWER" });
  });

  it("throws typed errors for a wrong key, an unknown model and a 429 that outlasts the retries", async () => {
    await expect((await createClassifier({ ...options(), apiKey: "sk-wrong-key-123456", model: FINE_TUNED })).classify("hi")).rejects.toBeInstanceOf(
      OpenAIAuthError,
    );
    await expect((await createClassifier({ ...options(), model: "ft:gpt-4o-mini-2024-07-18:acme::gone" })).classify("hi")).rejects.toBeInstanceOf(
      OpenAIModelNotFoundError,
    );
    server.fail({ path: "/chat/completions", status: 429, retryAfterMs: 1, times: 2 });
    const before = server.requests.length;
    await expect((await createClassifier({ ...options(), model: FINE_TUNED })).classify("hi")).rejects.toBeInstanceOf(OpenAIRateLimitError);
    expect(server.requests.length - before).toBe(2);
  });
});

describe("classifyCommand with provider openai", () => {
  it("prints one prediction per message from the model named by --model, reading the key from the environment", async () => {
    vi.stubEnv("OPENAI_API_KEY", server.apiKey);
    vi.stubEnv("OPENAI_BASE_URL", server.baseURL);
    try {
      let out = "";
      const count = await classifyCommand({
        text: "we used all the towels",
        provider: "openai",
        model: FINE_TUNED,
        write: (line) => {
          out += line;
        },
      });
      expect(count).toBe(1);
      expect(JSON.parse(out)).toMatchObject({ intent: 17, confidence: expect.closeTo(0.8, 10) });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("refuses --provider openai without --model, and --model without --provider openai", async () => {
    await expect(classifyCommand({ text: "hi", provider: "openai" })).rejects.toThrow("--provider openai needs --model");
    await expect(classifyCommand({ text: "hi", model: FINE_TUNED })).rejects.toThrow("--model and --prompt go with --provider openai");
  });
});
