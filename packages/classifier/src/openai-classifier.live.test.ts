import { readEnv } from "@hotel-intent/shared";
import { describe, expect, it } from "vitest";
import { createClassifier } from "./create-classifier.js";

const env = readEnv();

/** One classification by gpt-4o-mini with the full prompt (a few hundred prompt tokens, a fraction of a cent). */
describe.skipIf(!env.OPENAI_API_KEY && !env.AZURE_OPENAI_API_KEY)("the OpenAI classifier, live", () => {
  it("returns a prediction with a confidence from the logprobs", async () => {
    const classifier = await createClassifier({ provider: "openai", model: "gpt-4o-mini" });
    const detailed = await classifier.classifyDetailed("our flight isn't until the evening, could we keep the room a bit longer?");
    expect(detailed.prediction.intent).toBeGreaterThanOrEqual(1);
    expect(detailed.prediction.intent).toBeLessThanOrEqual(40);
    expect(detailed.prediction.confidence).toBeGreaterThan(0);
    expect(detailed.prediction.confidence).toBeLessThanOrEqual(1);
    expect(detailed.usage.promptTokens).toBeGreaterThan(300);
  });
});
