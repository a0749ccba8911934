import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { readEnv } from "./env.js";

/** The project folder: `HOTEL_INTENT_ROOT`, else the nearest folder at or above `from` holding `pnpm-workspace.yaml`, else `from`. */
export function findRoot(from: string = process.cwd()): string {
  const configured = readEnv().HOTEL_INTENT_ROOT;
  if (configured) return resolve(configured);
  for (let folder = resolve(from); ; folder = dirname(folder)) {
    if (existsSync(join(folder, "pnpm-workspace.yaml"))) return folder;
    if (dirname(folder) === folder) return resolve(from);
  }
}

/** Where each stage reads and writes, under the project folder. */
export function projectPaths(root: string = findRoot()) {
  const datasets = join(root, "datasets");
  return {
    root,
    config: join(root, "hotel-intent.config.json"),
    corpus: join(datasets, "corpus"),
    generated: join(datasets, "generated"),
    localModel: join(datasets, "models", "local"),
    openaiModel: join(datasets, "models", "openai"),
    reports: join(datasets, "reports"),
    /** The original project's reference data, beside the project when present. */
    seedData: join(root, "..", "shared", "seed-data"),
    /** The original project's benchmark (never training data) and its training split, in seedData. */
    vagueIntentEval: join(root, "..", "shared", "seed-data", "vagueintent-eval.jsonl"),
    vagueIntentTrain: join(root, "..", "shared", "seed-data", "vagueintent-train.jsonl"),
  };
}

export type ProjectPaths = ReturnType<typeof projectPaths>;
