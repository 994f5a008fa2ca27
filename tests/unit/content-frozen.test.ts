/** During a build (RESEARCH_CONTENT_FROZEN=1, set by scripts/build.mjs) the article folders and editions are read once. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import { articleSlugs, getArticleIndex, locateExhibit, reportParts } from '../../src/lib/content/article-index.ts';
import { loadEdition } from '../../src/lib/data/load.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-frozen-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  delete process.env.RESEARCH_CONTENT_FROZEN;
});

const write = (slug: string, title: string, exhibit: string) => {
  fs.mkdirSync(path.join(dir, slug), { recursive: true });
  fs.writeFileSync(path.join(dir, slug, 'index.mdx'), `---\ntitle: "${title}"\n---\n\n<Exhibit id="${exhibit}" />\n`);
};

it('reads the articles once while a build runs and sees an added article on every lookup otherwise', () => {
  write('alpha', 'Alpha', 'a-one');
  process.env.RESEARCH_CONTENT_FROZEN = '1';
  expect([...getArticleIndex(dir).keys()]).toEqual(['alpha']);
  write('beta', 'Beta', 'b-one');
  expect([...getArticleIndex(dir).keys()]).toEqual(['alpha']);
  expect(articleSlugs(dir)).toEqual(['alpha']);
  delete process.env.RESEARCH_CONTENT_FROZEN;
  expect([...getArticleIndex(dir).keys()]).toEqual(['alpha', 'beta']);
  expect(articleSlugs(dir)).toEqual(['alpha', 'beta']);
  expect(locateExhibit('b-one', getArticleIndex(dir), reportParts(dir))?.label).toBe('2.1');
});

it('reads a dataset edition once while a build runs and again after a change otherwise', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-frozen-edition-'));
  try {
    fs.cpSync('content/sources.json', path.join(root, 'sources.json'));
    fs.cpSync('content/data', path.join(root, 'data'), { recursive: true });
    const version = fs.readdirSync(path.join(root, 'data')).filter((n) => /^\d{4}-\d{2}$/.test(n)).sort()[0]!;
    process.env.RESEARCH_CONTENT_FROZEN = '1';
    const first = loadEdition(version, { root });
    // A file of the edition removed: a build keeps its first reading; outside a build the change is seen.
    const csv = fs.readdirSync(path.join(root, 'data', version)).find((f) => f.endsWith('.csv'))!;
    fs.rmSync(path.join(root, 'data', version, csv));
    expect(loadEdition(version, { root })).toBe(first);
    delete process.env.RESEARCH_CONTENT_FROZEN;
    expect(() => loadEdition(version, { root })).toThrow();
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
