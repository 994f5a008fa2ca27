import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, location } from '../../src/lib/data/errors.ts';
import { articleFrontmatterProblems, parseArticleFrontmatter } from '../../src/lib/content/frontmatter-check.ts';
import { isCalendarDate } from '../../src/lib/validate/iso-date.ts';

const FILE = 'content/articles/capex/index.mdx';
const LINES = [
  '---',
  'title: "The capex question"',
  'summary: "Hyperscaler spending before and after DeepSeek, company by company."',
  'date: "2025-02-14"',
  'authors: ["Research team"]',
  'topics: ["capex"]',
  'dataset: "2025-02"',
  'takeaways:',
  '  - "Spending keeps rising."',
  '---',
  '',
  'Body text.',
];
const mdx = (edit: (lines: string[]) => string[] = (l) => l) => edit([...LINES]).join('\n');
const replace = (prefix: string, line: string) => (l: string[]) => l.map((x) => (x.startsWith(prefix) ? line : x));
const problems = (text: string) => articleFrontmatterProblems(FILE, text).map((p) => `${location(p)} ${p.message} | ${p.hint}`);

describe('article frontmatter problems, at the MDX file\'s line:column', () => {
  it('accepts a valid frontmatter, and an unquoted date as the same text (YAML 1.2: never a Date)', () => {
    expect(problems(mdx())).toEqual([]);
    expect(parseArticleFrontmatter(FILE, mdx(replace('date:', 'date: 2025-02-14'))).date).toBe('2025-02-14');
  });

  it('a missing title: where the fields are, and the line to add', () => {
    expect(problems(mdx((l) => l.filter((x) => !x.startsWith('title:'))))).toEqual([
      `${FILE}:2:1 "title" is missing. | add a line \`title: …\` between the --- lines at the top of the file.`,
    ]);
  });

  it('a date that is not a day, or not YYYY-MM-DD: at the value', () => {
    expect(problems(mdx(replace('date:', 'date: "2025-02-31"')))).toEqual([
      `${FILE}:4:7 "date" is "2025-02-31", which is not valid. | there is no such day: check the month and the day (YYYY-MM-DD, e.g. "2025-02-14").`,
    ]);
    expect(problems(mdx(replace('date:', 'date: 14/02/2025')))).toEqual([
      `${FILE}:4:7 "date" is "14/02/2025", which is not valid. | write the date as YYYY-MM-DD, in quotes, e.g. "2025-02-14".`,
    ]);
  });

  it('a wrong type: what it is and what it must be', () => {
    expect(problems(mdx(replace('authors:', 'authors: Research team')))).toEqual([
      `${FILE}:5:10 "authors" is "Research team", but it must be a list. | write a list there.`,
    ]);
    expect(problems(mdx(replace('title:', 'title: 2025')))[0]).toBe(`${FILE}:2:8 "title" is 2025, but it must be text. | write text there.`);
  });

  it('an unknown field: at its key, with the closest valid name; `order` says where the order lives', () => {
    expect(problems(mdx(replace('topics:', 'topic: ["capex"]')))).toEqual([
      `${FILE}:2:1 "topics" is missing. | add a line \`topics: …\` between the --- lines at the top of the file.`,
      `${FILE}:6:1 unknown frontmatter field "topic". | did you mean "topics"? Valid frontmatter fields: title, summary, date, updated, authors, topics, dataset, takeaways, corrections.`,
    ]);
    expect(problems(mdx((l) => [...l.slice(0, 2), 'order: 2', ...l.slice(2)]))).toEqual([
      `${FILE}:3:1 unknown frontmatter field "order". | the report's article order is the \`articles:\` list in content/site.yaml; delete this line and move the article there.`,
    ]);
  });

  it('a nested problem (a correction notice) and a YAML syntax error are placed too', () => {
    const withCorrection = (date: string) => mdx((l) => [...l.slice(0, 9), 'corrections:', `  - date: "${date}"`, '    text: "Corrected the description of the guidance path in words."', ...l.slice(9)]);
    expect(problems(withCorrection('2026-02-27'))).toEqual([]);
    expect(problems(withCorrection('2026-13-01'))[0]).toMatch(new RegExp(`^${FILE}:11:11 "corrections\\[0\\]\\.date" is "2026-13-01"`));
    expect(problems(mdx(replace('summary:', 'summary: "unclosed')))[0]).toMatch(new RegExp(`^${FILE}:3:\\d+ YAML syntax`));
    expect(problems('No frontmatter at all.\n')).toEqual([`${FILE}:1:1 the file has no frontmatter. | start the file with a --- line, the fields (title, summary, date, authors, topics, dataset, takeaways), and another --- line.`]);
  });

  it('throws one DataError naming the file, every problem and what to do', () => {
    const broken = mdx((l) => l.filter((x) => !x.startsWith('title:')).map((x) => (x.startsWith('date:') ? 'date: "2025-02-30"' : x)));
    let err: unknown;
    try {
      parseArticleFrontmatter(FILE, broken);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    const message = (err as DataError).message;
    expect(message).toContain(`The article's frontmatter does not match what an article needs: ${FILE} (2 problems).`);
    expect(message).toContain(`${FILE}:2:1 "title" is missing.`);
    expect(message).toContain(`${FILE}:3:7 "date" is "2025-02-30"`);
    expect(message).toContain('Fix the frontmatter');
    expect((err as DataError).loc).toEqual({ file: FILE, line: 2, column: 1 });
  });

  it('passes every article of the report', () => {
    const dir = path.join(process.cwd(), 'content', 'articles');
    for (const slug of fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'index.mdx')))) {
      const file = path.join('content/articles', slug, 'index.mdx');
      expect(articleFrontmatterProblems(file, fs.readFileSync(file, 'utf8'))).toEqual([]);
    }
  });
});

describe('isCalendarDate', () => {
  it('accepts real days (leap years included) and refuses the rest', () => {
    expect(['2024-02-29', '2025-12-31', '2025-01-01'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2025-02-29', '2025-02-31', '2025-13-01', '2025-00-10', '2025-1-1', '14/02/2025'].map(isCalendarDate)).toEqual([false, false, false, false, false, false]);
  });
});
