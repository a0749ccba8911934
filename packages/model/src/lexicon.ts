import { normaliseText, stem, words } from "./tokenize.js";

/** Concepts found in a stemmed message, by phrase lookup. */
export type ConceptMatcher = (stems: readonly string[]) => string[];

interface Trie {
  next: Map<string, Trie>;
  concepts: string[];
}

/** Compiles `concept -> phrases` into a matcher over stems: each phrase is stemmed word by word and found as a contiguous run. */
export function createConceptMatcher({ lexicon }: { lexicon: Readonly<Record<string, readonly string[]>> }): ConceptMatcher {
  const root: Trie = { next: new Map(), concepts: [] };
  for (const [concept, phrases] of Object.entries(lexicon)) {
    for (const phrase of phrases) {
      const stems = words(normaliseText(phrase)).map(stem);
      if (stems.length === 0) continue;
      let node = root;
      for (const part of stems) {
        let child = node.next.get(part);
        if (!child) {
          child = { next: new Map(), concepts: [] };
          node.next.set(part, child);
        }
        node = child;
      }
      if (!node.concepts.includes(concept)) node.concepts.push(concept);
    }
  }
  return (stems) => {
    const found = new Set<string>();
    for (let start = 0; start < stems.length; start++) {
      let node: Trie | undefined = root;
      for (let index = start; index < stems.length; index++) {
        node = node.next.get(stems[index] as string);
        if (!node) break;
        for (const concept of node.concepts) found.add(concept);
      }
    }
    return [...found];
  };
}
