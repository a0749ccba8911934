/**
 * Whether the out-of-scope threshold and the temperature are calibrated on a validation row: all but the paraphrases
 * of the vague-dev lines, which outnumber the rest and are alike, so that "at most 1% of in-scope messages rejected"
 * holds for messages as guests write them.
 */
export function isCalibrationRow(row: object): boolean {
  return (row as { source?: unknown }).source !== "paraphrase";
}
