import { trainFixtureModel } from "@hotel-intent/finetune/testing";
import { predictionSchema } from "@hotel-intent/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { classifyCommand } from "./classify-command.js";
import { InvalidOptionError } from "./errors.js";
import { createLocalClassifier } from "./local-classifier.js";
import { startServer } from "./serve/start-server.js";

let modelDir = "";
beforeAll(async () => {
  modelDir = await trainFixtureModel({ outOfScope: true });
});

describe("the none-of-these outcome, with no option set", () => {
  it("rejects an off-topic message as out of scope, keeping the alternatives, and classifies a guest request", async () => {
    const classifier = await createLocalClassifier({ modelDir });
    const rejected = classifier.classifySync("what is the capital city of Spain");
    expect(predictionSchema.parse(rejected)).toMatchObject({ intent: null, label: null, reason: "out_of_scope" });
    expect(rejected.confidence).toBeGreaterThanOrEqual(classifier.outOfScopeThreshold as number);
    expect(rejected.alternatives).toHaveLength(3);
    expect(rejected.alternatives.every((alternative) => [7, 10, 17].includes(alternative.intent))).toBe(true);
    expect(classifier.classifySync("could someone carry our heavy suitcases up to the room?")).toMatchObject({
      intent: 10,
      label: "Request luggage assistance",
    });
  });

  it("rejects a message in another language before the model", async () => {
    const classifier = await createLocalClassifier({ modelDir });
    expect(classifier.classifySync("¿Podemos dejar la habitación más tarde? Nuestro vuelo sale por la noche.")).toEqual({
      intent: null,
      label: null,
      reason: "unsupported_language",
      confidence: null,
      alternatives: [],
    });
  });

  it("refuses thresholds outside 0..1", async () => {
    await expect(createLocalClassifier({ modelDir, threshold: 2 })).rejects.toThrow(InvalidOptionError);
    await expect(createLocalClassifier({ modelDir, outOfScopeThreshold: -0.1 })).rejects.toThrow("outOfScopeThreshold must be from 0 to 1, got -0.1");
  });

  it("comes out of the CLI and of serve (classify, and the chat answer 0)", async () => {
    let out = "";
    await classifyCommand({
      text: "what is the capital city of Spain",
      modelDir,
      write: (text) => {
        out += text;
      },
    });
    expect(JSON.parse(out)).toMatchObject({ intent: null, reason: "out_of_scope" });
    const server = await startServer({ classifier: await createLocalClassifier({ modelDir }), port: 0 });
    try {
      const post = async (path: string, body: unknown) =>
        (await fetch(`${server.url}${path}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } })).json();
      expect(await post("/v1/classify", { text: "what is the capital city of Spain" })).toMatchObject({ prediction: { intent: null, reason: "out_of_scope" } });
      const chat = (await post("/v1/chat/completions", {
        model: "hotel-intent",
        messages: [{ role: "user", content: "what is the capital city of Spain" }],
      })) as {
        choices: { message: { content: string } }[];
      };
      expect(chat.choices[0]?.message.content).toBe("0");
    } finally {
      await server.close();
    }
  });
});
