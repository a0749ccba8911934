import { formatPercent } from "@hotel-intent/shared";
import { SETS } from "./bench-sets.js";
import type { BenchResult } from "./run-bench.js";

const us = (value: number) => (Number.isNaN(value) ? "n/a" : `${value.toFixed(1)} µs`);

/** The bench's Markdown: a row per contender and set, the targets, and the learning curve. */
export function renderBench(result: BenchResult): string {
  const lines = [
    `Data: ${result.data.train} train / ${result.data.validation} validation / ${result.data.test} test messages${result.data.dev === null ? "" : `; dev-blind ${result.data.dev} messages`}${result.data.benchmark === null ? "; VagueIntent-Eval not present" : `; VagueIntent-Eval ${result.data.benchmark} messages`}.`,
    "",
    "| model | set | accuracy | macro-F1 | ECE | training | mean latency | p99 latency | size |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const contender of result.contenders) {
    if (contender.skipped) {
      lines.push(`| ${contender.name} | skipped: ${contender.skipped} | | | | | | | |`);
      continue;
    }
    for (const score of contender.scores) {
      lines.push(
        `| ${contender.name} | ${score.set} (${score.count}) | ${formatPercent(score.accuracy)} | ${score.macroF1.toFixed(3)} | ${score.ece === null ? "n/a" : score.ece.toFixed(3)} | ` +
          `${contender.trainSeconds?.toFixed(1)} s | ${us(score.latency.meanUs)}${score.batchLatency ? " (batch)" : ""} | ${us(score.latency.p99Us)} | ${((contender.sizeBytes ?? 0) / 1024 / 1024).toFixed(2)} MB |`,
      );
    }
  }
  const rejection = renderOutOfScope(result);
  const curve = renderCurve(result);
  return `${lines.join("\n")}\n${rejection ? `\n${rejection}` : ""}\nTargets of the embedded model:\n\n${renderTargets(result)}${curve ? `\n${curve}` : ""}`;
}

/** Out-of-scope rejection on the test split, per contender and group, beside the in-scope messages wrongly rejected. */
export function renderOutOfScope(result: BenchResult): string {
  const rows = result.contenders.flatMap((contender) => {
    const scored = contender.scores.find((score) => score.set === SETS.test)?.outOfScope;
    return scored ? [{ name: contender.name, scored }] : [];
  });
  if (rows.length === 0) return "";
  const groups = [...new Set(rows.flatMap((row) => Object.keys(row.scored.byGroup)))].sort();
  const lines = [
    "Out of scope (test split): share of out-of-scope messages rejected, per group, and of in-scope messages wrongly rejected:",
    "",
    `| model | all out-of-scope | ${groups.join(" | ")} | in-scope wrongly rejected | accuracy on in-scope kept |`,
    `| --- | ---: | ${groups.map(() => "---:").join(" | ")} | ---: | ---: |`,
  ];
  for (const { name, scored } of rows) {
    const cells = groups.map((group) => {
      const rates = scored.byGroup[group];
      return rates ? `${formatPercent(rates.rate)} of ${rates.count}` : "n/a";
    });
    lines.push(
      `| ${name} | ${formatPercent(scored.outOfScope.rate)} of ${scored.outOfScope.count} | ${cells.join(" | ")} | ${formatPercent(scored.inScope.rate)} of ${scored.inScope.count} | ${formatPercent(scored.inScope.keptAccuracy)} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The learning curve as a table: accuracy against paraphrases per VagueIntent-Train line. */
export function renderCurve(result: BenchResult): string {
  const points = result.learningCurve ?? [];
  if (points.length === 0) return "";
  const sets = [...new Set(points.flatMap((point) => point.scores.map((score) => score.set)))];
  const lines = [
    "Learning curve of the embedded model (paraphrases per VagueIntent-Train line in training; everything else the same):",
    "",
    `| paraphrases per line | train messages | ${sets.join(" | ")} |`,
    `| ---: | ---: | ${sets.map(() => "---:").join(" | ")} |`,
  ];
  for (const point of points) {
    const cells = sets.map((set) => {
      const score = point.scores.find((s) => s.set === set);
      return score ? formatPercent(score.accuracy) : "n/a";
    });
    lines.push(`| ${point.paraphrasesPerMessage} | ${point.train} | ${cells.join(" | ")} |`);
  }
  return `${lines.join("\n")}\n`;
}

interface Target {
  name: string;
  goal: string;
  measured: number | null;
  pass: (value: number) => boolean;
  format: (value: number) => string;
}

/** The embedded model's targets (issue 9 and before), each with its measured value. */
export function renderTargets(result: BenchResult): string {
  const embedded = result.contenders[0];
  const score = (set: string) => embedded?.scores.find((s) => s.set === set);
  const test = score(SETS.test);
  const corpus = score(SETS.testCorpus) ?? test;
  const targets: Target[] = [
    {
      name: "VagueIntent-Eval accuracy",
      goal: ">= 52% (stretch 60%)",
      measured: score(SETS.benchmark)?.accuracy ?? null,
      pass: (v) => v >= 0.52,
      format: formatPercent,
    },
    {
      name: "dev-blind accuracy (a rejected message counts as wrong)",
      goal: ">= 97%",
      measured: score(SETS.dev)?.accuracy ?? null,
      pass: (v) => v >= 0.97,
      format: formatPercent,
    },
    {
      name: "test split accuracy, in-scope (a rejected message counts as wrong)",
      goal: ">= 88%",
      measured: test?.accuracy ?? null,
      pass: (v) => v >= 0.88,
      format: formatPercent,
    },
    {
      name: "out-of-scope test messages rejected, in the weakest group",
      goal: ">= 90%",
      measured: test?.outOfScope ? Math.min(...Object.values(test.outOfScope.byGroup).map((rates) => rates.rate)) : null,
      pass: (v) => v >= 0.9,
      format: formatPercent,
    },
    {
      name: "in-scope test messages rejected",
      goal: "<= 2%",
      measured: test?.outOfScope?.inScope.rate ?? null,
      pass: (v) => v <= 0.02,
      format: formatPercent,
    },
    {
      name: "test split, hand-written corpus part: accuracy",
      goal: ">= 89%",
      measured: corpus?.accuracy ?? null,
      pass: (v) => v >= 0.89,
      format: formatPercent,
    },
    {
      name: "test split, hand-written corpus part: expected calibration error",
      goal: "<= 0.05",
      measured: corpus?.ece ?? null,
      pass: (v) => v <= 0.05,
      format: (v) => v.toFixed(3),
    },
    { name: "mean latency per message (test split)", goal: "<= 50 µs", measured: test?.latency.meanUs ?? null, pass: (v) => v <= 50, format: us },
    { name: "p99 latency per message (test split)", goal: "<= 200 µs", measured: test?.latency.p99Us ?? null, pass: (v) => v <= 200, format: us },
    { name: "training time", goal: "<= 60 s", measured: embedded?.trainSeconds ?? null, pass: (v) => v <= 60, format: (v) => `${v.toFixed(1)} s` },
    {
      name: "model size on disk",
      goal: "<= 10 MB",
      measured: embedded?.sizeBytes ?? null,
      pass: (v) => v <= 10 * 1024 * 1024,
      format: (v) => `${(v / 1024 / 1024).toFixed(2)} MB`,
    },
    {
      name: "leakage pairs (>= 0.7 trigram Jaccard of VagueIntent-Eval)",
      goal: "0",
      measured: result.leakagePairs ?? null,
      pass: (v) => v === 0,
      format: String,
    },
  ];
  const lines = ["| target | goal | measured | met |", "| --- | --- | ---: | --- |"];
  for (const target of targets) {
    const met = target.measured === null ? "not measured" : target.pass(target.measured) ? "yes" : "no";
    lines.push(`| ${target.name} | ${target.goal} | ${target.measured === null ? "n/a" : target.format(target.measured)} | ${met} |`);
  }
  return `${lines.join("\n")}\n`;
}
