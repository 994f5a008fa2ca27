/**
 * The output cache (src/lib/publish/output-cache.ts) can never publish a stale output: a changed input misses
 * and re-renders, an unchanged one is reused, and the bytes are the same with the cache, without it, and from
 * a warm cache. Exhibits are built from both released editions, so "a changed value" is a real revision.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEdition } from '../../src/lib/data/load.ts';
import { cachedZip, editionZip } from '../../src/lib/editions/downloads.ts';
import { zipFiles } from '../../src/lib/editions/zip.ts';
import { buildExhibit, exhibitIds } from '../../src/lib/exhibits/index.ts';
import { drawnSpec, publishedExhibitSvg } from '../../src/lib/publish/exhibit-svg.ts';
import { cachedBytes, cacheKey, reuseByDependencies, sha256, stableJson, storeWithDependencies } from '../../src/lib/publish/output-cache.ts';
import { renderExhibitSvg } from '../../src/lib/render/static-chart.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'output-cache-'));
  vi.stubEnv('OUTPUT_CACHE_DIR', dir);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

// The two editions that revise each other first: 2026-02 changed many figures of 2025-02.
const older = loadEdition('2025-02');
const newer = loadEdition('2026-02');
/** Built from both editions (an exhibit whose rows arrived later cannot be built from either: a DataError). */
const buildable = (id: string) => {
  try {
    return buildExhibit(id, older) && buildExhibit(id, newer).chart !== 'table';
  } catch (err) {
    if (err instanceof Error && err.name === 'DataError') return false;
    throw err;
  }
};
const charts = exhibitIds().filter(buildable);

describe('static exhibit images through the cache', () => {
  it('draw the same bytes as the renderer given the full spec: the blanked edition stamp is never drawn', () => {
    for (const id of charts) {
      const spec = buildExhibit(id, newer);
      for (const theme of ['light', 'dark'] as const) expect(renderExhibitSvg(drawnSpec(spec), theme), `${id} ${theme}`).toBe(renderExhibitSvg(spec, theme));
    }
  });

  it('re-render every exhibit whose figures changed between editions and reuse the others, byte for byte', () => {
    let changed = 0;
    let unchanged = 0;
    for (const id of charts) {
      const before = buildExhibit(id, older);
      const after = buildExhibit(id, newer);
      const cold = publishedExhibitSvg(before, 'light');
      // Warm: the second edition's image comes from the cache only when its drawing input is identical.
      const warm = publishedExhibitSvg(after, 'light');
      expect(warm, id).toBe(renderExhibitSvg(after, 'light'));
      expect(cold, id).toBe(renderExhibitSvg(before, 'light'));
      if (stableJson(drawnSpec(before)) === stableJson(drawnSpec(after))) {
        unchanged++;
        expect(warm, id).toBe(cold);
      } else {
        changed++;
        expect(cacheKey('exhibit-svg', { spec: drawnSpec(after), theme: 'light' }), id).not.toBe(cacheKey('exhibit-svg', { spec: drawnSpec(before), theme: 'light' }));
      }
    }
    // The two editions revise some exhibits and leave others alone; both paths are exercised.
    expect(changed).toBeGreaterThan(0);
    expect(unchanged).toBeGreaterThan(0);
  });

  it('miss when one value of one point changes, and draw the new value', () => {
    const spec = buildExhibit(charts[0]!, newer);
    if (spec.chart === 'table') throw new Error('expected a chart');
    const edited = structuredClone(spec);
    const point = edited.series[0]!.points[0]!;
    point.y = (point.y ?? 0) + 1;
    expect(publishedExhibitSvg(edited, 'light')).toBe(renderExhibitSvg(edited, 'light'));
    expect(publishedExhibitSvg(edited, 'light')).not.toBe(publishedExhibitSvg(spec, 'light'));
  });
});

describe('cachedBytes', () => {
  it('renders once per distinct input and returns identical bytes with and without the cache', () => {
    const render = vi.fn((n: number) => new TextEncoder().encode(`output ${n}`));
    const first = cachedBytes('test', { n: 1, a: [1, 2] }, () => render(1));
    const again = cachedBytes('test', { a: [1, 2], n: 1 }, () => render(1));
    expect(render).toHaveBeenCalledTimes(1);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    cachedBytes('test', { n: 2, a: [1, 2] }, () => render(2));
    expect(render).toHaveBeenCalledTimes(2);
    vi.stubEnv('OUTPUT_CACHE', 'off');
    try {
      const uncached = cachedBytes('test', { n: 1, a: [1, 2] }, () => render(1));
      expect(render).toHaveBeenCalledTimes(3);
      expect(Buffer.from(uncached).equals(Buffer.from(first))).toBe(true);
    } finally {
      vi.stubEnv('OUTPUT_CACHE', '');
    }
  });

  it('keys differ by kind and by any input, and not by key order', () => {
    expect(cacheKey('a', { x: 1 })).not.toBe(cacheKey('b', { x: 1 }));
    expect(cacheKey('a', { x: 1 })).not.toBe(cacheKey('a', { x: 2 }));
    expect(cacheKey('a', { x: 1, y: { p: 1, q: 2 } })).toBe(cacheKey('a', { y: { q: 2, p: 1 }, x: 1 }));
  });
});

describe('outputs cached with their dependencies (PDFs)', () => {
  it('are reused only while every recorded dependency has the same bytes', async () => {
    const files = new Map<string, string>([
      ['/articles/a/', '<h1>A</h1>'],
      ['/exhibits/x.svg', '<svg>1</svg>'],
    ]);
    const read = async (dep: string) => (files.has(dep) ? new TextEncoder().encode(files.get(dep)) : undefined);
    const deps = Object.fromEntries([...files].map(([k, v]) => [k, sha256(v)]));
    const pdf = new TextEncoder().encode('%PDF-1.7 a');
    storeWithDependencies('pdf-test', { page: 'articles/a/' }, deps, pdf);
    expect(Buffer.from((await reuseByDependencies('pdf-test', { page: 'articles/a/' }, read))!).toString()).toBe('%PDF-1.7 a');
    // Another page, or the same page with one image changed or gone: printed again.
    expect(await reuseByDependencies('pdf-test', { page: 'articles/b/' }, read)).toBeUndefined();
    files.set('/exhibits/x.svg', '<svg>2</svg>');
    expect(await reuseByDependencies('pdf-test', { page: 'articles/a/' }, read)).toBeUndefined();
    files.delete('/exhibits/x.svg');
    expect(await reuseByDependencies('pdf-test', { page: 'articles/a/' }, read)).toBeUndefined();
  });
});

describe('edition ZIPs through the cache', () => {
  it('are the bytes zipFiles writes, reused for the same files and made again when one byte of one file changes', () => {
    const enc = (t: string) => new TextEncoder().encode(t);
    const entries = [
      { name: 'e/datapackage.json', bytes: enc('{"name":"e"}') },
      { name: 'e/a.csv', bytes: enc('id,value\na,1\n') },
    ];
    const first = cachedZip(entries, '2026-02-05');
    expect(Buffer.from(first).equals(Buffer.from(zipFiles(entries, { date: '2026-02-05' })))).toBe(true);
    expect(Buffer.from(cachedZip(entries, '2026-02-05')).equals(Buffer.from(first))).toBe(true);
    const edited = [entries[0]!, { name: 'e/a.csv', bytes: enc('id,value\na,2\n') }];
    const changed = cachedZip(edited, '2026-02-05');
    expect(Buffer.from(changed).equals(Buffer.from(zipFiles(edited, { date: '2026-02-05' })))).toBe(true);
    expect(Buffer.from(changed).equals(Buffer.from(first))).toBe(false);
    // Another date is another archive (every entry carries it).
    expect(Buffer.from(cachedZip(entries, '2026-03-05')).equals(Buffer.from(first))).toBe(false);
  });

  it('give every released edition the same bytes with the cache cold, warm and off', () => {
    for (const v of ['2025-02', '2026-02']) {
      const cold = editionZip(v);
      const warm = editionZip(v);
      vi.stubEnv('OUTPUT_CACHE', 'off');
      try {
        expect(Buffer.from(editionZip(v)).equals(Buffer.from(cold)), v).toBe(true);
      } finally {
        vi.stubEnv('OUTPUT_CACHE', '');
      }
      expect(Buffer.from(warm).equals(Buffer.from(cold)), v).toBe(true);
    }
  });
});
