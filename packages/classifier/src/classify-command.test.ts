import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { trainFixtureModel } from "@hotel-intent/finetune/testing";
import { DataError, predictionSchema } from "@hotel-intent/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { classifyCommand } from "./classify-command.js";
import { InvalidMessageError, ModelLoadError } from "./errors.js";

let modelDir = "";
beforeAll(async () => {
  modelDir = await trainFixtureModel();
});

async function run(options: Parameters<typeof classifyCommand>[0]) {
  let out = "";
  await classifyCommand({
    modelDir,
    ...options,
    write: (text) => {
      out += text;
    },
  });
  return out
    .trim()
    .split("\n")
    .map((line) => predictionSchema.parse(JSON.parse(line)));
}

async function inputFile(content: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "hotel-intent-input-")), "messages.txt");
  await writeFile(file, content);
  return file;
}

describe("classifyCommand", () => {
  it("prints one prediction for one message, with three alternatives", async () => {
    const [prediction] = await run({ text: "we have so many heavy suitcases, can someone carry them up?" });
    expect(prediction?.intent).toBe(10);
    expect(prediction?.label).toBe("Request luggage assistance");
    expect(prediction?.alternatives).toHaveLength(2);
    const total = (prediction?.confidence ?? 0) + (prediction?.alternatives ?? []).reduce((sum, a) => sum + (a.confidence ?? 0), 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it("reads JSONL shapes and plain lines from a file and answers in input order", async () => {
    const file = await inputFile(
      [
        '{"text":"could we get more towels, the kids used them all"}',
        "our flight leaves late tonight, can we keep the room past noon?",
        "",
        '{"input_text":"please help carry our suitcases"}',
        '{"item":{"input_text":"the shampoo is empty, can we have more"}}',
      ].join("\n"),
    );
    expect((await run({ input: file })).map((p) => p.intent)).toEqual([17, 7, 10, 17]);
  });

  it("abstains with a null intent and the reason below the threshold", async () => {
    const [prediction] = await run({ text: "our flight is late tonight, can we keep the room", threshold: 1 });
    expect(prediction).toMatchObject({ reason: "low_confidence" });
    expect(prediction?.intent).toBeNull();
    expect(prediction?.label).toBeNull();
    expect(prediction?.alternatives).toHaveLength(3);
  });

  it("refuses an empty message and a message over 10,000 characters", async () => {
    await expect(run({ text: "   " })).rejects.toThrow(InvalidMessageError);
    await expect(run({ text: "a".repeat(1_000_000) })).rejects.toThrow("limit is 10000");
  });

  it("names the file and line of a bad input line before classifying anything", async () => {
    const file = await inputFile('fine message\n{"txt":"typo"}\n');
    await expect(run({ input: file })).rejects.toThrow(`${file}:2: text: missing`);
    const blank = await inputFile('{"text":"  "}\n');
    await expect(run({ input: blank })).rejects.toThrow(DataError);
  });

  it("streams a file: predictions of earlier batches are written before a bad line further down stops the run", async () => {
    const lines = Array.from({ length: 600 }, (_, index) => (index === 599 ? '{"txt":"typo"}' : `please bring more towels to room ${index}`));
    const file = await inputFile(lines.join("\r\n"));
    let out = "";
    const run = classifyCommand({
      modelDir,
      input: file,
      write: (text) => {
        out += text;
      },
    });
    await expect(run).rejects.toThrow(`${file}:600: text: missing`);
    expect(out.trim().split("\n")).toHaveLength(512);
  });

  it("reports invalid UTF-8 with its line", async () => {
    const file = await inputFile("");
    await writeFile(file, Buffer.from([0x6f, 0x6b, 0x0a, 0xc3, 0x28, 0x0a]));
    await expect(run({ input: file })).rejects.toThrow(`${file}:2: is not valid UTF-8`);
  });

  it("tells a package user what a missing model folder must hold", async () => {
    await expect(classifyCommand({ text: "hi", modelDir: "/nonexistent/model", write: () => {} })).rejects.toThrow(ModelLoadError);
    await expect(classifyCommand({ text: "hi", modelDir: "/nonexistent/model", write: () => {} })).rejects.toThrow(
      "no embedded model in /nonexistent/model: modelDir must be a folder",
    );
  });
});
