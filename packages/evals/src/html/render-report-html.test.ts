import { describe, expect, it } from "vitest";
import { makeReport } from "./__fixtures__/make-report.js";
import { renderReportHtml } from "./render-report-html.js";

const charts = (html: string) => [...html.matchAll(/<figure class="chart" data-chart="(\w+)">\n<svg/g)].map((match) => match[1]);

describe("renderReportHtml", () => {
  it("returns a page with the accuracy, confusion, F1 and latency charts as inline SVG and the headline numbers", async () => {
    const html = await renderReportHtml({ report: makeReport() });
    expect(charts(html)).toEqual(["accuracy", "confusion", "f1", "latency"]);
    expect(html).toContain("<b>62.5%</b><span>accuracy (5/8)</span>");
    expect(html).toContain("No API model has been evaluated on this dataset yet. The embedded model runs on your own CPU and has no per-message API cost.");
    expect(html).toContain("8 messages timed one by one.");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it("returns every guest message escaped, in the most-confused pairs", async () => {
    const html = await renderReportHtml({ report: makeReport() });
    expect(html).toContain("<q>&lt;script&gt;alert(&quot;late&quot;)&lt;/script&gt; &amp; one more pillow</q>");
    expect(html).toContain('<td>17 Request extra towels, toiletries, or pillows</td><td>7 Request late check-out</td><td class="num">1</td>');
    expect(html).not.toContain('<script>alert("late")');
  });

  it("returns a cost chart and a cost card when an API model on the dataset has a price", async () => {
    const api = makeReport({
      name: "openai-gpt-4o-mini-test",
      model: "gpt-4o-mini",
      provider: "openai",
      cost: { usd: 0.0012, usdPer1000Messages: 0.15, promptTokens: 7000, completionTokens: 8 },
    });
    const html = await renderReportHtml({ report: api, peers: [makeReport()] });
    expect(charts(html)).toEqual(["accuracy", "confusion", "f1", "latency", "cost"]);
    expect(html).toContain("<b>$0.15</b><span>per 1,000 messages</span>");
    expect(html).toContain("gpt-4o-mini ◀ this report");
    expect(html).toContain("embedded (1200 features) (local)");
  });

  it("returns a note naming a model without a price instead of a made-up cost", async () => {
    const api = makeReport({
      model: "my-deployment",
      provider: "openai",
      cost: { usd: null, usdPer1000Messages: null, promptTokens: 7000, completionTokens: 8 },
    });
    const html = await renderReportHtml({ report: api });
    expect(charts(html)).not.toContain("cost");
    expect(html).toContain("No price known for my-deployment (add it to openai.prices in hotel-intent.config.json).");
  });
});
