/**
 * src/integrations/asset-writer.ts writes every generated asset of the real report (the list of
 * src/lib/publish/asset-files.ts) with the bytes their renderers give, and the integration moves them into
 * Astro's output without ever replacing a file Astro wrote.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/config/load-site.ts';
import { ARTICLE_FILE, articlesDir, articleSlugs } from '../../src/lib/content/article-index.ts';
import { exhibitIds, getExhibit } from '../../src/lib/exhibits/index.ts';
import { articleCard } from '../../src/lib/meta/article-card.ts';
import { renderOgImage } from '../../src/lib/meta/og-image.ts';
import { assetFiles } from '../../src/lib/publish/asset-files.ts';
import { drawnSpec } from '../../src/lib/publish/exhibit-svg.ts';
import { exhibitCsv } from '../../src/lib/render/download.ts';
import { renderExhibitSvg } from '../../src/lib/render/static-chart.ts';
import { mergeInto } from '../../src/integrations/asset-files.ts';

const dir = fs.mkdtempSync(path.join(tmpdir(), 'asset-writer-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const files = (root: string) =>
  fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();

describe('asset writer', () => {
  it('writes every chart SVG (both themes), every download and every article card, as their renderers draw them', () => {
    const out = path.join(dir, 'out');
    const run = spawnSync(process.execPath, ['src/integrations/asset-writer.ts', out], { encoding: 'utf8', env: { ...process.env, OUTPUT_CACHE_DIR: path.join(dir, 'cache') } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const charts = exhibitIds().filter((id) => getExhibit(id).chart !== 'table');
    const slugs = articleSlugs();
    expect(charts.length).toBeGreaterThan(10);
    expect(exhibitIds().length).toBeGreaterThan(charts.length);
    const expected = [
      ...charts.flatMap((id) => [`exhibits/${id}.svg`, `exhibits/${id}.dark.svg`]),
      ...exhibitIds().flatMap((id) => [`downloads/${id}/data.csv`, `downloads/${id}/datapackage.json`]),
      ...slugs.map((slug) => `og/${slug}.png`),
    ].sort();
    expect(files(out)).toEqual(expected);
    expect(assetFiles().map((a) => a.path).sort()).toEqual(expected);
    const report = JSON.parse(run.stdout.trim()) as { files: number; ms: Record<string, number> };
    expect(report.files).toBe(expected.length);
    expect(Object.keys(report.ms).sort()).toEqual(['downloads', 'social cards', 'static SVGs']);

    const first = getExhibit(charts[0]!);
    expect(fs.readFileSync(path.join(out, `exhibits/${first.id}.dark.svg`), 'utf8')).toBe(renderExhibitSvg(drawnSpec(first), 'dark'));
    expect(fs.readFileSync(path.join(out, `downloads/${first.id}/data.csv`), 'utf8')).toBe(exhibitCsv(first));
    const { frontmatter, content } = parseFrontmatter(fs.readFileSync(path.join(articlesDir(), slugs[0]!, ARTICLE_FILE), 'utf8'));
    const card = articleCard(loadSiteConfig(), String(frontmatter.title), content);
    expect(fs.readFileSync(path.join(out, `og/${slugs[0]}.png`)).equals(renderOgImage(card))).toBe(true);
  });
});

describe('mergeInto', () => {
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };

  it('moves new folders whole and files into folders Astro already made', () => {
    const [from, to] = [path.join(dir, 'm1/from'), path.join(dir, 'm1/to')];
    write(path.join(from, 'exhibits/a.svg'), 'a');
    write(path.join(from, 'og/capex.png'), 'card');
    write(path.join(to, 'og/site.png'), 'site');
    mergeInto(from, to);
    expect(files(to)).toEqual(['exhibits/a.svg', 'og/capex.png', 'og/site.png']);
    expect(fs.readFileSync(path.join(to, 'og/site.png'), 'utf8')).toBe('site');
  });

  it('refuses to replace a file Astro wrote, naming it and the usual cause', () => {
    const [from, to] = [path.join(dir, 'm2/from'), path.join(dir, 'm2/to')];
    write(path.join(from, 'og/site.png'), 'an article called site');
    write(path.join(to, 'og/site.png'), 'the home page card');
    expect(() => mergeInto(from, to)).toThrow(/Two outputs claim og\/site\.png[\s\S]*rename the article folder/);
    expect(fs.readFileSync(path.join(to, 'og/site.png'), 'utf8')).toBe('the home page card');
  });
});
