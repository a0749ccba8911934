import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileAtomic, writeJson } from "@hotel-intent/shared";
import { describe, expect, it } from "vitest";
import { makeReport } from "./__fixtures__/make-report.js";
import { writeReportHtml } from "./write-report-html.js";

describe("writeReportHtml", () => {
  it("writes report.html comparing the models on the same dataset, and refreshes their pages", async () => {
    const reports = await mkdtemp(join(tmpdir(), "hotel-intent-reports-"));
    const peer = makeReport({
      name: "openai-gpt-4.1-test",
      model: "gpt-4.1",
      provider: "openai",
      cost: { usd: 0.01, usdPer1000Messages: 1.25, promptTokens: 1, completionTokens: 1 },
    });
    await writeJson({ file: join(reports, peer.name, "report.json"), value: peer });
    const elsewhere = makeReport({ name: "other-set", model: "gpt-3.5-turbo", provider: "openai", dataset: "/data/other.jsonl" });
    await writeJson({ file: join(reports, elsewhere.name, "report.json"), value: elsewhere });
    await writeFileAtomic({ file: join(reports, "broken", "report.json"), data: '{"name": "broken"}' });

    const report = makeReport();
    const file = await writeReportHtml({ dir: join(reports, report.name), report });
    const html = await readFile(file, "utf8");
    expect(file).toBe(join(reports, "local-test", "report.html"));
    expect(html).toContain("gpt-4.1 (openai)");
    expect(html).not.toContain("gpt-3.5-turbo (openai)");
    expect(html).toContain("Not compared (unreadable report):");
    expect(html).toContain(`${join(reports, "broken", "report.json")}: createdAt:`);
    expect(html).toContain('data-chart="cost"');

    const peerHtml = await readFile(join(reports, peer.name, "report.html"), "utf8");
    expect(peerHtml).toContain("gpt-4.1 (openai) ◀ this report");
    expect(peerHtml).toContain("embedded (1200 features) (local)");
  });
});
