import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { projectPaths } from "@hotel-intent/shared";
import { describe, expect, it } from "vitest";
import { DOCUMENTS, normaliseMarkdown, renderResultsTable, replaceResults } from "./render-results-table.js";

const paths = projectPaths();
const reports = existsSync(join(paths.reports, "local-test", "report.json"));
if (!reports) process.stderr.write("docs.slow.test.ts: no pipeline reports (run `pnpm run pipeline` first); the README check is skipped\n");

describe("the READMEs' results tables", () => {
  it.skipIf(!reports).each(DOCUMENTS)("%s equals what the pipeline's reports say (run `pnpm docs:results` after a change)", async (name) => {
    const table = (await renderResultsTable({ reportsDir: paths.reports })) as string;
    const file = join(paths.root, name);
    const document = await readFile(file, "utf8");
    expect(normaliseMarkdown(replaceResults({ document, table, file }))).toBe(normaliseMarkdown(document));
  });
});
