/** The two parts of a generated split, scored separately: the hand-written corpus, and the abstract vague register. */
export type DataPart = "corpus" | "vague";

const VAGUE_SOURCES = new Set(["vagueintent-train", "paraphrase", "register"]);

/**
 * Which part a generated row belongs to: `vague` for VagueIntent-Train, the team's paraphrases of it and the messages
 * written from scratch in its register (and rewordings of those, which carry their `group`), `corpus` otherwise.
 * Rows without metadata (a user's own labelled file) count as `corpus`.
 */
export function dataPartOf(row: { source?: unknown; group?: unknown }): DataPart {
  return VAGUE_SOURCES.has(String(row.source)) || typeof row.group === "string" ? "vague" : "corpus";
}
