import type { DataPart } from "@hotel-intent/shared";
import type { Metrics, ScoredItem } from "./compute-metrics.js";
import type { OutOfScopeMetrics } from "./compute-out-of-scope.js";
import type { LatencySummary } from "./summarize-latency.js";

/** The headline numbers of one part of a set. */
export interface PartMetrics {
  count: number;
  accuracy: number;
  macroF1: number;
  ece: number | null;
}

/** `report.json`: everything one evaluation run measured. */
export interface Report {
  name: string;
  createdAt: string;
  provider: string;
  model: string;
  dataset: string;
  metrics: Metrics;
  latency: LatencySummary;
  /** Size on disk of an embedded model; null for API models. */
  modelBytes: number | null;
  items: ScoredItem[];
  /** The generated test split's two parts scored on their own (present when the set has both). */
  parts?: Partial<Record<DataPart, PartMetrics>> | undefined;
  /** How the model says "none of these", when the set has out-of-scope messages; `threshold` is the default in use. */
  outOfScope?: (OutOfScopeMetrics & { threshold: number | null }) | undefined;
  /** API models: what the run cost. Absent for the embedded model, which has no per-message price. */
  cost?: ReportCost | undefined;
  /** API models: how the messages were sent and scored. Absent for the embedded model. */
  api?: ReportApi | undefined;
}

/** How an API run was made: direct chat completions through the local harness, or an OpenAI Evals API run. */
export interface ReportApi {
  method: "chat" | "evals-api";
  /** Base URL of the endpoint (never a key). */
  endpoint: string;
  /** The system prompt sent: compact (fine-tuned models) or full (base models). */
  prompt: "compact" | "full";
  /** Evals API runs: the eval, the run, its page on the dashboard, and the grader's counts (errored items are not passes). */
  evalId?: string | undefined;
  runId?: string | undefined;
  reportUrl?: string | undefined;
  resultCounts?: { total: number; passed: number; failed: number; errored: number } | undefined;
}

/** The money an API run spent, from the tokens the API reported and the price table. */
export interface ReportCost {
  /** US dollars for the whole run; null when the model has no price in the table (never guessed). */
  usd: number | null;
  /** US dollars per 1,000 messages: usd / metrics.count * 1000; null without a price. */
  usdPer1000Messages: number | null;
  promptTokens: number;
  completionTokens: number;
}
