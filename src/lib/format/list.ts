/** "A, B and C" (or "A, B or C"): an English list without the serial comma, for prose, notes and messages. */
export function listWords(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)!}`;
}
