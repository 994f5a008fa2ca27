/** "Did you mean" suggestions for unknown ids: smallest edit distance first, ties by shared prefix. */

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function closestMatches(input: string, candidates: readonly string[], limit = 5): string[] {
  return candidates
    .map((c) => ({ c, d: distance(input, c), p: sharedPrefix(input, c) }))
    .filter(({ c, d, p }) => d <= Math.max(3, Math.floor(c.length / 3)) || p >= Math.min(6, input.length))
    .sort((x, y) => x.d - y.d || y.p - x.p || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map(({ c }) => c);
}
