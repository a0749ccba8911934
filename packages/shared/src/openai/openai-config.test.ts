import { describe, expect, it } from "vitest";
import { configSchema } from "../config.js";

describe("configSchema openai", () => {
  it("defaults to the original project's fine-tuning job and the teacher, student and eval models", () => {
    const { openai } = configSchema.parse({});
    expect(openai.finetune).toMatchObject({ model: "gpt-4o-mini-2024-07-18", nEpochs: 1, learningRateMultiplier: 0.3, batchSize: "auto", seed: 42 });
    expect(openai.datagen.teacher).toBe("gpt-4.1");
    expect(openai.datagen.student).toBe("gpt-4o-mini");
    expect(openai.evals.models).toEqual(["fine-tuned", "gpt-4o-mini", "gpt-4.1"]);
    expect(openai.maxCost).toBe(5);
    expect(openai.prices["gpt-4o-mini"]?.training).toBe(3);
  });

  it("refuses a suffix over 64 characters and a negative maxCost, naming the field", () => {
    const result = configSchema.safeParse({ openai: { maxCost: -1, finetune: { suffix: "x".repeat(65) } } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["openai.maxCost", "openai.finetune.suffix"]);
  });
});
