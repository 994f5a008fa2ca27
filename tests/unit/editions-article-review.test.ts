/**
 * Which articles need review when the published edition moves on (src/lib/editions/article-review.ts):
 * only those whose inline values or placed exhibits changed between their `dataset` edition and the
 * published one, all listed in one message with what changed and what to do. The pure rule is tested with
 * stub dependencies; the real registries are tested on an in-memory later edition made from the latest.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultRoot, loadEdition } from '../../src/lib/data/load.ts';
import { readLock } from '../../src/lib/data/lock.ts';
import type { Edition, ObservationRow } from '../../src/lib/data/schema.ts';
import type { Kind } from '../../src/lib/data/units.ts';
import { ArticleReviewError, checkArticleEditions, readArticles, reviewDeps } from '../../src/lib/editions/article-review-check.ts';
import { articlesToReview, type ArticleShows, type ReviewDeps, reviewMessage, shownChanges } from '../../src/lib/editions/article-review.ts';

const ed = (version: string) => ({ version }) as Edition;
const E1 = ed('2030-01');
const E2 = ed('2030-02');
const E3 = ed('2030-03');

/** Values per edition (key -> text, kind) and exhibit changes per (id, from, to). */
function stubDeps(values: Record<string, Record<string, [string, Kind]>>, exhibits: Record<string, string[]> = {}): ReviewDeps {
  return {
    load: (v) => [E1, E2, E3].find((e) => e.version === v),
    valueIn: (key, _o, edition) => {
      const hit = values[edition.version]?.[key];
      return hit && { text: hit[0], kind: hit[1] };
    },
    exhibitChanges: (id, from, to) => exhibits[`${id}|${from.version}|${to.version}`] ?? [],
    kindWord: (k) => (k === 'guidance' ? 'company guidance' : k),
  };
}

const article = (slug: string, dataset: string, keys: string[], exhibits: string[] = []): ArticleShows => ({
  slug,
  file: `content/articles/${slug}/index.mdx`,
  dataset,
  values: keys.map((key) => ({ key, options: {} })),
  exhibits,
});

describe('articlesToReview', () => {
  const values = {
    '2030-01': { a: ['~$100 billion', 'guidance'], b: ['$5 billion', 'reported'] },
    '2030-03': { a: ['$131.8 billion', 'reported'], b: ['$5 billion', 'reported'], c: ['7%', 'derived'] },
  } as Record<string, Record<string, [string, Kind]>>;
  const deps = stubDeps(values, { 'x-chart|2030-01|2030-03': ['Amazon 2025: line one', 'line two'] });

  it('passes an article whose shown figures did not change, even with an older dataset', () => {
    expect(articlesToReview([article('same', '2030-01', ['b'])], E3, deps)).toEqual([]);
    expect(articlesToReview([article('current', '2030-03', ['a', 'c'])], E3, deps)).toEqual([]);
  });

  it('lists each changed value (text and kind) and exhibit of an affected article', () => {
    const reviews = articlesToReview([article('moved', '2030-01', ['a', 'b', 'c', 'a'], ['x-chart', 'y-chart'])], E3, deps);
    expect(reviews).toEqual([
      {
        slug: 'moved',
        file: 'content/articles/moved/index.mdx',
        dataset: '2030-01',
        changes: [
          '<Value of="a" />: ~$100 billion (company guidance) → $131.8 billion (reported)',
          '<Value of="c" />: not in edition 2030-01; now 7% (derived)',
          '<Exhibit id="x-chart" />: Amazon 2025: line one; line two',
        ],
      },
    ]);
  });

  it('names a kind change even when the text is the same, and an edition that does not exist', () => {
    const d = stubDeps({ '2030-01': { k: ['$1 billion', 'guidance'] }, '2030-03': { k: ['$1 billion', 'reported'] } });
    expect(shownChanges(article('k', '2030-01', ['k']), E1, E3, d)).toEqual(['<Value of="k" />: $1 billion (company guidance) → $1 billion (reported)']);
    expect(articlesToReview([article('gone', '2029-12', ['k'])], E3, d)[0]?.changes).toEqual(['its dataset edition 2029-12 does not exist']);
  });

  it('writes one message listing every article, why, and what to do', () => {
    const reviews = articlesToReview([article('one', '2030-01', ['a']), article('ok', '2030-01', ['b']), article('two', '2030-01', ['c'])], E3, deps);
    expect(reviewMessage(reviews, E3)).toBe(
      [
        '2 articles show figures that changed since the dataset edition their prose was checked against; the site publishes edition 2030-03.',
        '',
        'content/articles/one/index.mdx (dataset: "2030-01"):',
        '  - <Value of="a" />: ~$100 billion (company guidance) → $131.8 billion (reported)',
        '',
        'content/articles/two/index.mdx (dataset: "2030-01"):',
        '  - <Value of="c" />: not in edition 2030-01; now 7% (derived)',
        '',
        'What to do: for each article, review the prose against these changes (`npm run data -- diff 2030-01 2030-03` lists every changed figure), update it where the story changed, then set `dataset: "2030-03"` in its frontmatter (and `updated:` if the text changed).',
        'Articles whose figures did not change may keep an older `dataset:`.',
      ].join('\n'),
    );
  });
});

describe('checkArticleEditions on the report', () => {
  const latest = loadEdition(Object.keys(readLock(defaultRoot()).editions).sort().at(-1)!);
  const articles = readArticles();
  const [y, m] = latest.version.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;

  /** A later edition made in memory from the latest, with some rows changed. */
  function later(patch: Record<string, Partial<ObservationRow>>): Edition {
    const change = <R extends { id: string }>(r: R): R => (patch[r.id] ? { ...r, ...patch[r.id] } : r);
    return {
      ...latest,
      version: next,
      previous: latest.version,
      tables: new Map([...latest.tables].map(([n, t]) => [n, { ...t, rows: t.rows.map(change) }])),
      observations: new Map([...latest.observations].map(([k, r]) => [k, change(r)])),
    };
  }
  const deps = (edition: Edition): ReviewDeps => {
    const real = reviewDeps();
    return { ...real, load: (v) => (v === edition.version ? edition : real.load(v)) };
  };

  it('builds every article checked against the published edition', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(() => checkArticleEditions(latest, articles.map((a) => ({ ...a, dataset: latest.version })), reviewDeps())).not.toThrow();
  });

  it('passes articles whose figures a new edition left alone, and fails once naming the ones it changed', () => {
    // An inline value one article shows, revised in the new edition.
    const shown = articles.find((a) => a.values.some((v) => latest.observations.has(v.key)))!;
    const key = shown.values.find((v) => latest.observations.has(v.key))!.key;
    const row = latest.observations.get(key)!;
    const edition = later({ [key]: { value: row.value * 2 + 1 } });
    const old = articles.map((a) => ({ ...a, dataset: latest.version }));
    let error: unknown;
    try {
      checkArticleEditions(edition, old, deps(edition));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ArticleReviewError);
    const e = error as ArticleReviewError;
    expect(e.stack).toBe('');
    const readers = articles.filter((a) => a.values.some((v) => v.key === key));
    expect(e.reviews.map((r) => r.slug)).toEqual(expect.arrayContaining(readers.map((a) => a.slug)));
    // Articles that show neither the row nor an exhibit reading it keep their older dataset.
    const untouched = articles.filter((a) => !e.reviews.some((r) => r.slug === a.slug));
    expect(untouched.length).toBeGreaterThan(0);
    expect(e.message).toContain(`${shown.file} (dataset: "${latest.version}"):`);
    expect(e.message).toMatch(new RegExp(`<Value of="${key.replaceAll('.', '\\.')}"[^>]*/>: .+ → .+`));
    expect(e.message.match(/What to do:/g)).toHaveLength(1);
    expect(() => checkArticleEditions(edition, untouched.map((a) => ({ ...a, dataset: latest.version })), deps(edition))).not.toThrow();
  });
});

describe('npm run data -- diff', () => {
  it('ends by listing the articles whose figures changed between the two editions, by the same rule', () => {
    const latest = loadEdition(Object.keys(readLock(defaultRoot()).editions).sort().at(-1)!);
    const previous = loadEdition(latest.previous!);
    const deps = reviewDeps();
    const expected = readArticles().filter((a) => shownChanges(a, previous, latest, deps).length > 0);
    expect(expected.length).toBeGreaterThan(0);
    const r = spawnSync(process.execPath, ['scripts/data.ts', 'diff', previous.version, latest.version], { encoding: 'utf8', env: { ...process.env, RESEARCH_CONTENT_ROOT: '' } });
    expect(r.status, r.stderr).toBe(0);
    const tail = r.stdout.slice(r.stdout.indexOf('\nArticles affected'));
    expect(tail).toMatch(new RegExp(`^\\nArticles affected \\(${expected.length}\\): review their prose, then set \`dataset: "${latest.version}"\` in their frontmatter\\.\\n`));
    expect([...tail.matchAll(/^ {2}(\S+) \(dataset: /gm)].map((m) => m[1])).toEqual(expected.map((a) => a.file));
  });
});
