import type { ChartSpec } from "@hotel-intent/shared/html";
import type { ThresholdPoint } from "../compute-out-of-scope.js";

/** Both rejection rates against the out-of-scope threshold, with the model's default threshold marked. */
export function outOfScopeChartSpec({ curve, threshold }: { curve: readonly ThresholdPoint[]; threshold: number | null }): ChartSpec {
  const values = curve.flatMap((point) => [
    { threshold: point.threshold, rate: point.outOfScopeRejected, kind: "out-of-scope messages rejected (higher is better)" },
    { threshold: point.threshold, rate: point.inScopeRejected, kind: "in-scope messages wrongly rejected (lower is better)" },
  ]);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: "Rejection rates against the out-of-scope threshold",
    width: 560,
    height: 260,
    layer: [
      {
        data: { values },
        mark: { type: "line", point: true },
        encoding: {
          x: { field: "threshold", type: "quantitative", scale: { domain: [0, 1] }, title: "out-of-scope threshold" },
          y: { field: "rate", type: "quantitative", scale: { domain: [0, 1] }, axis: { format: ".0%", title: "share rejected" } },
          color: { field: "kind", type: "nominal", title: null, scale: { range: ["#2563eb", "#dc2626"] } },
        },
      },
      ...(threshold === null
        ? []
        : [
            {
              data: { values: [{ threshold, label: `default ${threshold.toFixed(2)}` }] },
              layer: [
                {
                  mark: { type: "rule" as const, strokeDash: [4, 4], color: "#111827" },
                  encoding: { x: { field: "threshold", type: "quantitative" as const } },
                },
                {
                  mark: { type: "text" as const, align: "left" as const, dx: 4, dy: -120, color: "#111827" },
                  encoding: { x: { field: "threshold", type: "quantitative" as const }, text: { field: "label", type: "nominal" as const } },
                },
              ],
            },
          ]),
    ],
  };
}
