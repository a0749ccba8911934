/** A generated train row, with the metadata datagen writes. */
export interface GeneratedRow {
  text: string;
  intent: number;
  source?: unknown;
  origin?: unknown;
  group?: unknown;
}

const PARAPHRASE = /^paraphrases\/(.+):(\d+)$/;

/**
 * The train rows with at most `perMessage` paraphrases of each VagueIntent-Train line (and the rewordings of the kept
 * ones). A line's paraphrases are taken by turns from each paraphrase file, in file order, so that every count mixes
 * the files (rounds) the same way. Rows that are not paraphrases are all kept.
 */
export function limitParaphrases<T extends GeneratedRow>({ rows, perMessage }: { rows: readonly T[]; perMessage: number }): T[] {
  const byGroup = new Map<string, Map<string, { file: string; line: number }>>();
  for (const row of rows) {
    const match = PARAPHRASE.exec(String(row.origin ?? ""));
    if (!match || typeof row.group !== "string") continue;
    const origins = byGroup.get(row.group) ?? new Map();
    origins.set(row.origin as string, { file: match[1] as string, line: Number(match[2]) });
    byGroup.set(row.group, origins);
  }
  const kept = new Set<string>();
  for (const origins of byGroup.values()) {
    const rank = new Map<string, number>();
    const perFile = new Map<string, number>();
    const ordered = [...origins.entries()].sort(([, a], [, b]) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
    for (const [origin, { file }] of ordered) {
      const turn = perFile.get(file) ?? 0;
      perFile.set(file, turn + 1);
      rank.set(origin, turn);
    }
    const byTurn = ordered.sort(([a, x], [b, y]) => (rank.get(a) as number) - (rank.get(b) as number) || (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
    for (const [origin] of byTurn.slice(0, perMessage)) kept.add(origin);
  }
  return rows.filter((row) => !PARAPHRASE.test(String(row.origin ?? "")) || kept.has(row.origin as string));
}
