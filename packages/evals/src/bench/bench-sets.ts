/** Named sets every contender is scored on; the test split also in its two parts. */
export const SETS = {
  test: "test split",
  testCorpus: "test split: hand-written corpus part",
  testVague: "test split: vague-register part",
  dev: "dev-blind (evalsets/)",
  vagueDev: "vague-dev (VagueIntent-Train held out)",
  benchmark: "VagueIntent-Eval",
} as const;
