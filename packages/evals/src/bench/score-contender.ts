import type { Example } from "@hotel-intent/finetune";
import { OUT_OF_SCOPE } from "@hotel-intent/shared";
import { computeMetrics, type ScoredItem } from "../compute-metrics.js";
import { computeOutOfScope, type OutOfScopeMetrics } from "../compute-out-of-scope.js";
import { type LatencySummary, summarizeLatency } from "../summarize-latency.js";
import type { Trained } from "./contender.js";

export interface SetScore {
  set: string;
  count: number;
  accuracy: number;
  macroF1: number;
  ece: number | null;
  latency: LatencySummary;
  /** True when latency is a whole batch's time divided by its size, not timed message by message. */
  batchLatency: boolean;
  /** Sets with out-of-scope messages (intent 0): how many were rejected, per group, and how many in-scope ones. */
  outOfScope?: OutOfScopeMetrics;
}

export interface ScoreContenderOptions {
  trained: Trained;
  /** Name of the set in the results. */
  set: string;
  examples: readonly (Example & { outOfScope?: unknown })[];
  /** Messages (from training, never from `examples`) run first so that the JIT and caches are warm, as in a running chatbot. */
  warmup: readonly string[];
}

/** Runs a trained contender over a labelled set, timing each message in-process after a warm-up on other messages. */
export async function scoreContender({ trained, set, examples, warmup }: ScoreContenderOptions): Promise<SetScore> {
  const texts = examples.map((example) => example.text);
  let batchMicroseconds: number | null = null;
  if (trained.prime) {
    const start = process.hrtime.bigint();
    await trained.prime(texts);
    batchMicroseconds = Number(process.hrtime.bigint() - start) / 1000 / Math.max(1, texts.length);
  } else for (const text of warmup) await trained.predict(text);
  // Collect what training left behind now (with `node --expose-gc`, as `pnpm bench` runs), not during the timed loop.
  (globalThis as { gc?: () => void }).gc?.();
  const microseconds: number[] = [];
  const items: ScoredItem[] = [];
  for (const example of examples) {
    const start = process.hrtime.bigint();
    const answer = trained.predict(example.text);
    const answered = answer instanceof Promise ? await answer : answer;
    microseconds.push(Number(process.hrtime.bigint() - start) / 1000);
    // a peer trained with the out-of-scope class answers 0 where the embedded model gives no intent
    const predicted = answered === OUT_OF_SCOPE ? null : answered;
    items.push({
      text: example.text,
      intent: example.intent,
      predicted,
      confidence: trained.confidence ? trained.confidence(example.text) : null,
      ...(typeof example.outOfScope === "string" ? { group: example.outOfScope } : {}),
    });
  }
  const metrics = computeMetrics({ items });
  const latency =
    batchMicroseconds === null ? summarizeLatency({ microseconds }) : { meanUs: batchMicroseconds, p50Us: NaN, p95Us: NaN, p99Us: NaN, samples: texts.length };
  const outOfScope = computeOutOfScope({ items });
  return {
    ...(outOfScope ? { outOfScope } : {}),
    set,
    count: metrics.count,
    accuracy: metrics.accuracy,
    macroF1: metrics.macroF1,
    ece: metrics.ece,
    latency,
    batchLatency: batchMicroseconds !== null,
  };
}
