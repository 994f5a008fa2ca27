/** The article index over fixture folders: a broken article is named with its own file, line and column. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenArticles, describeBroken, exhibitLocator, getArticleIndex, locateExhibit, reportParts } from '../../src/lib/content/article-index.ts';
import { remarkArticle } from '../../src/lib/content/remark-article.ts';
import { readArticles } from '../../src/lib/editions/article-review-check.ts';

const FRONTMATTER = (title: string) => `---\ntitle: "${title}"\norder: 1\n---\n`;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'article-index-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function fixture(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [slug, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, slug), { recursive: true });
    fs.writeFileSync(path.join(dir, slug, 'index.mdx'), text);
  }
  return dir;
}

// Line 8, column 18 of the file holds the unclosed <Value> (the frontmatter takes lines 1-4).
const BROKEN = `${FRONTMATTER('Capex')}\n## Guidance\n\nAmazon guided to <Value of="capex.amazon.2025" > for 2025.\n\n<Exhibit id="hyperscaler-capex" />\n`;

describe('article index with a broken article', () => {
  it('keeps the readable articles and names the broken file at its own line, frontmatter included', () => {
    const dir = fixture('index', { capex: BROKEN, deepseek: `${FRONTMATTER('DeepSeek')}\nText.\n` });
    expect([...getArticleIndex(dir).keys()]).toEqual(['deepseek']);
    const [broken] = brokenArticles(dir);
    expect(broken).toMatchObject({ slug: 'capex', line: 8, column: 18 });
    expect(describeBroken(broken!)).toMatch(/capex\/index\.mdx:8:18: Expected a closing tag for `<Value>` \(8:18-8:\d+\)/);
  });

  it("gives the edition review each article's dataset and <Value>s from the index, and stops it at a broken article with its position", () => {
    const good = `---\ntitle: "DeepSeek"\ndataset: "2026-04"\n---\n\nIt cost <Value of="training.deepseek-v3.cost" digits="1" scale="million" /> and <Value of="capex.amazon.2025" style="prose" part="low" />.\n\n<Exhibit id="training-costs" />\n`;
    const dir = fixture('review', { deepseek: good });
    expect(readArticles(dir)).toEqual([
      {
        slug: 'deepseek',
        file: expect.stringMatching(/review\/deepseek\/index\.mdx$/),
        dataset: '2026-04',
        values: [
          { key: 'training.deepseek-v3.cost', options: { digits: 1, scale: 'million' } },
          { key: 'capex.amazon.2025', options: { style: 'prose', part: 'low' } },
        ],
        exhibits: ['training-costs'],
      },
    ]);
    fs.mkdirSync(path.join(dir, 'capex'));
    fs.writeFileSync(path.join(dir, 'capex', 'index.mdx'), BROKEN);
    expect(() => readArticles(dir)).toThrow(/capex\/index\.mdx:8:18: Expected a closing tag for `<Value>`/);
  });

  it('names a frontmatter (YAML) error with its line', () => {
    const dir = fixture('yaml', { bad: '---\ntitle: "unclosed\norder: [1\n---\nText.\n' });
    const [broken] = brokenArticles(dir);
    expect(broken?.file).toMatch(/bad\/index\.mdx$/);
    expect(broken?.line).toBeGreaterThan(0);
  });

  it('makes a cross-reference into the broken article fail in the referring file, naming the broken one', () => {
    const dir = fixture('plugin', {
      capex: BROKEN,
      outlook: `${FRONTMATTER('Outlook')}\nSee <ExhibitRef id="hyperscaler-capex" />.\n`,
    });
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkArticle, { articlesDir: dir });
    const file = new VFile({ path: path.join(dir, 'outlook', 'index.mdx'), value: 'See <ExhibitRef id="hyperscaler-capex" />.\n' });
    expect(() => processor.runSync(processor.parse(file), file)).toThrow(
      /no readable article places\. This article could not be parsed, so its exhibits are unknown: .*capex\/index\.mdx:8:18: Expected a closing tag/,
    );
  });

  it('lets an article that does not depend on the broken one build (the broken one fails its own compile)', () => {
    const dir = fixture('independent', { capex: BROKEN, deepseek: `${FRONTMATTER('DeepSeek')}\nText.\n` });
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkArticle, { articlesDir: dir });
    const file = new VFile({ path: path.join(dir, 'deepseek', 'index.mdx'), value: 'Plain text.\n' });
    expect(() => processor.runSync(processor.parse(file), file)).not.toThrow();
  });
});

describe('exhibit locations', () => {
  it('numbers each exhibit by its article\'s part and its place in it; the first placement wins; one reading answers every lookup', () => {
    const dir = fixture('locate', {
      // No site.yaml: parts follow the folders alphabetically (alpha 1, beta 2).
      alpha: `${FRONTMATTER('Alpha')}\n<Exhibit id="a-one" />\n\n<Exhibit id="a-two" />\n`,
      beta: `${FRONTMATTER('Beta')}\n<Exhibit id="b-one" />\n\n<Exhibit id="a-two" />\n`,
    });
    const index = getArticleIndex(dir);
    const parts = reportParts(dir);
    const locate = exhibitLocator(index, parts);
    expect(locate('a-one')).toEqual({ article: 'alpha', articleTitle: 'Alpha', number: 1, part: 1, label: '1.1' });
    expect(locate('a-two')).toEqual({ article: 'alpha', articleTitle: 'Alpha', number: 2, part: 1, label: '1.2' });
    expect(locate('b-one')).toEqual({ article: 'beta', articleTitle: 'Beta', number: 1, part: 2, label: '2.1' });
    expect(locate('nowhere')).toBeUndefined();
    for (const id of ['a-one', 'a-two', 'b-one', 'nowhere']) expect(locateExhibit(id, index, parts)).toEqual(locate(id));
  });
});
