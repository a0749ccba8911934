import { copyFile, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeJson } from "@hotel-intent/shared";
import { describe, expect, it } from "vitest";
import { writeTrainingReport } from "./write-training-report.js";

const history = [
  { epoch: 1, trainLoss: 0.31, trainAccuracy: 0.91, validationLoss: 0.49, validationAccuracy: 0.86 },
  { epoch: 2, trainLoss: 0.0073, trainAccuracy: 0.9998, validationLoss: 0.4742, validationAccuracy: 0.8621 },
  { epoch: 3, trainLoss: 0.0044, trainAccuracy: 1, validationLoss: 0.4789, validationAccuracy: 0.8643 },
];

describe("writeTrainingReport", () => {
  it("writes training-report.html with the local history's chart and numbers", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hotel-intent-training-"));
    await writeJson({ file: join(dir, "history.json"), value: history });
    const file = await writeTrainingReport({ dir, title: "Training report: embedded model" });
    expect(file).toBe(join(dir, "training-report.html"));
    const html = await readFile(file as string, "utf8");
    expect(html.match(/<figure class="chart" data-chart="training">\n<svg/g)).toHaveLength(1);
    expect(html).toContain("<b>0.0044</b><span>final train loss</span>");
    expect(html).toContain("<b>86.4%</b><span>final validation accuracy</span>");
    expect(html).toContain("<b>epoch 2</b><span>lowest validation loss</span>");
    expect(html.match(/aria-roledescription="line mark"/g)?.length).toBe(4);
  });

  it("writes a section for an OpenAI result file beside the local history, and nothing when the folder has neither", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hotel-intent-training-"));
    expect(await writeTrainingReport({ dir })).toBeNull();
    await copyFile(fileURLToPath(new URL("./__fixtures__/result.csv", import.meta.url)), join(dir, "result.csv"));
    const html = await readFile((await writeTrainingReport({ dir })) as string, "utf8");
    expect(html).toContain("<h2>OpenAI fine-tuning</h2>");
    expect(html).toContain("<b>4</b><span>steps</span>");
    expect(html).toContain("<b>60.0%</b><span>final validation token accuracy</span>");
  });

  it("throws naming the file and field when history.json is malformed", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hotel-intent-training-"));
    await writeJson({ file: join(dir, "history.json"), value: [{ ...history[0], trainAccuracy: 2 }] });
    await expect(writeTrainingReport({ dir })).rejects.toThrow(`${join(dir, "history.json")}: 0.trainAccuracy:`);
  });
});
