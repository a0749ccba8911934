import { INTENTS } from "@hotel-intent/shared";
import { describe, expect, it } from "vitest";
import { confusionChartSpec } from "./confusion-chart.js";

type Cell = { gold: string; predicted: string; count: number; share: number; label: string };

describe("confusionChartSpec", () => {
  it("returns a cell for every pair of intents that occur, with counts, row shares and intent names", () => {
    const confusion = INTENTS.map(() => INTENTS.map(() => 0));
    const set = (gold: number, predicted: number, count: number) => {
      (confusion[gold - 1] as number[])[predicted - 1] = count;
    };
    set(7, 7, 3);
    set(7, 10, 1);
    set(17, 17, 2);
    const spec = confusionChartSpec({ metrics: { confusion } });
    const cells = (spec.data as { values: Cell[] }).values;
    expect(cells).toHaveLength(9);
    expect(cells.find((cell) => cell.gold === "7 Request late check-out" && cell.predicted === "10 Request luggage assistance")).toEqual({
      gold: "7 Request late check-out",
      predicted: "10 Request luggage assistance",
      count: 1,
      share: 0.25,
      label: "1",
    });
    expect(cells.find((cell) => cell.gold === "10 Request luggage assistance" && cell.predicted === "7 Request late check-out")).toMatchObject({
      count: 0,
      share: 0,
      label: "",
    });
    expect((spec as { encoding: { y: { sort: string[] } } }).encoding.y.sort).toEqual([
      "7 Request late check-out",
      "10 Request luggage assistance",
      "17 Request extra towels, toiletries, or pillows",
    ]);
  });
});
