import { basename, dirname, join } from "node:path";
import { writeFileAtomic } from "@hotel-intent/shared";
import type { Report } from "../report.js";
import { findPeerReports } from "./find-peer-reports.js";
import { renderReportHtml } from "./render-report-html.js";

export interface WriteReportHtmlOptions {
  /** The report's folder (datasets/reports/<name>); its parent holds the reports it is compared with. */
  dir: string;
  report: Report;
  /** Also rewrite report.html of every other report on the same dataset, so each page compares the current set of models. @default true */
  refreshPeers?: boolean;
}

/** Writes `dir/report.html` (atomically), comparing the report with every report in the parent folder measured on the same file. */
export async function writeReportHtml({ dir, report, refreshPeers = true }: WriteReportHtmlOptions): Promise<string> {
  const reportsDir = dirname(dir);
  const { peers, skipped } = await findPeerReports({ reportsDir, dataset: report.dataset, exclude: basename(dir) });
  const file = join(dir, "report.html");
  await writeFileAtomic({ file, data: await renderReportHtml({ report, peers: peers.map((peer) => peer.report), skipped }) });
  if (refreshPeers) {
    for (const peer of peers) {
      const others = [report, ...peers.filter((other) => other !== peer).map((other) => other.report)];
      await writeFileAtomic({ file: join(peer.dir, "report.html"), data: await renderReportHtml({ report: peer.report, peers: others, skipped }) });
    }
  }
  return file;
}
