/**
 * Counts whitespace-separated words. The server reports these as `usage` tokens: the embedded model has no
 * sub-word tokenizer, so a word is the plainest honest unit (it is not OpenAI's token count).
 */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/u).length;
}
