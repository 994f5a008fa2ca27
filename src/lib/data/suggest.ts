/**
 * "Did you mean" suggestions for unknown ids: ranks candidates by shared prefix and edit distance, so
 * `capex.amazon.2204` suggests `capex.amazon.2024` and `capex.amzn` suggests the `capex.amazon.*` rows.
 */

/**
 * Levenshtein distance; ids are short, so the O(n·m) table is fine. With `max`, stops as soon as the distance
 * must exceed it and returns max + 1: hints test thousands of ids, nearly all of them far off.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (cur[j]! < best) best = cur[j]!;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Up to `limit` candidates closest to `target`: close by edit distance (at most ~40% of the length)
 * or sharing a prefix of at least 4 characters; ties broken alphabetically so output is stable.
 */
export function closest(target: string, candidates: Iterable<string>, limit = 5): string[] {
  const scored: { id: string; score: number }[] = [];
  for (const id of candidates) {
    const prefix = sharedPrefix(target, id);
    const within = Math.max(2, Math.ceil(Math.max(target.length, id.length) * 0.4));
    // Without a shared prefix only a near id counts, so its distance need not be known beyond `within`.
    const dist = editDistance(target, id, prefix < 4 ? within : Number.POSITIVE_INFINITY);
    if (dist > within && prefix < 4) continue;
    scored.push({ id, score: dist - prefix * 0.5 });
  }
  scored.sort((x, y) => x.score - y.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.id);
}
