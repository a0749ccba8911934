import { createHash } from "node:crypto";
import { join } from "node:path";
import { DataError } from "../errors.js";
import { readBytes, readJson, writeJson } from "../jsonl.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { type LinearModel, linearModelMetaSchema } from "./linear-model.js";

const MISSING_HINT = "train one with `pnpm finetune` (or run `pnpm pipeline`)";

/** Writes `weights.bin` (float32, little-endian: weights then bias) first, then `model.json`, both atomically. */
export async function saveLinearModel({ dir, model }: { dir: string; model: LinearModel }): Promise<void> {
  const bytes = new Uint8Array(4 * (model.weights.length + model.bias.length));
  const view = new DataView(bytes.buffer);
  model.weights.forEach((weight, i) => view.setFloat32(4 * i, weight, true));
  model.bias.forEach((weight, i) => view.setFloat32(4 * (model.weights.length + i), weight, true));
  const weightsSha256 = createHash("sha256").update(bytes).digest("hex");
  await writeFileAtomic({ file: join(dir, model.meta.weightsFile), data: bytes });
  await writeJson({ file: join(dir, "model.json"), value: { ...model.meta, weightsSha256 } });
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
  if (bytes.length !== 4 * (rows * classes + classes)) {
    throw new DataError({ file, message: `holds ${bytes.length} bytes, expected ${4 * (rows * classes + classes)}` });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(rows * classes);
  for (let i = 0; i < weights.length; i++) weights[i] = view.getFloat32(4 * i, true);
  const bias = new Float32Array(classes);
  for (let c = 0; c < classes; c++) bias[c] = view.getFloat32(4 * (weights.length + c), true);
  return { meta, weights, bias };
}
