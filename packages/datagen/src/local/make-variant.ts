import type { Random } from "@hotel-intent/shared";
import { CLOSERS, OPENERS } from "./grammar.js";

export interface SynonymTable {
  /** Lowercase word or phrase -> the other members of its group. */
  alternatives: Map<string, string[]>;
  /** Matches any member at word boundaries, longest first. */
  pattern: RegExp;
}

export function createSynonymTable({ groups }: { groups: readonly (readonly string[])[] }): SynonymTable {
  const alternatives = new Map<string, string[]>();
  for (const group of groups) {
    for (const member of group)
      alternatives.set(
        member.toLowerCase(),
        group.filter((other) => other !== member).map((other) => other.toLowerCase()),
      );
  }
  const escaped = [...alternatives.keys()].sort((a, b) => b.length - a.length).map((member) => member.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return { alternatives, pattern: new RegExp(`\\b(${escaped.join("|") || "(?!)"})\\b`, "gi") };
}

function swapSynonym(text: string, synonyms: SynonymTable, random: Random): string {
  const matches = [...text.matchAll(synonyms.pattern)];
  if (matches.length === 0) return text;
  const match = random.pick(matches);
  const options = synonyms.alternatives.get((match[0] as string).toLowerCase()) ?? [];
  if (options.length === 0 || match.index === undefined) return text;
  let replacement = random.pick(options);
  if (/^[A-Z]/.test(match[0] as string)) replacement = replacement[0]?.toUpperCase() + replacement.slice(1);
  return text.slice(0, match.index) + replacement + text.slice(match.index + (match[0] as string).length);
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? (text[0] as string).toLowerCase() + text.slice(1) : text;
}

/** A rewording of a guest message that keeps its intent: an opener, a closer, a synonym swap, texting style, or two of these. */
export function makeVariant({ text, random, synonyms }: { text: string; random: Random; synonyms: SynonymTable }): string {
  let result = text;
  const moves = random.shuffle(["opener", "closer", "synonym", "terse", "synonym"]).slice(0, 1 + random.int(2));
  for (const move of moves) {
    if (move === "opener") {
      const opener = random.pick(OPENERS);
      result = `${opener} ${/[,:]$|^(hi|hey, so)$/i.test(opener) ? lowerFirst(result) : result}`;
    } else if (move === "closer") result = `${result} ${random.pick(CLOSERS)}`;
    else if (move === "synonym") result = swapSynonym(result, synonyms, random);
    else
      result = result
        .toLowerCase()
        .replace(/[.!]+$/, "")
        .replace(/\s+/g, " ");
  }
  return result;
}

/** A new message from a situation and an ask of the same intent, in either order, sometimes with an opener or closer. */
export function composeMessage({ situation, ask, random }: { situation: string; ask: string; random: Random }): string {
  const body = random.next() < 0.75 ? `${situation} ${ask}` : `${ask} ${situation}`;
  const roll = random.next();
  if (roll < 0.2) return `${random.pick(OPENERS)} ${body}`;
  if (roll < 0.35) return `${body} ${random.pick(CLOSERS)}`;
  return body;
}
