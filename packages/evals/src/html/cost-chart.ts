import type { ChartSpec } from "@hotel-intent/shared/html";

/** One API model's cost on the report's dataset. */
export interface CostEntry {
  name: string;
  model: string;
  usdPer1000Messages: number;
  current: boolean;
}

/** US dollars per 1,000 messages for each API model evaluated on the dataset, cheapest first. */
export function costChartSpec({ entries }: { entries: readonly CostEntry[] }): ChartSpec {
  const models = entries.map((entry) => entry.model);
  const rows = entries.map((entry) => ({
    label: `${entry.model}${models.filter((model) => model === entry.model).length > 1 ? ` [${entry.name}]` : ""}${entry.current ? " ◀ this report" : ""}`,
    usd: entry.usdPer1000Messages,
  }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: "Cost per 1,000 messages",
    width: 480,
    height: { step: 26 },
    data: { values: rows },
    encoding: {
      y: { field: "label", type: "nominal", sort: [...rows].sort((x, y) => x.usd - y.usd).map((row) => row.label), title: null, axis: { labelLimit: 360 } },
      x: { field: "usd", type: "quantitative", axis: { title: "US dollars per 1,000 messages", format: "$,.3~f" } },
    },
    layer: [
      { mark: { type: "bar", color: "#f59e0b" } },
      { mark: { type: "text", align: "left", dx: 4, fontSize: 11 }, encoding: { text: { field: "usd", type: "quantitative", format: "$,.4~f" } } },
    ],
  };
}
