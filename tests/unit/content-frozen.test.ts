/** During a build (RESEARCH_CONTENT_FROZEN=1, set by scripts/build.mjs) the article folders are read once. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import { articleSlugs, getArticleIndex, locateExhibit, reportParts } from '../../src/lib/content/article-index.ts';

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
