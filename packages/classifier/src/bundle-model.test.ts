import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { trainFixtureModel } from "@hotel-intent/finetune/testing";
import { copyLinearModel, loadLinearModel } from "@hotel-intent/model";
import { projectPaths } from "@hotel-intent/shared";
import { describe, expect, it } from "vitest";
import { BelowMinimumError, bundleModel } from "./bundle-model.js";

/** A project folder with a config, an evals report of the given accuracy and a freshly trained model; and a package model folder holding an older model. */
async function project({ accuracy, minAccuracy }: { accuracy: number; minAccuracy: number }) {
  const root = await mkdtemp(join(tmpdir(), "hotel-intent-project-"));
  const paths = projectPaths(root);
  await writeFile(paths.config, JSON.stringify({ classifier: { minAccuracy } }));
  await mkdir(join(paths.reports, "local-test"), { recursive: true });
  await writeFile(
    join(paths.reports, "local-test", "report.json"),
    JSON.stringify({
      name: "local-test",
      metrics: { accuracy, macroF1: accuracy, count: 200, ece: 0.01 },
      latency: { meanUs: 40, p99Us: 100 },
      modelBytes: 1000,
    }),
  );
  await mkdir(paths.localModel, { recursive: true });
  await copyLinearModel({ from: await trainFixtureModel(), to: paths.localModel });
  const target = join(root, "package-model");
  await mkdir(target);
  await writeFile(join(target, "model.json"), "the model bundled before");
  await writeFile(join(target, "weights.bin"), "its weights");
  return { paths, target };
}

describe("bundleModel", () => {
  it("refuses a model below classifier.minAccuracy, saying so, and leaves the bundled model untouched", async () => {
    const { paths, target } = await project({ accuracy: 0.42, minAccuracy: 0.6 });
    const refused = bundleModel({ paths, target });
    await expect(refused).rejects.toThrow(BelowMinimumError);
    await expect(refused).rejects.toThrow(`refusing to bundle the model: its test accuracy 42.0% is below classifier.minAccuracy 60.0% in ${paths.config}`);
    expect(await readFile(join(target, "model.json"), "utf8")).toBe("the model bundled before");
    expect(await readFile(join(target, "weights.bin"), "utf8")).toBe("its weights");
  });

  it("copies a model at or above the minimum into the package, where it loads, and removes the weights it replaced", async () => {
    const { paths, target } = await project({ accuracy: 0.6, minAccuracy: 0.6 });
    expect(await bundleModel({ paths, target })).toEqual({ accuracy: 0.6, count: 200 });
    const { weightsFile } = (await loadLinearModel({ dir: target })).meta;
    expect(await readFile(join(target, weightsFile))).toEqual(await readFile(join(paths.localModel, weightsFile)));
    expect((await loadLinearModel({ dir: target })).meta.classes).toEqual([7, 10, 17]);
    expect((await readdir(target)).sort()).toEqual(["model.json", weightsFile]);
  });

  it("names the command that makes a missing report", async () => {
    const { paths, target } = await project({ accuracy: 0.9, minAccuracy: 0.5 });
    await expect(bundleModel({ paths: { ...paths, reports: join(paths.root, "nowhere") }, target })).rejects.toThrow("run `pnpm evals` first");
  });
});
