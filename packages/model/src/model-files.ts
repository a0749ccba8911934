import { createHash } from "node:crypto";
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { DataError } from "@hotel-intent/shared";
import { readBytes, readJson, writeFileAtomic, writeJson } from "@hotel-intent/shared";
import { type Int8Rows, type LinearModel, type LinearModelMeta, linearModelMetaSchema } from "./linear-model.js";

const MISSING_HINT = "train one with `pnpm finetune` (or run `pnpm run pipeline`)";

/**
 * Weights file layout (little-endian): one float32 scale per feature row, then the weights as int8
 * (`weight = int8 * scale / 127`, row-major), then the class biases as float32. Quantising per row keeps
 * each row's largest weight exact and costs at most 0.4% of it elsewhere, at a quarter of float32's size.
 */
export function encodeWeights({ weights, bias, classes }: { weights: Float32Array; bias: Float32Array; classes: number }): Uint8Array {
  const rows = weights.length / classes;
  const bytes = new Uint8Array(4 * rows + weights.length + 4 * bias.length);
  const view = new DataView(bytes.buffer);
  const { scales, values } = quantiseRows({ weights, classes });
  scales.forEach((scale, row) => view.setFloat32(4 * row, scale, true));
  new Int8Array(bytes.buffer, 4 * rows, weights.length).set(values);
  bias.forEach((value, c) => view.setFloat32(4 * rows + weights.length + 4 * c, value, true));
  return bytes;
}

/** Each row's largest absolute weight (as float32) and the row's weights as int8 fractions of it (`w ~ value * scale / 127`). */
export function quantiseRows({ weights, classes }: { weights: Float32Array; classes: number }): Int8Rows {
  const rows = weights.length / classes;
  const scales = new Float32Array(rows);
  const values = new Int8Array(weights.length);
  for (let row = 0; row < rows; row++) {
    let max = 0;
    for (let c = 0; c < classes; c++) max = Math.max(max, Math.abs(weights[row * classes + c] as number));
    scales[row] = max;
    const scale = Math.fround(max);
    for (let c = 0; c < classes; c++) values[row * classes + c] = scale === 0 ? 0 : Math.round(((weights[row * classes + c] as number) / scale) * 127);
  }
  return { scales, values };
}

export function decodeWeights({ bytes, rows, classes }: { bytes: Uint8Array; rows: number; classes: number }): {
  weights: Float32Array;
  bias: Float32Array;
  int8: Int8Rows;
} {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = Int8Array.from(new Int8Array(bytes.buffer, bytes.byteOffset + 4 * rows, rows * classes));
  const scales = new Float32Array(rows);
  const weights = new Float32Array(rows * classes);
  for (let row = 0; row < rows; row++) {
    scales[row] = view.getFloat32(4 * row, true);
    const scale = (scales[row] as number) / 127;
    for (let c = 0; c < classes; c++) weights[row * classes + c] = (values[row * classes + c] as number) * scale;
  }
  const bias = new Float32Array(classes);
  for (let c = 0; c < classes; c++) bias[c] = view.getFloat32(4 * rows + rows * classes + 4 * c, true);
  return { weights, bias, int8: { scales, values } };
}

/** The weights file of a model: named after its content, so a new model never overwrites the one in use. */
export function weightsFileName(sha256: string): string {
  return `weights-${sha256.slice(0, 16)}.bin`;
}

/**
 * Saves a model as one unit: the weights go to a new file named after their hash, then `model.json` (which names
 * that file and its hash) is renamed into place, then weights files it no longer names are removed. A kill at any
 * moment leaves a folder whose `model.json` names complete weights: the old model or the new one.
 */
export async function saveLinearModel({ dir, model }: { dir: string; model: LinearModel }): Promise<void> {
  const bytes = encodeWeights({ weights: model.weights, bias: model.bias, classes: model.meta.classes.length });
  const weightsSha256 = createHash("sha256").update(bytes).digest("hex");
  await writeModelFiles({ dir, meta: { ...model.meta, weightsSha256 }, weights: bytes });
}

/** Writes a model folder from `model.json`'s content and the weights' bytes, as {@link saveLinearModel} describes. */
export async function writeModelFiles({ dir, meta, weights }: { dir: string; meta: Omit<LinearModelMeta, "weightsFile">; weights: Uint8Array }): Promise<void> {
  const weightsFile = weightsFileName(meta.weightsSha256);
  await writeFileAtomic({ file: join(dir, weightsFile), data: weights });
  await writeJson({ file: join(dir, "model.json"), value: { ...meta, weightsFile } });
  for (const name of await readdir(dir)) {
    if (name !== weightsFile && /^weights(-[0-9a-f]+)?\.bin$/.test(name)) await rm(join(dir, name), { force: true });
  }
}

/** Copies a model folder's `model.json` and weights into `target` as one unit (see {@link saveLinearModel}). */
export async function copyLinearModel({ from, to }: { from: string; to: string }): Promise<void> {
  const meta = await readJson({ file: join(from, "model.json"), schema: linearModelMetaSchema, missingHint: MISSING_HINT });
  const weights = await readBytes(join(from, meta.weightsFile), MISSING_HINT);
  if (createHash("sha256").update(weights).digest("hex") !== meta.weightsSha256) {
    throw new DataError({ file: join(from, meta.weightsFile), message: "does not match the weightsSha256 in model.json; retrain the model" });
  }
  await writeModelFiles({ dir: to, meta, weights });
}

/** Reads and checks a model folder: the JSON against its schema, the weights against their hash and size. */
export async function loadLinearModel({ dir }: { dir: string }): Promise<LinearModel> {
  const meta = await readJson({ file: join(dir, "model.json"), schema: linearModelMetaSchema, missingHint: MISSING_HINT });
  const file = join(dir, meta.weightsFile);
  const bytes = await readBytes(file, MISSING_HINT);
  if (createHash("sha256").update(bytes).digest("hex") !== meta.weightsSha256) {
    throw new DataError({ file, message: "does not match the weightsSha256 in model.json; retrain the model" });
  }
  const rows = meta.features.length;
  const classes = meta.classes.length;
  const expected = 4 * rows + rows * classes + 4 * classes;
  if (bytes.length !== expected) throw new DataError({ file, message: `holds ${bytes.length} bytes, expected ${expected}` });
  return { meta, ...decodeWeights({ bytes, rows, classes }) };
}
