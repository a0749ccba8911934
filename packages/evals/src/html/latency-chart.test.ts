import { describe, expect, it } from "vitest";
import { latencyChartSpec } from "./latency-chart.js";

const latency = { meanUs: 300, p50Us: 100, p95Us: 1000, p99Us: 2000, samples: 4 };

describe("latencyChartSpec", () => {
  it("returns a log-scale histogram of per-message times with 1-2-5 ticks and the percentiles marked", () => {
    const spec = latencyChartSpec({ items: [{ microseconds: 10 }, { microseconds: 100 }, { microseconds: 1000 }, { microseconds: 2000 }], latency });
    const [histogram, rules] = (spec as { layer: { data: { values: Record<string, number | string>[] }; encoding: { x: { axis?: { values: number[] } } } }[] })
      .layer;
    expect(histogram?.data.values.map((row) => row.log)).toEqual([1, 2, 3, Math.log10(2000)]);
    expect(histogram?.encoding.x.axis?.values.map((tick) => Math.round(10 ** tick))).toEqual([10, 20, 50, 100, 200, 500, 1000, 2000]);
    expect(rules?.data.values).toEqual([
      { name: "p50", log: 2 },
      { name: "p95", log: 3 },
      { name: "p99", log: Math.log10(2000) },
    ]);
  });

  it("returns the run's summary as bars when the report has no per-message times", () => {
    const spec = latencyChartSpec({ items: [{}, {}], latency });
    expect((spec.data as { values: unknown[] }).values).toEqual([
      { statistic: "mean", us: 300 },
      { statistic: "p50", us: 100 },
      { statistic: "p95", us: 1000 },
      { statistic: "p99", us: 2000 },
    ]);
  });
});
