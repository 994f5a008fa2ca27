/**
 * scripts/lib/draw-ahead.ts fills the output cache with exactly the entries the image routes look up: every
 * chart exhibit's SVG in both themes and every article's social card, under the routes' own keys, with the
 * bytes the renderer gives. A key that differed would only cost time, never correctness; this test keeps the
 * time saving real.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/config/load-site.ts';
import { ARTICLE_FILE, articlesDir, articleSlugs } from '../../src/lib/content/article-index.ts';
import { exhibitIds, getExhibit } from '../../src/lib/exhibits/index.ts';
import { articleCard } from '../../src/lib/meta/article-card.ts';
import { renderOgImage } from '../../src/lib/meta/og-image.ts';
import { drawnSpec } from '../../src/lib/publish/exhibit-svg.ts';
import { cacheKey } from '../../src/lib/publish/output-cache.ts';
import { renderExhibitSvg } from '../../src/lib/render/static-chart.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'draw-ahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const entry = (kind: string, inputs: unknown) => {
  const key = cacheKey(kind, inputs);
  return path.join(dir, kind, key.slice(0, 2), key);
};

it('draws every chart SVG (both themes) and every article card into the cache under the routes\' keys', () => {
  const run = spawnSync(process.execPath, ['scripts/lib/draw-ahead.ts'], { encoding: 'utf8', env: { ...process.env, OUTPUT_CACHE_DIR: dir } });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const charts = exhibitIds().filter((id) => getExhibit(id).chart !== 'table');
  const slugs = articleSlugs();
  expect(charts.length).toBeGreaterThan(10);
  expect(slugs.length).toBeGreaterThan(3);
  const report = JSON.parse(run.stdout.trim()) as { done: number; of: number };
  expect(report).toMatchObject({ done: charts.length * 2 + slugs.length, of: charts.length * 2 + slugs.length });

  for (const id of charts) for (const theme of ['light', 'dark'] as const) expect(existsSync(entry('exhibit-svg', { spec: drawnSpec(getExhibit(id)), theme })), `${id} ${theme}`).toBe(true);
  const first = drawnSpec(getExhibit(charts[0]!));
  expect(readFileSync(entry('exhibit-svg', { spec: first, theme: 'dark' }), 'utf8')).toBe(renderExhibitSvg(first, 'dark'));

  const site = loadSiteConfig();
  const cards = slugs.map((slug) => {
    const { frontmatter, content } = parseFrontmatter(readFileSync(path.join(articlesDir(), slug, ARTICLE_FILE), 'utf8'));
    return articleCard(site, String(frontmatter.title), content);
  });
  for (const card of cards) expect(existsSync(entry('og-png', card)), card.title).toBe(true);
  // Cards carry the article's key figure where it has one, so the cached card is the one the route draws.
  expect(cards.some((c) => c.figure)).toBe(true);
  expect(readFileSync(entry('og-png', cards[0]!)).equals(renderOgImage(cards[0]!))).toBe(true);
});
