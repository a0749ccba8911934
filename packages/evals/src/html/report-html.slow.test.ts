import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_CORPUS_DIR, trainFixtureModel } from "@hotel-intent/finetune/testing";
import { labelledExampleSchema, projectPaths, readJsonl, writeJson, writeJsonl } from "@hotel-intent/shared";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runLocalEvals } from "../run-local-evals.js";
import { makeReport } from "./__fixtures__/make-report.js";

/** Debian's chromium package; the test never downloads a browser. */
const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const present = existsSync(CHROMIUM);
const SKIPPED = `skipped: ${CHROMIUM} is absent; install Debian's chromium (\`apt-get update && apt-get install -y chromium\`) to run it`;
const title = present ? "report.html in headless Chromium" : `report.html in headless Chromium (${SKIPPED})`;
if (!present) process.stderr.write(`report-html.slow.test.ts: ${SKIPPED}\n`);

interface PageCheck {
  charts: Record<string, { svgs: number; marks: number; width: number; height: number }>;
  problems: string[];
  requests: string[];
  screenshots: string[];
}

/** Opens a report.html, measures every chart, and saves a full-page screenshot to the temp dir (and HOTEL_INTENT_SCREENSHOT_DIR when set). */
async function openReport(browser: Browser, file: string, shotName: string): Promise<PageCheck> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("request", (request) => requests.push(request.url()));
  try {
    await page.goto(`file://${file}`, { waitUntil: "load" });
    const charts: PageCheck["charts"] = {};
    for (const figure of await page.locator("figure.chart").all()) {
      const name = (await figure.getAttribute("data-chart")) ?? "?";
      const box = await figure.locator("svg").first().boundingBox();
      charts[name] = {
        svgs: await figure.locator("svg").count(),
        marks: await figure.locator("svg g.role-mark > *").count(),
        width: box?.width ?? 0,
        height: box?.height ?? 0,
      };
    }
    const dirs = [tmpdir(), ...(process.env.HOTEL_INTENT_SCREENSHOT_DIR ? [process.env.HOTEL_INTENT_SCREENSHOT_DIR] : [])];
    const screenshots: string[] = [];
    for (const dir of dirs) {
      await mkdir(dir, { recursive: true });
      const path = join(dir, shotName);
      await page.screenshot({ path, fullPage: true });
      screenshots.push(path);
    }
    return { charts, problems, requests, screenshots };
  } finally {
    await page.close();
  }
}

describe.skipIf(!present)(title, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("renders every chart of a small real report with marks, no console error and no request but the page", async () => {
    const root = await mkdtemp(join(tmpdir(), "hotel-intent-html-"));
    const files = (await readdir(FIXTURE_CORPUS_DIR)).filter((name) => name.endsWith(".jsonl"));
    const labelled = (await Promise.all(files.map((name) => readJsonl({ file: join(FIXTURE_CORPUS_DIR, name), schema: labelledExampleSchema })))).flat();
    // intent 22 is not in the fixture model, so these are always confused: the page must show them, escaped
    const unknown = ["<script>alert('wake')</script> please ring us at 6", "a call at dawn would save our trip", "knock us up at seven, will you"].map(
      (text) => ({ text, intent: 22 }),
    );
    const dataset = join(root, "datasets", "generated", "test.jsonl");
    await writeJsonl({ file: dataset, rows: [...labelled.map(({ text, intent }) => ({ text, intent })), ...unknown] });
    const api = makeReport({
      name: "openai-gpt-4o-mini-fixture",
      model: "gpt-4o-mini",
      provider: "openai",
      dataset,
      cost: { usd: 0.002, usdPer1000Messages: 0.16, promptTokens: 9000, completionTokens: 20 },
    });
    await writeJson({ file: join(root, "datasets", "reports", api.name, "report.json"), value: api });

    const { dir, report } = await runLocalEvals({ root, dataset, modelDir: await trainFixtureModel(), name: "local-fixture" });
    expect(report.metrics.count).toBe(labelled.length + 3);
    const check = await openReport(browser, join(dir, "report.html"), "hotel-intent-report-fixture.png");

    expect(Object.keys(check.charts)).toEqual(["accuracy", "confusion", "f1", "latency", "cost"]);
    for (const [name, chart] of Object.entries(check.charts)) {
      expect(chart.svgs, name).toBe(1);
      expect(chart.marks, name).toBeGreaterThan(0);
      expect(chart.width, name).toBeGreaterThan(100);
      expect(chart.height, name).toBeGreaterThan(50);
    }
    expect(check.problems).toEqual([]);
    expect(check.requests).toEqual([`file://${join(dir, "report.html")}`]);
    expect(check.screenshots[0]).toBe(join(tmpdir(), "hotel-intent-report-fixture.png"));
  }, 60_000);

  const pipelineReport = join(projectPaths().reports, "local-test", "report.html");
  it.skipIf(!existsSync(pipelineReport))(
    `renders every chart of the pipeline's own report (${existsSync(pipelineReport) ? pipelineReport : "skipped: run `pnpm run pipeline` first"})`,
    async () => {
      const check = await openReport(browser, pipelineReport, "hotel-intent-report-local-test.png");
      expect(Object.keys(check.charts)).toEqual(expect.arrayContaining(["accuracy", "confusion", "f1", "latency"]));
      for (const [name, chart] of Object.entries(check.charts)) {
        expect(chart.svgs, name).toBe(1);
        expect(chart.marks, name).toBeGreaterThan(0);
      }
      expect(check.problems).toEqual([]);
      expect(check.requests).toEqual([`file://${pipelineReport}`]);
    },
    60_000,
  );
});
