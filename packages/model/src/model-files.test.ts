import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError } from "@hotel-intent/shared";
import { featurizerSettingsSchema } from "@hotel-intent/shared";
import { LINEAR_MODEL_FORMAT, type LinearModel } from "./linear-model.js";
import { createPredictor } from "./create-predictor.js";
import { decodeWeights, encodeWeights, loadLinearModel, quantiseRows, saveLinearModel } from "./model-files.js";

const model: LinearModel = {
  meta: {
    format: LINEAR_MODEL_FORMAT,
    settings: featurizerSettingsSchema.parse({}),
    lexicon: {},
    classes: [1, 2, 3],
    features: ["w|a", "w|b"],
    words: [],
    temperature: 1,
    weightsFile: "weights.bin",
    weightsSha256: "",
    training: {},
  },
  weights: Float32Array.from([0.5, -1.25, 0.001, 0, 0, 0]),
  bias: Float32Array.from([0.1, 0.2, -0.3]),
};

describe("encodeWeights", () => {
  it("round-trips within 1/254 of each row's largest weight and keeps zero rows and biases exact", () => {
    const bytes = encodeWeights({ weights: model.weights, bias: model.bias, classes: 3 });
    expect(bytes.length).toBe(4 * 2 + 6 + 4 * 3);
    const { weights, bias } = decodeWeights({ bytes, rows: 2, classes: 3 });
    model.weights.forEach((w, i) => expect(Math.abs((weights[i] as number) - w)).toBeLessThanOrEqual(1.25 / 254 + 1e-7));
    expect(weights[1]).toBeCloseTo(-1.25, 6);
    expect(Array.from(weights.slice(3))).toEqual([0, 0, 0]);
    expect(Array.from(bias)).toEqual(Array.from(model.bias));
  });
});

describe("saveLinearModel / loadLinearModel", () => {
  it("loads what it saved", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hotel-intent-model-files-"));
    await saveLinearModel({ dir, model });
    const loaded = await loadLinearModel({ dir });
    expect(loaded.meta.features).toEqual(model.meta.features);
    expect(loaded.weights[1]).toBeCloseTo(-1.25, 6);
  });

  it("keeps the stored int8 rows, which score exactly as quantising the trained weights does", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hotel-intent-model-files-"));
    const trained: LinearModel = { ...model, meta: { ...model.meta, lexicon: { A: ["alpha"] }, features: ["w|a", "k|A"] } };
    await saveLinearModel({ dir, model: trained });
    const loaded = await loadLinearModel({ dir });
    expect(loaded.int8).toEqual(quantiseRows({ weights: trained.weights, classes: 3 }));
    for (const text of ["a alpha", "a", "nothing"]) expect(Array.from(createPredictor({ model: loaded })(text))).toEqual(Array.from(createPredictor({ model: trained })(text)));
  });

  it("refuses weights that do not match the hash in model.json", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hotel-intent-model-files-"));
    await saveLinearModel({ dir, model });
    await writeFile(join(dir, (await readdir(dir)).find((name) => name.startsWith("weights-")) as string), new Uint8Array(26));
    await expect(loadLinearModel({ dir })).rejects.toThrow(DataError);
    await expect(loadLinearModel({ dir })).rejects.toThrow("does not match the weightsSha256");
  });

  it("replaces a model as one unit: model.json names new weights beside it, and the old weights go", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hotel-intent-model-files-"));
    await saveLinearModel({ dir, model });
    const first = (await loadLinearModel({ dir })).meta.weightsFile;
    const changed: LinearModel = { ...model, bias: model.bias.map((value) => value + 1) };
    await saveLinearModel({ dir, model: changed });
    const second = (await loadLinearModel({ dir })).meta.weightsFile;
    expect(second).not.toBe(first);
    expect((await readdir(dir)).sort()).toEqual(["model.json", second]);
  });

  it("says which command makes a missing model", async () => {
    await expect(loadLinearModel({ dir: "/nonexistent" })).rejects.toThrow("pnpm finetune");
  });
});
