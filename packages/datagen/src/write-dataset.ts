import { createHash } from "node:crypto";
import { join } from "node:path";
import { type Manifest, type SplitName, writeJson, writeJsonl } from "@hotel-intent/shared";
import type { DatasetRow } from "./local/generate-local.js";

export interface WriteDatasetOptions {
  dir: string;
  splits: Record<SplitName, DatasetRow[]>;
  manifest: Omit<Manifest, "splits">;
}

/** Writes `train/validation/test.jsonl`, then `manifest.json` last, each atomically: a manifest on disk always describes complete files. */
export async function writeDataset({ dir, splits, manifest }: WriteDatasetOptions): Promise<Manifest> {
  const described = {} as Manifest["splits"];
  for (const name of ["train", "validation", "test"] as const) {
    const rows = splits[name];
    const file = `${name}.jsonl`;
    const data = rows.map((row) => JSON.stringify(row)).join("\n") + (rows.length > 0 ? "\n" : "");
    await writeJsonl({ file: join(dir, file), rows });
    const perIntent: Record<string, number> = {};
    for (const row of rows) perIntent[row.intent] = (perIntent[row.intent] ?? 0) + 1;
    described[name] = { file, count: rows.length, sha256: createHash("sha256").update(data).digest("hex"), perIntent };
  }
  const full: Manifest = { ...manifest, splits: described };
  await writeJson({ file: join(dir, "manifest.json"), value: full });
  return full;
}
