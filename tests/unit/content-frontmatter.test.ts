import fs from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { ArticleFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { readingMinutes } from '../../src/lib/content/reading-time.ts';
import { formatDate } from '../../src/lib/format/date.ts';

const valid = {
  title: 'The capex question',
  summary: 'Hyperscaler spending before and after DeepSeek, company by company.',
  date: '2025-02-14',
  authors: ['Research team'],
  topics: ['capex'],
  dataset: '2025-02',
  takeaways: ['Spending keeps rising.'],
};

describe('article frontmatter', () => {
  it('accepts a complete frontmatter', () => {
    expect(ArticleFrontmatter.parse(valid)).toEqual(valid);
  });

  it.each([
    [{ date: '14/02/2025' }, 'date', 'write the date as YYYY-MM-DD'],
    [{ dataset: 'latest' }, 'dataset', 'an edition name such as 2025-02'],
    [{ takeaways: [] }, 'takeaways', 'Too small'],
    [{ colour: 'x' }, '', 'Unknown frontmatter field "colour". Valid fields: title, summary, date, updated, authors, topics, dataset, takeaways, corrections.'],
    [{ sumary: 'x' }, '', 'Unknown frontmatter field "sumary". Did you mean "summary"?'],
    [{ order: 2 }, '', 'Unknown frontmatter field "order": the report\'s article order is the `articles:` list in content/site.yaml'],
  ])('rejects %j', (patch, field, message) => {
    const result = ArticleFrontmatter.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path.join('.')).toBe(field);
    expect(issue.message).toContain(message);
  });

  it('validates every article in content/articles', () => {
    const dir = path.join(process.cwd(), 'content', 'articles');
    const files = fs.readdirSync(dir).map((n) => path.join(n, 'index.mdx')).filter((f) => fs.existsSync(path.join(dir, f)));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const { frontmatter } = parseFrontmatter(fs.readFileSync(path.join(dir, f), 'utf8'));
      const result = ArticleFrontmatter.safeParse(frontmatter);
      expect(result.success, `${f}: ${result.error?.message}`).toBe(true);
    }
  });
});

describe('formatDate', () => {
  it('writes ISO dates in words without using the clock or time zone', () => {
    expect(formatDate('2025-02-14')).toBe('14 February 2025');
    expect(formatDate('2025-01')).toBe('January 2025');
    expect(() => formatDate('2025-13-01')).toThrow('"2025-13-01" is not an ISO date');
  });
});

describe('readingMinutes', () => {
  it('counts prose words at 230 a minute plus half a minute per exhibit, ignoring tags and math', () => {
    const words = Array.from({ length: 460 }, () => 'word').join(' ');
    expect(readingMinutes(`---\ntitle: x\n---\n${words}\n$$ a + b = c $$\n<Value of="x" />`)).toBe(2);
    expect(readingMinutes(`${words}\n<Exhibit id="a" />\n<Exhibit id="b" />`)).toBe(3);
    expect(readingMinutes('')).toBe(1);
  });
});
