import { type FakeOpenAI, startFakeOpenAI } from "@hotel-intent/testing";
import { AzureOpenAI } from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenAIClient, createOpenAIClientFromConfig, describeEndpoint } from "./create-openai-client.js";
import { openaiConfigSchema } from "./openai-config.js";
import { OpenAIKeyMissingError } from "./openai-errors.js";

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI({ chat: () => "7" });
});
afterAll(() => server.close());

describe("createOpenAIClient", () => {
  it("throws a key-missing error naming the option and OPENAI_API_KEY when there is no key", () => {
    expect(() => createOpenAIClient({ env: {} })).toThrow(OpenAIKeyMissingError);
    expect(() => createOpenAIClient({ env: {} })).toThrow("pass apiKey or set OPENAI_API_KEY");
  });

  it("reads the key and the base URL from the environment and talks to that endpoint", async () => {
    const client = createOpenAIClient({ env: { OPENAI_API_KEY: server.apiKey, OPENAI_BASE_URL: server.baseURL } });
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toContain("gpt-4.1");
    expect(server.sequence().at(-1)).toBe("GET /v1/models");
    expect(describeEndpoint(client)).toBe(server.baseURL);
  });

  it("prefers an explicit key and base URL over the environment", async () => {
    const client = createOpenAIClient({
      apiKey: server.apiKey,
      baseURL: server.baseURL,
      env: { OPENAI_API_KEY: "sk-wrong", OPENAI_BASE_URL: "http://127.0.0.1:9/v1" },
    });
    const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
    expect(completion.choices[0]?.message.content).toBe("7");
  });

  it("returns an AzureOpenAI client that sends the api-key header and the deployment path when AZURE_OPENAI_ENDPOINT is set", async () => {
    const client = createOpenAIClient({ env: { AZURE_OPENAI_ENDPOINT: server.origin, AZURE_OPENAI_API_KEY: server.apiKey, OPENAI_API_VERSION: "2024-10-21" } });
    expect(client).toBeInstanceOf(AzureOpenAI);
    const completion = await client.chat.completions.create({ model: "gpt-4.1", messages: [{ role: "user", content: "hi" }] });
    expect(completion.choices[0]?.message.content).toBe("7");
    const last = server.requests.at(-1);
    expect(`${last?.method} ${last?.path}${last?.query}`).toBe("POST /openai/deployments/gpt-4.1/chat/completions?api-version=2024-10-21");
    expect(describeEndpoint(client)).toBe(`${server.origin}/openai (Azure OpenAI)`);
  });

  it("names AZURE_OPENAI_API_KEY when Azure is configured without a key", () => {
    expect(() => createOpenAIClient({ azureEndpoint: server.origin, env: {} })).toThrow("AZURE_OPENAI_API_KEY");
  });
});

describe("createOpenAIClientFromConfig", () => {
  it("takes the Azure endpoint, the retries and the timeout from the config", () => {
    const config = openaiConfigSchema.parse({ maxRetries: 5, timeoutMs: 30_000, azure: { endpoint: server.origin } });
    const client = createOpenAIClientFromConfig({ config, apiKey: server.apiKey });
    expect(client).toBeInstanceOf(AzureOpenAI);
    expect(describeEndpoint(client)).toBe(`${server.origin}/openai (Azure OpenAI)`);
    expect(client.maxRetries).toBe(5);
    expect(client.timeout).toBe(30_000);
  });

  it("lets an explicit base URL take precedence over the config's Azure endpoint", () => {
    const config = openaiConfigSchema.parse({ azure: { endpoint: server.origin } });
    const client = createOpenAIClientFromConfig({ config, apiKey: server.apiKey, baseURL: server.baseURL });
    expect(describeEndpoint(client)).toBe(server.baseURL);
  });
});
