import type { BenchResult } from "./run-bench.js";

const us = (value: number) => (Number.isNaN(value) ? "n/a" : `${value.toFixed(1)} µs`);

/** One Markdown table: a row per contender and set. */
export function renderBench(result: BenchResult): string {
  const lines = [
    `Data: ${result.data.train} train / ${result.data.validation} validation / ${result.data.test} test messages${result.data.benchmark === null ? "; VagueIntent-Eval not present" : `; VagueIntent-Eval ${result.data.benchmark} messages`}.`,
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
        `| ${contender.name} | ${score.set} | ${(score.accuracy * 100).toFixed(1)}% | ${score.macroF1.toFixed(3)} | ${score.ece === null ? "n/a" : score.ece.toFixed(3)} | ` +
          `${contender.trainSeconds?.toFixed(1)} s | ${us(score.latency.meanUs)}${score.batchLatency ? " (batch)" : ""} | ${us(score.latency.p99Us)} | ${((contender.sizeBytes ?? 0) / 1024 / 1024).toFixed(2)} MB |`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
