// Saves two different large models into argv[2] by turns, and copies them into argv[3], until killed:
// the writer that model-files.slow.test.ts kills at random moments.
import { featurizerSettingsSchema } from "@hotel-intent/shared";
import { LINEAR_MODEL_FORMAT, type LinearModel } from "../linear-model.js";
import { copyLinearModel, saveLinearModel } from "../model-files.js";

const [dir, copy] = process.argv.slice(2) as [string, string];
const rows = 60_000;
const classes = 40;
const make = (seed: number): LinearModel => ({
  meta: {
    format: LINEAR_MODEL_FORMAT,
    settings: featurizerSettingsSchema.parse({}),
    lexicon: {},
    classes: Array.from({ length: classes }, (_, index) => index + 1),
    features: Array.from({ length: rows }, (_, index) => `w|f${index}`),
    words: [],
    temperature: 1,
    weightsFile: "weights.bin",
    weightsSha256: "",
    training: { seed },
  },
  weights: Float32Array.from({ length: rows * classes }, (_, index) => Math.sin(index * seed)),
  bias: new Float32Array(classes).fill(seed),
});
const models = [make(1), make(2)];
for (let turn = 0; ; turn++) {
  await saveLinearModel({ dir, model: models[turn % 2] as LinearModel });
  await copyLinearModel({ from: dir, to: copy });
  if (turn === 0) process.stdout.write("ready\n");
}
