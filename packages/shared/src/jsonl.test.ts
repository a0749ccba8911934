import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError, MissingInputError } from "./errors.js";
import { readJsonl, writeJsonl } from "./jsonl.js";
import { anyLabelledSchema } from "./labelled-example.js";
import { labelledExampleSchema } from "./schemas.js";

async function fixture(content: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "hotel-intent-jsonl-"));
  const file = join(dir, "data.jsonl");
  await writeFile(file, content);
  return file;
}

describe("readJsonl", () => {
  it("reads every line and skips blank ones", async () => {
    const file = await fixture('{"text":"a towel please","intent":17}\n\n{"text":"late flight","intent":7}\n');
    expect(await readJsonl({ file, schema: labelledExampleSchema })).toEqual([
      { text: "a towel please", intent: 17 },
      { text: "late flight", intent: 7 },
    ]);
  });

  it("names the file, line and field of a bad value", async () => {
    const file = await fixture('{"text":"fine","intent":7}\n{"text":"bad","intent":41}\n');
    await expect(readJsonl({ file, schema: labelledExampleSchema })).rejects.toThrow(`${file}:2: intent: `);
  });

  it("reports an empty message by line and field", async () => {
    const file = await fixture('{"text":"   ","intent":7}\n');
    await expect(readJsonl({ file, schema: labelledExampleSchema })).rejects.toThrow(`${file}:1: text: is empty`);
  });

  it("reports malformed JSON with its line", async () => {
    const file = await fixture('{"text":"fine","intent":7}\n{"text": oops}\n');
    await expect(readJsonl({ file, schema: labelledExampleSchema })).rejects.toThrow(new RegExp(`${file}:2: is not valid JSON`));
  });

  it("lists several bad lines at once", async () => {
    const file = await fixture('{"text":"","intent":7}\n{"text":"x","intent":41}\n');
    const error = await readJsonl({ file, schema: labelledExampleSchema }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toContain("2 bad lines");
    expect((error as Error).message).toContain(`${file}:1: text: is empty`);
    expect((error as Error).message).toContain(`${file}:2: intent:`);
  });

  it("rejects invalid UTF-8 with the line it is on", async () => {
    const file = await fixture(Buffer.concat([Buffer.from('{"text":"ok","intent":1}\n{"text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('","intent":2}\n')]));
    await expect(readJsonl({ file, schema: labelledExampleSchema })).rejects.toThrow(`${file}:2: is not valid UTF-8`);
  });

  it("rejects a file with no data lines", async () => {
    const file = await fixture("\n\n");
    await expect(readJsonl({ file, schema: labelledExampleSchema })).rejects.toThrow("has no data lines");
  });

  it("throws MissingInputError with the hint for a missing file", async () => {
    await expect(readJsonl({ file: "/nonexistent/x.jsonl", schema: labelledExampleSchema, missingHint: "run pnpm datagen" })).rejects.toThrow(
      MissingInputError,
    );
    await expect(readJsonl({ file: "/nonexistent/x.jsonl", schema: labelledExampleSchema, missingHint: "run pnpm datagen" })).rejects.toThrow(
      "run pnpm datagen",
    );
  });
});

describe("anyLabelledSchema", () => {
  it("reads the three labelled shapes as {text, intent}", async () => {
    const file = await fixture(
      [
        '{"text":"can we stay longer","intent":7}',
        '{"messages":[{"role":"system","content":"x"},{"role":"user","content":"where do I park"},{"role":"assistant","content":"33"}]}',
        '{"item":{"input_text":"is the pool open","correct_label":"32"}}',
      ].join("\n"),
    );
    expect(await readJsonl({ file, schema: anyLabelledSchema })).toEqual([
      { text: "can we stay longer", intent: 7 },
      { text: "where do I park", intent: 33 },
      { text: "is the pool open", intent: 32 },
    ]);
  });

  it("rejects an SFT line whose answer names no intent", async () => {
    const file = await fixture('{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"maybe"}]}\n');
    await expect(readJsonl({ file, schema: anyLabelledSchema })).rejects.toThrow(`${file}:1: messages: the assistant message names no intent`);
  });

  it("rejects an eval item with a label outside 0-40", async () => {
    const file = await fixture('{"item":{"input_text":"hi","correct_label":"41"}}\n');
    await expect(readJsonl({ file, schema: anyLabelledSchema })).rejects.toThrow(`${file}:1: item.correct_label:`);
  });
});

describe("writeJsonl", () => {
  it("writes one line per row and leaves no temporary file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hotel-intent-write-"));
    const file = join(dir, "nested", "out.jsonl");
    await writeJsonl({ file, rows: [{ a: 1 }, { b: "two" }] });
    expect(await readFile(file, "utf8")).toBe('{"a":1}\n{"b":"two"}\n');
    expect(await readdir(join(dir, "nested"))).toEqual(["out.jsonl"]);
  });
});
