import { describe, expect, it } from "vitest";
import { renderChart } from "./render-chart.js";

describe("renderChart", () => {
  it("returns an SVG with one bar per row and the labels escaped", async () => {
    const svg = await renderChart({
      spec: {
        data: {
          values: [
            { label: "late <check-out> & more", value: 3 },
            { label: "towels", value: 5 },
            { label: "luggage", value: 1 },
          ],
        },
        mark: "bar",
        encoding: { y: { field: "label", type: "nominal" }, x: { field: "value", type: "quantitative" } },
      },
    });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(3);
    expect(svg).toContain("late &lt;check-out&gt; &amp; more");
    expect(svg).not.toContain("<check-out>");
  });

  it("returns labels whole when they fit the label limit, cut with an ellipsis when they do not", async () => {
    const long = "20 Request in-room amenities (e.g., iron, hair dryer)";
    const render = (labelLimit: number) =>
      renderChart({
        spec: {
          data: { values: [{ label: long, value: 1 }] },
          mark: "bar",
          encoding: { y: { field: "label", type: "nominal", axis: { labelLimit } }, x: { field: "value", type: "quantitative" } },
        },
      });
    expect(await render(400)).toContain(`>${long}</text>`);
    const cut = await render(120);
    expect(cut).not.toContain(`>${long}</text>`);
    expect(cut).toMatch(/>20 Request in-r[^<]*…<\/text>/);
  });
});
