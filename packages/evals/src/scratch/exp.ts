// Scratch experiment (not committed): trains on generated/train.jsonl with options, scores vague-dev, test parts, dev-blind. Never Eval.
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalClassifier } from "@hotel-intent/classifier";
import { trainLinear } from "@hotel-intent/finetune";
import { loadConfig, projectPaths, saveLinearModel } from "@hotel-intent/shared";

const paths = projectPaths();
const rd = (f: string) =>
  readFileSync(f, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
const train = rd(join(paths.generated, "train.jsonl"));
const validation = rd(join(paths.generated, "validation.jsonl"));
const test = rd(join(paths.generated, "test.jsonl"));
const dev = rd(join(paths.root, "evalsets/dev-blind.jsonl"));
const config = await loadConfig({ file: paths.config });
const overrides = JSON.parse(process.argv[2] ?? "{}");
const filter = process.argv[3] ?? "all";
let tr = train;
if (filter !== "all") {
  const k = Number(filter);
  const seen = new Map<string, number>();
  tr = train.filter((r: any) => {
    if (!String(r.origin).startsWith("paraphrases/")) return true;
    const key = `${r.group}`;
    const base = r.origin;
    // count distinct paraphrase origins per group
    const m = seen.get(key + "|" + base);
    if (m !== undefined) return m < k;
    const n = [...seen.keys()].filter((x) => x.startsWith(key + "|")).length;
    seen.set(key + "|" + base, n);
    return n < k;
  });
}
const t0 = performance.now();
const { model, bestEpoch } = trainLinear({
  train: tr,
  validation,
  featurizer: { ...config.finetune.local.featurizer, ...overrides.featurizer },
  settings: { ...config.finetune.local.train, ...overrides.train },
});
const secs = (performance.now() - t0) / 1000;
const dir = await mkdtemp(join(tmpdir(), "exp-"));
await saveLinearModel({ dir, model });
const c = await createLocalClassifier({ modelDir: dir });
const acc = (rows: any[]) =>
  rows.length ? ((rows.filter((r) => c.classifySync(r.text).intent === r.intent).length / rows.length) * 100).toFixed(1) + `% of ${rows.length}` : "-";
console.log(
  JSON.stringify({
    overrides,
    filter,
    train: tr.length,
    bestEpoch,
    secs: secs.toFixed(1),
    vagueDev: acc(validation.filter((r: any) => r.source === "vagueintent-train")),
    vagueDevPara: acc(validation.filter((r: any) => r.source === "paraphrase")),
    testCorpus: acc(test.filter((r: any) => r.source === "corpus")),
    testRegister: acc(test.filter((r: any) => r.source === "register")),
    devBlind: acc(dev),
  }),
);
