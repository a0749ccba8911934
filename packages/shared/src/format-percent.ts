/** `0.8876` -> `"88.8%"`; null -> `"n/a"`. */
export function formatPercent(value: number | null): string {
  return value === null ? "n/a" : `${(value * 100).toFixed(1)}%`;
}
