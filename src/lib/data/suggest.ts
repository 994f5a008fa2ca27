/**
 * "Did you mean" suggestions for unknown ids: ranks candidates by shared prefix and edit distance, so
 * `capex.amazon.2204` suggests `capex.amazon.2024` and `capex.amzn` suggests the `capex.amazon.*` rows.
 */

/**
 * Levenshtein distance; ids are short, so the O(n·m) table is fine. With `max`, stops as soon as the distance
 * must exceed it and returns max + 1: hints test thousands of ids, nearly all of them far off. A prefix or
 * suffix both strings share never changes the distance, so only what lies between is compared: ids of one
 * table share most of their characters ("benchmarks.gpt-4.mmlu" and "benchmarks.gpt-4o.mmlu").
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  let from = 0;
  while (from < a.length && from < b.length && a[from] === b[from]) from++;
  let endA = a.length;
  let endB = b.length;
  while (endA > from && endB > from && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - from;
  const m = endB - from;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return n + m;
  // Each edit changes at most one character of each string: the characters one has more of than the
  // other need at least that many edits. A cheap bound that rules out most far ids before the table.
  if (max < Math.max(n, m) && bagDistance(a.slice(from, endA), b.slice(from, endB)) > max) return max + 1;
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let best = i;
    const ca = a[from + i - 1];
    for (let j = 1; j <= m; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b[from + j - 1] ? 0 : 1));
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[m]! > max ? max + 1 : prev[m]!;
}

const counts = new Int32Array(128);

/**
 * max(characters of a missing from b, and the reverse), counted with multiplicity, over ASCII only: a lower
 * bound of the edit distance, and still one when the rarer other characters are left out.
 */
function bagDistance(a: string, b: string): number {
  counts.fill(0);
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c < 128) counts[c]!++;
  }
  let onlyB = 0;
  for (let j = 0; j < b.length; j++) {
    const c = b.charCodeAt(j);
    if (c >= 128) continue;
    if (counts[c]! > 0) counts[c]!--;
    else onlyB++;
  }
  let onlyA = 0;
  for (let c = 0; c < 128; c++) onlyA += counts[c]!;
  return Math.max(onlyA, onlyB);
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Up to `limit` candidates closest to `target`: close by edit distance (at most ~40% of the length)
 * or sharing a prefix of at least 4 characters; ties broken alphabetically so output is stable.
 * Ranked as if every candidate were scored (score = distance − prefix / 2), but once `limit` are kept a
 * candidate's distance is computed only as far as could still beat the worst of them: an exhibit tried
 * against an older edition that lacks its rows composes these hints for every missing id, against
 * thousands of ids that nearly all share a long prefix ("capex.", "benchmarks.") with the target.
 */
export function closest(target: string, candidates: Iterable<string>, limit = 5): string[] {
  const kept: { id: string; score: number }[] = [];
  for (const id of candidates) {
    const prefix = sharedPrefix(target, id);
    const within = Math.max(2, Math.ceil(Math.max(target.length, id.length) * 0.4));
    // Without a shared prefix only a near id counts, so its distance need not be known beyond `within`.
    let bound = prefix < 4 ? within : Number.POSITIVE_INFINITY;
    // A full list is entered only with a score at most its worst (equal scores are then ordered by id).
    const worst = kept.length >= limit ? kept[limit - 1]!.score : undefined;
    if (worst !== undefined) bound = Math.min(bound, Math.floor(worst + prefix * 0.5));
    if (bound < 0) continue;
    const dist = editDistance(target, id, bound);
    if (dist > bound) continue;
    const entry = { id, score: dist - prefix * 0.5 };
    const at = kept.findIndex((k) => entry.score < k.score || (entry.score === k.score && entry.id < k.id));
    kept.splice(at < 0 ? kept.length : at, 0, entry);
    if (kept.length > limit) kept.pop();
  }
  return kept.map((k) => k.id);
}
