import type { SplitName } from "@hotel-intent/shared";
import type { DatasetRow } from "./local/generate-local.js";
import type { VagueMessage } from "./read-vague-sources.js";
import { splitStratified } from "./split-stratified.js";

export interface SplitVagueOptions {
  messages: readonly VagueMessage[];
  seed: number;
  /** Share of VagueIntent-Train lines (each with all its paraphrases) held out per intent as vague-dev, in validation. */
  vagueDevShare: number;
  /** Shares of the from-scratch register messages held out per intent, as for the corpus. */
  validationShare: number;
  testShare: number;
}

/**
 * Splits the vague-register sources by group, so that a VagueIntent-Train line and all its paraphrases share a split.
 * VagueIntent-Train groups go to train or to vague-dev (validation), never to test: VagueIntent-Eval is their test.
 * Messages written from scratch in the register are split like the corpus, so the test split has a vague part.
 * The split depends only on the seed and the group keys, so it is the same with or without VagueIntent-Train present.
 */
export function splitVague({ messages, seed, vagueDevShare, validationShare, testShare }: SplitVagueOptions): Record<SplitName, DatasetRow[]> {
  const groups = new Map<string, VagueMessage[]>();
  for (const message of messages) groups.set(message.group, [...(groups.get(message.group) ?? []), message]);
  const ordered = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })).map(([, group]) => group);
  const intentOf = (group: VagueMessage[]) => (group[0] as VagueMessage).intent;
  const lines = splitStratified({
    items: ordered.filter((group) => group[0]?.source !== "register"),
    intentOf,
    seed: seed ^ 0x7a9e,
    validationShare: vagueDevShare,
    testShare: 0,
  });
  const register = splitStratified({
    items: ordered.filter((group) => group[0]?.source === "register"),
    intentOf,
    seed: seed ^ 0x4e6,
    validationShare,
    testShare,
  });
  const rows = (groups: VagueMessage[][]): DatasetRow[] =>
    groups.flat().map((message) => ({ text: message.text, intent: message.intent, source: message.source, origin: message.origin, group: message.group }));
  return {
    train: rows([...lines.train, ...register.train]),
    validation: rows([...lines.validation, ...register.validation]),
    test: rows([...lines.test, ...register.test]),
  };
}
