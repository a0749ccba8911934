import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DataError } from "@hotel-intent/shared";
import { describe, expect, it } from "vitest";
import { countChatTokens } from "./count-tokens.js";
import { validateSftFile } from "./validate-sft-file.js";

const good = (intent: number) => ({
  messages: [
    { role: "system", content: "Classify." },
    { role: "user", content: `message ${intent}` },
    { role: "assistant", content: String(intent) },
  ],
});

async function file(lines: unknown[]): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "hotel-intent-sft-")), "train.sft.jsonl");
  await writeFile(path, `${lines.map((line) => JSON.stringify(line)).join("\n")}\n`);
  return path;
}

describe("validateSftFile", () => {
  it("returns the example count and the o200k token total of a valid file", async () => {
    const lines = Array.from({ length: 12 }, (_, index) => good(index + 1));
    const stats = await validateSftFile({ file: await file(lines), maxExampleTokens: 1000 });
    expect(stats.examples).toBe(12);
    expect(stats.tokens).toBe(lines.reduce((sum, line) => sum + countChatTokens(line.messages), 0));
    expect(stats.longest).toBe(Math.max(...lines.map((line) => countChatTokens(line.messages))));
  });

  it("reports empty contents and a user message last, each with its line and field", async () => {
    const lines = Array.from({ length: 12 }, (_, index) => good(index + 1));
    lines[2] = {
      messages: [
        { role: "user", content: "x" },
        { role: "assistant", content: "" },
      ],
    };
    lines[4] = {
      messages: [
        { role: "user", content: " " },
        { role: "assistant", content: "5" },
      ],
    };
    lines[6] = {
      messages: [
        { role: "assistant", content: "7" },
        { role: "user", content: "thanks" },
      ],
    };
    const path = await file(lines);
    const error = await validateSftFile({ file: path, maxExampleTokens: 1000 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message.split("\n").slice(1)).toEqual([
      `  ${path}:3: messages.1.content: is empty`,
      `  ${path}:5: messages.0.content: is empty`,
      `  ${path}:7: messages.1.role: the last message must be the assistant's answer`,
    ]);
  });

  it("refuses lines that are not SFT examples or use an unknown role, naming the field", async () => {
    const lines: unknown[] = Array.from({ length: 12 }, (_, index) => good(index + 1));
    lines[0] = { text: "hi", intent: 3 };
    lines[1] = {
      messages: [
        { role: "narrator", content: "x" },
        { role: "assistant", content: "2" },
      ],
    };
    const path = await file(lines);
    await expect(validateSftFile({ file: path, maxExampleTokens: 1000 })).rejects.toThrow(`${path}:1: messages: Invalid input`);
    await expect(validateSftFile({ file: path, maxExampleTokens: 1000 })).rejects.toThrow(`${path}:2: messages.0.role: Invalid option`);
  });
});
