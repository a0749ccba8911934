import { describe, expect, it } from "vitest";
import { readEnv } from "../env.js";
import { createOpenAIClient } from "./create-openai-client.js";

const env = readEnv();

/** Cheap calls against the real endpoint (OPENAI_BASE_URL or api.openai.com): a models list and one 1-token completion. */
describe.skipIf(!env.OPENAI_API_KEY && !env.AZURE_OPENAI_API_KEY)("the OpenAI API, live", () => {
  it("lists models that include gpt-4o-mini", async () => {
    const client = createOpenAIClient();
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids.some((id) => id.startsWith("gpt-4o-mini"))).toBe(true);
  });

  it("answers one chat completion with usage", async () => {
    const client = createOpenAIClient();
    const completion = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Reply with the digit 7 and nothing else." }],
      temperature: 0,
      max_completion_tokens: 2,
    });
    expect(completion.choices[0]?.message.content?.trim()).toBe("7");
    expect(completion.usage?.prompt_tokens).toBeGreaterThan(0);
  });
});
