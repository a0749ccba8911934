import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { INTENTS } from "./intents.js";

const seed = fileURLToPath(new URL("../../../../shared/seed-data/intents.json", import.meta.url));

describe("INTENTS", () => {
  it("has ids 1 to 40 in order with unique kebab-case slugs and a description each", () => {
    expect(INTENTS.map((intent) => intent.id)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(new Set(INTENTS.map((intent) => intent.slug)).size).toBe(40);
    for (const intent of INTENTS) {
      expect(intent.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(intent.description.length).toBeGreaterThan(20);
    }
  });

  it.skipIf(!existsSync(seed))("matches the original project's ids and names exactly", () => {
    const original = JSON.parse(readFileSync(seed, "utf8")) as { id: number; name: string }[];
    expect(INTENTS.map(({ id, name }) => ({ id, name }))).toEqual(original);
  });
});
