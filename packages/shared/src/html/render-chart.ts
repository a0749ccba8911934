import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { textWidth } from "./text-width.js";

/** A Vega-Lite spec, as every report chart is written. */
export type ChartSpec = TopLevelSpec;

export interface RenderChartOptions {
  /** A Vega-Lite spec with inline data (`data.values`); nothing is fetched. */
  spec: ChartSpec;
}

/** The look every report chart shares: system fonts, no chart border, readable label sizes. */
const CHART_CONFIG = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, gridColor: "#e5e7eb" },
  legend: { labelFontSize: 11, titleFontSize: 12, orient: "bottom", labelLimit: 640, titleLimit: 640 },
  title: { fontSize: 14, anchor: "start" },
} as const;

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  /** Pixels a label may take before Vega truncates it with an ellipsis. */
  limit?: number;
}

/**
 * Vega measures text with a canvas, which Node lacks, or else guesses 0.8 em per character: too wide, so labels get cut
 * and charts padded. Vega lets the width function be replaced (as vl-convert does); this one uses real font widths and
 * caps at the item's limit, which is how Vega's truncation and layout read it.
 */
function measureText(item: TextItem, text: unknown): number {
  const bold = item.fontWeight === "bold" || Number(item.fontWeight) >= 600;
  const width = textWidth({ text: String(text ?? ""), fontSize: item.fontSize ?? 11, bold });
  return item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
}

/** Compiles a Vega-Lite spec to Vega and renders it to a standalone SVG string in Node (no canvas, no browser, no network). */
export async function renderChart({ spec }: RenderChartOptions): Promise<string> {
  // vega-scenegraph's textMetrics is exported at run time but missing from vega's typings
  (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics.width = measureText;
  const { spec: vegaSpec } = compile({ ...spec, config: { ...CHART_CONFIG, ...spec.config } } as TopLevelSpec);
  const view = new vega.View(vega.parse(vegaSpec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
