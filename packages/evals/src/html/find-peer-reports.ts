import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { HotelIntentError, readJson } from "@hotel-intent/shared";
import { reportSchema, type StoredReport } from "./report-schema.js";

export interface FindPeerReportsOptions {
  /** The folder holding one folder per report (datasets/reports). */
  reportsDir: string;
  /** Only reports measured on this file are peers. */
  dataset: string;
  /** This report's own folder name, left out. */
  exclude?: string;
}

export interface PeerReports {
  /** Valid reports on the same dataset, by folder name. */
  peers: { dir: string; report: StoredReport }[];
  /** report.json files that could not be read, with the reason (shown on the page, never silently dropped). */
  skipped: string[];
}

/** Every other report in `reportsDir` whose dataset is the same file: the models to compare with. */
export async function findPeerReports({ reportsDir, dataset, exclude }: FindPeerReportsOptions): Promise<PeerReports> {
  const result: PeerReports = { peers: [], skipped: [] };
  if (!existsSync(reportsDir)) return result;
  const entries = await readdir(reportsDir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || entry.name === exclude) continue;
    const dir = join(reportsDir, entry.name);
    const file = join(dir, "report.json");
    if (!existsSync(file)) continue;
    try {
      const report = await readJson({ file, schema: reportSchema });
      if (resolve(report.dataset) === resolve(dataset)) result.peers.push({ dir, report });
    } catch (error) {
      if (!(error instanceof HotelIntentError)) throw error;
      result.skipped.push(error.message);
    }
  }
  return result;
}
