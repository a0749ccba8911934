import { existsSync } from "node:fs";
import { readJson, writeJson } from "@hotel-intent/shared";
import { z } from "zod";

/** One data file on one endpoint: the uploaded file, the eval, and a run per model. */
const entrySchema = z.object({
  endpoint: z.string(),
  fileId: z.string(),
  evalId: z.string().nullable(),
  /** Run ids by model. */
  runs: z.record(z.string(), z.string()),
});

/** `datasets/reports/openai-evals/state.json`, keyed by the SHA-256 of the uploaded items file and the endpoint. */
export const evalsApiStateSchema = z.object({ entries: z.record(z.string(), entrySchema) });
export type EvalsApiEntry = z.infer<typeof entrySchema>;

export async function readEvalsApiEntry({ file, key }: { file: string; key: string }): Promise<EvalsApiEntry | undefined> {
  if (!existsSync(file)) return undefined;
  return (await readJson({ file, schema: evalsApiStateSchema })).entries[key];
}

/** Saves one entry (re-reading the file first), atomically: a run id is never lost, so a rerun polls it instead of paying again. */
export async function saveEvalsApiEntry({ file, key, entry }: { file: string; key: string; entry: EvalsApiEntry }): Promise<void> {
  const state = existsSync(file) ? await readJson({ file, schema: evalsApiStateSchema }) : { entries: {} };
  state.entries[key] = entry;
  await writeJson({ file, value: state });
}
