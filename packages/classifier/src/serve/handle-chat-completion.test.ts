import { trainFixtureModel } from "@hotel-intent/finetune/testing";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalClassifier } from "../local-classifier.js";
import { type RunningServer, startServer } from "./start-server.js";

let server: RunningServer;
let abstaining: RunningServer;
let client: OpenAI;

beforeAll(async () => {
  const modelDir = await trainFixtureModel();
  server = await startServer({ classifier: await createLocalClassifier({ modelDir }), port: 0 });
  abstaining = await startServer({ classifier: await createLocalClassifier({ modelDir, threshold: 1 }), port: 0 });
  client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "not-checked", maxRetries: 0 });
});
afterAll(async () => {
  await server.close();
  await abstaining.close();
});

describe("POST /v1/chat/completions", () => {
  it("returns the intent number of the last user message to the openai SDK, with usage in words", async () => {
    const completion = await client.chat.completions.create({
      model: "hotel-intent",
      messages: [
        { role: "system", content: "Classify the guest message." },
        { role: "user", content: "more towels please" },
        { role: "assistant", content: "17" },
        { role: "user", content: "we have four heavy suitcases, could somebody bring them up" },
      ],
      temperature: 0,
    });
    expect(completion.object).toBe("chat.completion");
    expect(completion.model).toBe("hotel-intent");
    expect(completion.id).toMatch(/^chatcmpl-[0-9a-f]{32}$/);
    expect(completion.choices).toHaveLength(1);
    expect(completion.choices[0]?.message).toMatchObject({ role: "assistant", content: "10" });
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(completion.usage).toEqual({ prompt_tokens: 10, completion_tokens: 1, total_tokens: 11 });
  });

  it("joins the text parts of a message given as an array", async () => {
    const completion = await client.chat.completions.create({
      model: "hotel-intent",
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "our flight is late tonight," },
            { type: "text", text: "can we keep the room past noon?" },
          ],
        },
      ],
    });
    expect(completion.choices[0]?.message.content).toBe("7");
    expect(completion.usage?.prompt_tokens).toBe(12);
  });

  it('answers "0" when the classifier abstains below its threshold', async () => {
    const abstainClient = new OpenAI({ baseURL: `${abstaining.url}/v1`, apiKey: "not-checked", maxRetries: 0 });
    const completion = await abstainClient.chat.completions.create({ model: "hotel-intent", messages: [{ role: "user", content: "hello, a question" }] });
    expect(completion.choices[0]?.message.content).toBe("0");
  });

  it("throws the SDK's NotFoundError for another model and BadRequestError for bad requests", async () => {
    const user = [{ role: "user" as const, content: "more towels please" }];
    const notFound = await client.chat.completions.create({ model: "gpt-4o-mini", messages: user }).catch((error: unknown) => error);
    expect(notFound).toBeInstanceOf(OpenAI.NotFoundError);
    expect((notFound as InstanceType<typeof OpenAI.NotFoundError>).code).toBe("model_not_found");
    const cases = [
      { messages: [{ role: "system" as const, content: "no user here" }], param: "messages" },
      { messages: [{ role: "user" as const, content: "   " }], param: "messages.0.content" },
      { messages: [{ role: "user" as const, content: [{ type: "image_url" as const, image_url: { url: "data:," } }] }], param: "messages.0.content" },
    ];
    for (const { messages, param } of cases) {
      const error = await client.chat.completions.create({ model: "hotel-intent", messages }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OpenAI.BadRequestError);
      expect((error as InstanceType<typeof OpenAI.BadRequestError>).param).toBe(param);
    }
    const streamed = await client.chat.completions.create({ model: "hotel-intent", messages: user, stream: true }).catch((error: unknown) => error);
    expect((streamed as InstanceType<typeof OpenAI.BadRequestError>).param).toBe("stream");
    const completion = await client.chat.completions.create({ model: "hotel-intent", messages: user });
    expect(completion.choices[0]?.message.content).toBe("17");
  });
});
