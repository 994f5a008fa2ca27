/**
 * The "Done when" of issue 4, on a throwaway copy of the project: publish a new edition made with the
 * data CLI (new → edit a few cells → release), rebuild, and check that exactly what the diff reports
 * changed: every affected exhibit (figure, SVG, CSV download), every inline value citing a revised key,
 * and the edition stamps; everything else byte-identical once the stamps are normalised. Then the
 * failure paths: bad data in a pinned draft, a pinned edition that does not exist, and a released file
 * modified after release all stop the build with a precise message and leave the previous site untouched.
 * Builds: 2 full + 3 failing (the failing ones stop before Astro starts: scripts/build.mjs reads the pinned
 * edition first).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { hashBytes } from '../../src/lib/data/hash.ts';
import { clearEditionCache, listEditions, loadEdition } from '../../src/lib/data/load.ts';
import { formatDate } from '../../src/lib/format/date.ts';
import { firstValueProps } from '../../src/lib/meta/key-figure.ts';
import { computeMetric, METRICS } from '../../src/lib/metrics/index.ts';
import { addToArticleOrder, build, cellPosition, copyProject, data, describeEdition, editCell, removeProject, setArticlesDataset, snapshot } from './rebuild-project.ts';

const FIXTURE_ARTICLE = path.join(process.cwd(), 'tests/fixtures/editions/edition-check.mdx');
const EDITED = ['capex.amazon.2025', 'capex.alphabet.2024', 'adoption.chatgpt.mau.2022-12'];
const CROSS_EDITION = 'capex-guidance-vs-reported';
const TEXT = /\.(html|svg|json|csv|xml|txt|js|css|webmanifest)$/;

let dir = '';
let content = '';
let base = '';
let next = '';
let outA = '';
let outB = '';
const timings: Record<string, number> = {};

function nextMonth(version: string): string {
  const [y, m] = version.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

const sha = (file: string) => hashBytes(readFileSync(file)).slice('sha256:'.length);

/** Cuts the element starting at `start` (an index of "<tag"), counting nested tags of the same name. */
function elementAt(html: string, start: number, tag: string): string {
  const re = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  throw new Error(`Unclosed <${tag}> at ${start}`);
}

function figures(html: string): Map<string, string> {
  const out = new Map<string, string>();
  let after = 0;
  // Article pages: id="exhibit-<id>"; the print page: "<article>--exhibit-<id>" (both carry data-exhibit);
  // the feed: a bare <figure> with the static image /exhibits/<id>.svg or a link to #exhibit-<id>.
  for (const m of html.matchAll(/<figure[\s>]/g)) {
    if (m.index < after) continue;
    const el = elementAt(html, m.index, 'figure');
    after = m.index + el.length;
    const id = /^<figure [^>]*data-exhibit="([a-z0-9-]+)"/.exec(el)?.[1] ?? /\/exhibits\/([a-z0-9-]+)\.svg"/.exec(el)?.[1] ?? /#exhibit-([a-z0-9-]+)"/.exec(el)?.[1];
    if (id) out.set(id, el);
  }
  return out;
}

function values(html: string): { key: string; html: string }[] {
  return [...html.matchAll(/<span class="value[^"]*"[^>]*data-key="([^"]+)"/g)].map((m) => ({ key: m[1]!, html: elementAt(html, m.index, 'span') }));
}

/** Where two texts first differ, for readable failures. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}:\n  A: …${a.slice(Math.max(0, i - 80), i + 120)}…\n  B: …${b.slice(Math.max(0, i - 80), i + 120)}…`;
}

beforeAll(() => {
  dir = copyProject('rebuild-editions-');
  content = path.join(dir, 'content');
  base = listEditions(content).at(-1)!;
  next = nextMonth(base);
  outA = path.join(dir, 'out-a');
  outB = path.join(dir, 'out-b');
  let article = readFileSync(FIXTURE_ARTICLE, 'utf8');
  const articles = path.join(content, 'articles');
  const placed = existsSync(articles) && readdirSync(articles).some((f) => existsSync(path.join(articles, f, 'index.mdx')) && readFileSync(path.join(articles, f, 'index.mdx'), 'utf8').includes(`<Exhibit id="${CROSS_EDITION}"`));
  if (!placed) article += `\n<Exhibit id="${CROSS_EDITION}" />\n`;
  mkdirSync(path.join(articles, 'zz-edition-check'), { recursive: true });
  writeFileSync(path.join(articles, 'zz-edition-check', 'index.mdx'), article);
  addToArticleOrder(dir, 'zz-edition-check');
});

afterAll(() => {
  console.log(`rebuild-editions timings (ms): ${JSON.stringify(timings)}`);
  removeProject(dir);
});

describe('publishing a new edition', () => {
  it('builds the latest edition, makes a new one with the CLI and builds again', async () => {
    setArticlesDataset(dir, base);
    const a = build(dir, outA, { RESEARCH_EDITION: base });
    timings.buildA = Math.round(a.ms);
    expect(a.code, a.output).toBe(0);

    expect((await data(dir, 'new', next)).code).toBe(0);
    const folder = path.join(content, 'data', next);
    for (const key of EDITED) {
      const file = path.join(folder, `${loadEdition(base, { root: content }).observations.get(key)!.table}.csv`);
      const old = editCell(file, key, 'value', '0');
      const decimals = old.includes('.') ? old.split('.')[1]!.length : 0;
      editCell(file, key, 'value', (Number(old) * 1.05 + 1).toFixed(decimals));
    }
    describeEdition(dir, next, { changelog: [`Revised ${EDITED.join(', ')} (rebuild test).`] });
    expect((await data(dir, 'validate', next, '--fix-hashes')).code).toBe(0);
    const release = await data(dir, 'release', next);
    expect(release.code, release.output).toBe(0);

    setArticlesDataset(dir, next);
    const b = build(dir, outB, { RESEARCH_EDITION: next });
    timings.buildB = Math.round(b.ms);
    expect(b.code, b.output).toBe(0);
  }, 600_000);

  it('the diff reports exactly the edited values', async () => {
    const r = await data(dir, 'diff', base, next, '--json');
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout) as { tables: { changed: { id: string; changes: { field: string }[] }[]; added: unknown[]; removed: unknown[] }[] };
    const changed = diff.tables.flatMap((t) => t.changed);
    expect(changed.map((c) => c.id).sort()).toEqual([...EDITED].sort());
    expect(changed.every((c) => c.changes.length === 1 && c.changes[0]!.field === 'value')).toBe(true);
    expect(diff.tables.every((t) => !t.added.length && !t.removed.length)).toBe(true);
  });

  it('changes every affected exhibit, inline value and stamp, and nothing else', () => {
    clearEditionCache();
    const edA = loadEdition(base, { root: content });
    const edB = loadEdition(next, { root: content });
    const fpA = sha(path.join(content, 'data', base, 'datapackage.json'));
    const fpB = sha(path.join(content, 'data', next, 'datapackage.json'));
    const stamps = (version: string, asOf: string, fp: string): [string, string][] => [
      // The edition's description is the Dataset's in every page's JSON-LD (JSON-escaped there).
      [JSON.stringify(loadEdition(version, { root: content }).pkg.description).slice(1, -1), '<EDITION-DESCRIPTION>'],
      [loadEdition(version, { root: content }).pkg.description, '<EDITION-DESCRIPTION>'],
      [loadEdition(version, { root: content }).pkg.title, '<EDITION-TITLE>'],
      [fp, '<FP>'],
      [fp.slice(0, 12), '<FP12>'],
      [formatDate(asOf), '<AS-OF>'],
      [asOf, '<AS-OF-ISO>'],
      [version, '<EDITION>'],
    ];
    // The old as-of date also appears as ordinary content (an article's `updated` date can fall on it), so it
    // is masked on both sides; the new edition's stamps are checked separately below.
    const oldDates: [string, string][] = [
      [formatDate(edA.asOf), '<AS-OF>'],
      [edA.asOf, '<AS-OF-ISO>'],
    ];
    const norm = (text: string, side: 'A' | 'B') =>
      (side === 'A' ? stamps(base, edA.asOf, fpA) : [...stamps(next, edB.asOf, fpB), ...oldDates])
        .reduce((t, [from, to]) => t.replaceAll(from, to), text)
        // The revision note is relative to each edition's own previous edition; it is checked separately below.
        .replace(/<details class="exhibit-revised"[\s\S]*?<\/details>/g, '');
    // The feed carries article bodies as escaped HTML; unescaped, its exhibits and values are cut like a page's.
    const unescape = (t: string) => t.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

    const snapA = snapshot(outA);
    const snapB = snapshot(outB);
    const keysOf = (root: string, id: string) => {
      const file = path.join(root, 'downloads', id, 'data.csv');
      if (!existsSync(file)) return [];
      const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
      const col = header!.cells.findIndex((c) => c.value === 'source_keys');
      return rows.flatMap((r) => (r.cells[col]?.value ?? '').split(' ').filter(Boolean));
    };
    const ids = [...new Set([...readdirSync(path.join(outA, 'downloads')), ...readdirSync(path.join(outB, 'downloads'))])].sort();
    const affected = new Set(ids.filter((id) => [...keysOf(outA, id), ...keysOf(outB, id)].some((k) => EDITED.includes(k))));
    expect(affected.has(CROSS_EDITION)).toBe(true);

    // Computed metrics in prose carry the metric id, not row ids: a metric may change only if its value did.
    const loader = (v: string) => loadEdition(v, { root: content });
    const changedMetrics = new Set(
      [...METRICS.keys()].filter((id) => {
        const q = (e: typeof edA) => {
          try {
            const m = computeMetric(id, e, loader);
            return m ? JSON.stringify([m.value, m.low, m.high]) : 'none';
          } catch (err) {
            return `error: ${(err as Error).message}`;
          }
        };
        return q(edA) !== q(edB);
      }),
    );
    const revisedValue = (key: string) => EDITED.includes(key) || changedMetrics.has(key);

    const explained = (rel: string) =>
      rel === 'data/index.html' || rel === 'data/changes/index.html' || rel === 'build-manifest.json' || rel.startsWith(`data/${next}/`) || rel.startsWith('pagefind/');
    const problems: string[] = [];
    let figuresChecked = 0;
    let valuesChecked = 0;
    let cardsChecked = 0;
    for (const rel of [...new Set([...snapA.keys(), ...snapB.keys()])].sort()) {
      if (explained(rel)) continue;
      if (!snapA.has(rel) || !snapB.has(rel)) {
        problems.push(`${rel} exists only in build ${snapA.has(rel) ? 'A' : 'B'}`);
        continue;
      }
      const exhibit = /^(?:downloads\/([^/]+)\/|exhibits\/([^/.]+)(?:\.[a-z]+)?\.svg$)/.exec(rel);
      const id = exhibit?.[1] ?? exhibit?.[2];
      if (id && affected.has(id)) {
        if (snapA.get(rel) === snapB.get(rel)) problems.push(`${rel} belongs to affected exhibit ${id} but did not change`);
        continue;
      }
      // A social card shows the article's first <Value>: it may change exactly when that value does.
      const card = /^og\/([^/]+)\.png$/.exec(rel);
      const mdx = card ? path.join(content, 'articles', card[1]!, 'index.mdx') : '';
      // The article body without its frontmatter, whose {key} templates are not MDX expressions.
      const body = card && existsSync(mdx) ? parseFrontmatter(readFileSync(mdx, 'utf8')).content : '';
      if (card && body && revisedValue(firstValueProps(body)?.of ?? '')) {
        cardsChecked++;
        if (snapA.get(rel) === snapB.get(rel) && EDITED.includes(firstValueProps(body)!.of!)) problems.push(`${rel} shows a revised value but did not change`);
        continue;
      }
      if (snapA.get(rel) === snapB.get(rel)) continue;
      if (!TEXT.test(rel)) {
        problems.push(`${rel} changed (binary)`);
        continue;
      }
      const html = rel.endsWith('.html') || rel === 'feed.xml';
      const load = (root: string) => (rel === 'feed.xml' ? unescape : (t: string) => t)(readFileSync(path.join(root, rel), 'utf8'));
      let a = norm(load(outA), 'A');
      let b = norm(load(outB), 'B');
      if (html) {
        const [figA, figB] = [figures(a), figures(b)];
        for (const fid of affected) {
          const fa = figA.get(fid);
          const fb = figB.get(fid);
          if (fa === undefined && fb === undefined) continue;
          // On article pages the frame holds the data table, so it must change; the feed and the home page's
          // lead chart show only title, takeaway and image.
          if (rel.startsWith('articles/') && rel.endsWith('.html')) {
            figuresChecked++;
            if (fa === fb) problems.push(`${rel}: affected exhibit ${fid} did not change`);
          }
          a = a.replace(fa ?? '\u0000', `<AFFECTED-EXHIBIT ${fid}>`);
          b = b.replace(fb ?? '\u0000', `<AFFECTED-EXHIBIT ${fid}>`);
        }
        const [va, vb] = [values(a), values(b)];
        if (va.map((v) => v.key).join() !== vb.map((v) => v.key).join()) problems.push(`${rel}: inline values differ in number or order`);
        va.forEach((v, i) => {
          const w = vb[i];
          if (!w || !revisedValue(v.key)) return;
          valuesChecked++;
          if (norm(v.html, 'A') === norm(w.html, 'B') && EDITED.includes(v.key)) problems.push(`${rel}: <Value of="${v.key}"> did not change`);
          a = a.replace(v.html, `<REVISED-VALUE ${v.key}>`);
          b = b.replace(w.html, `<REVISED-VALUE ${v.key}>`);
        });
      }
      if (a !== b) problems.push(`${rel} changed outside the revised exhibits and values ${firstDifference(a, b)}`);
    }
    expect(problems).toEqual([]);
    expect(figuresChecked).toBeGreaterThan(0);
    expect(valuesChecked).toBeGreaterThan(0);
    expect(cardsChecked).toBeGreaterThan(0);

    // The fixture article: revised value changed, unrevised value identical apart from stamps.
    const pageA = readFileSync(path.join(outA, 'articles/zz-edition-check/index.html'), 'utf8');
    const pageB = readFileSync(path.join(outB, 'articles/zz-edition-check/index.html'), 'utf8');
    const valueOf = (html: string, key: string) => values(html).find((v) => v.key === key)!.html;
    expect(valueOf(pageA, 'capex.amazon.2025')).not.toBe(valueOf(pageB, 'capex.amazon.2025'));
    expect(valueOf(pageB, 'capex.amazon.2025')).toContain(`<data value="${edB.observations.get('capex.amazon.2025')!.value}"`);
    expect(norm(valueOf(pageA, 'capex.amazon.2024'), 'A')).toBe(norm(valueOf(pageB, 'capex.amazon.2024'), 'B'));
  }, 120_000);

  it('stamps every page with the edition, its as-of date and its fingerprint', () => {
    const fpB = sha(path.join(content, 'data', next, 'datapackage.json'));
    const asOf = formatDate(loadEdition(next, { root: content }).asOf);
    const pages = [...snapshot(outB).keys()].filter((r) => r.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    for (const rel of pages) {
      const html = readFileSync(path.join(outB, rel), 'utf8');
      expect(html, rel).toContain(`<meta name="dataset-edition" content="${next}">`);
      expect(html, rel).toContain(`<meta name="dataset-edition-sha256" content="${fpB}">`);
      // The footer names the edition and its as-of date; the fingerprint stays in <meta> and the manifest.
      expect(html, rel).toContain(`as of ${asOf}; see`);
    }
    const manifest = JSON.parse(readFileSync(path.join(outB, 'build-manifest.json'), 'utf8'));
    expect(manifest.edition).toMatchObject({ version: next, datapackageSha256: `sha256:${fpB}` });
    expect(manifest.files[`content/data/${next}/capex.csv`]).toBe(hashBytes(readFileSync(path.join(content, 'data', next, 'capex.csv'))));
    expect(manifest.commit).toBeNull();
  });

  it('notes the revision on exactly the affected exhibits, and lists it on the changes page', () => {
    const pageB = readFileSync(path.join(outB, 'articles/zz-edition-check/index.html'), 'utf8');
    const all = [...snapshot(outB).keys()].filter((r) => r.startsWith('articles/') && r.endsWith('.html')).map((r) => readFileSync(path.join(outB, r), 'utf8'));
    for (const html of all) {
      for (const [id, fig] of figures(html)) {
        const revised = fig.includes(`data-revised-since="${base}"`);
        // The rows the exhibit reads, as whole keys ("capex.amazon.2025" is not "capex.amazon.2025-q4").
        const reads = new Set(readFileSync(path.join(outB, 'downloads', id, 'data.csv'), 'utf8').split(/[^\w.-]+/));
        expect(revised, id).toBe(EDITED.some((k) => reads.has(k)));
      }
    }
    expect(figures(pageB).size + all.length).toBeGreaterThan(0);
    const changes = readFileSync(path.join(outB, 'data/changes/index.html'), 'utf8');
    for (const key of EDITED) expect(changes).toMatch(new RegExp(`<tr id="change-${key.replaceAll('.', '\\.')}"`));
    const row = elementAt(changes, changes.indexOf('<tr id="change-capex.amazon.2025"'), 'tr');
    expect(row).toContain(`#exhibit-${CROSS_EDITION}"`);
    expect(changes).toContain(`Revised ${EDITED.join(', ')} (rebuild test).`);
  });
});

describe('a build that fails keeps the previous site', () => {
  it('bad data in a pinned draft: non-zero exit, file:line:column in the message, old output byte-identical', async () => {
    const before = snapshot(outB);
    const broken = nextMonth(next);
    expect((await data(dir, 'new', broken)).code).toBe(0);
    const file = path.join(content, 'data', broken, 'capex.csv');
    editCell(file, 'capex.amazon.2025', 'value', '13x.5');
    const at = cellPosition(file, 'capex.amazon.2025', 'value');
    expect((await data(dir, 'validate', broken, '--fix-hashes')).code).toBe(1);
    setArticlesDataset(dir, broken);
    const r = build(dir, outB, { RESEARCH_EDITION: broken });
    timings.badData = Math.round(r.ms);
    expect(r.code).not.toBe(0);
    expect(r.output).toContain(`content/data/${broken}/capex.csv:${at.line}:${at.column} `);
    expect(r.output).toContain('"13x.5"');
    expect(r.output).toContain('The previous site in out-b/ was left untouched.');
    expect(snapshot(outB)).toEqual(before);
    expect(existsSync(`${outB}.building`)).toBe(false);
  }, 300_000);

  it('a pinned edition that does not exist: the message lists the available editions', () => {
    const before = snapshot(outB);
    const r = build(dir, outB, { RESEARCH_EDITION: '2099-01' });
    timings.missingEdition = Math.round(r.ms);
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('Dataset edition "2099-01" does not exist.');
    expect(r.output).toContain(`Available editions: ${listEditions(content).join(', ')}.`);
    expect(snapshot(outB)).toEqual(before);
  }, 300_000);

  it('a released file modified after release: the build and `data validate` refuse it', async () => {
    const before = snapshot(outB);
    const file = path.join(content, 'data', next, 'adoption.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Monthly active users', 'Monthly active users (edited)'));
    setArticlesDataset(dir, next);
    const r = build(dir, outB, { RESEARCH_EDITION: next });
    timings.tamperedRelease = Math.round(r.ms);
    expect(r.code).not.toBe(0);
    expect(r.output).toContain(`content/data/${next}/adoption.csv has changed since it was recorded`);
    expect(r.output).toContain(`edition ${next} is released, and released editions are frozen`);
    expect(snapshot(outB)).toEqual(before);
    const v = await data(dir, 'validate', next);
    expect(v.code).toBe(1);
    expect(v.output).toContain(`adoption.csv has changed since it was recorded`);
  }, 300_000);
});
