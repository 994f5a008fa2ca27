import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inReportOrder } from '../../src/lib/config/article-order.ts';
import { loadSiteConfig } from '../../src/lib/config/load-site.ts';
import { parseSiteConfig } from '../../src/lib/config/parse-site.ts';
import { DataError } from '../../src/lib/data/errors.ts';

const VALID = `# comment
firm: Example Partners
reportTitle: A Report
reportSubtitle: "A subtitle: with a colon"
published: 2025-03-01
edition: "2025-02"
logo: /logo.svg
colors:
  brand: "#123c69"
  accent: "#b8562b"
takeaways:
  - One.
  - Two.
disclaimer: Not advice.
url: https://example.org
articles:
  - first
  - second
`;
const FILE = 'content/site.yaml';

function errorOf(fn: () => unknown): DataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}
const parse = (text: string, folders?: string[]) => parseSiteConfig(text, { file: FILE, articlesDir: 'content/articles', ...(folders ? { articleFolders: folders } : {}) });
const problemsOf = (text: string, folders?: string[]) => errorOf(() => parse(text, folders)).message.split('\n').filter((l) => l.startsWith(`${FILE}:`) || l.startsWith('  Hint:'));

describe('parseSiteConfig', () => {
  it('reads a valid file, unquoted dates staying strings', () => {
    const s = parse(VALID, ['first', 'second']);
    expect(s.firm).toBe('Example Partners');
    expect(s.published).toBe('2025-03-01');
    expect(s.reportSubtitle).toBe('A subtitle: with a colon');
    expect(s.articles).toEqual(['first', 'second']);
  });

  it('reports a misspelt key at its line and column with the closest valid key', () => {
    const e = errorOf(() => parse(VALID.replace('firm:', 'frim:')));
    expect(e.message).toContain(`${FILE}:2:1 unknown key "frim".\n  Hint: did you mean "firm"? Valid keys: firm, reportTitle,`);
    // The missing `firm` is reported too, pointing at the top of the file.
    expect(e.message).toContain(`"firm" is missing.\n  Hint: add a line \`firm: …\`.`);
    expect(e.message).not.toMatch(/ZodError|"code":|Unrecognized key/);
    expect(e.loc).toEqual({ file: FILE, line: 2, column: 1 });
  });

  it('names nested keys and list items by path, at the value', () => {
    const lines = problemsOf(VALID.replace('brand: "#123c69"', 'brand: "blue"').replace('  - Two.', '  - ""').replace('accent:', 'acent:'));
    expect(lines).toEqual([
      `${FILE}:9:10 "colors.brand" is "blue", which is not valid.`,
      '  Hint: write the colour as six hex digits in quotes, e.g. "#123c69".',
      `${FILE}:8:1 "colors.accent" is missing.`,
      '  Hint: add a line `accent: …`.',
      `${FILE}:10:3 unknown key "acent" in colors.`,
      '  Hint: did you mean "accent"? Valid keys in colors: brand, accent.',
      `${FILE}:13:5 "takeaways[1]" is "".`,
      '  Hint: write the takeaway or delete the line.',
    ]);
  });

  it('explains an unquoted colour, which YAML reads as a comment', () => {
    const lines = problemsOf(VALID.replace('brand: "#123c69"', 'brand: #123c69'));
    expect(lines[0]).toMatch(new RegExp(`^${FILE}:9:\\d+ "colors.brand" is empty, but it must be text\\.$`));
    expect(lines[1]).toContain('an unquoted # starts a comment: write the value in quotes, e.g. "#123c69".');
  });

  it('rejects a bad edition name and a bad date with what to write', () => {
    const lines = problemsOf(VALID.replace('edition: "2025-02"', 'edition: latest').replace('published: 2025-03-01', 'published: 1 March 2025'));
    expect(lines).toContain(`${FILE}:5:12 "published" is "1 March 2025", which is not valid.`);
    expect(lines).toContain('  Hint: write the date as YYYY-MM-DD, in quotes, e.g. "2025-02-14".');
    expect(lines).toContain(`${FILE}:6:10 "edition" is "latest", which is not valid.`);
  });

  it('reports YAML syntax errors with their position and a hint', () => {
    const dup = errorOf(() => parse(VALID.replace('logo: /logo.svg', 'logo: /logo.svg\nfirm: Again')));
    expect(dup.message).toMatch(new RegExp(`${FILE}:8:1 YAML syntax: Map keys must be unique\\.\\n  Hint: each key may appear once`));
    const tab = errorOf(() => parse(VALID.replace('  brand:', '\tbrand:')));
    expect(tab.message).toMatch(new RegExp(`${FILE}:9:1 YAML syntax: .*\\n  Hint: `));
    const notMap = errorOf(() => parse('- just\n- a list\n'));
    expect(notMap.message).toContain(`${FILE}:1:1 the file must be a list of \`key: value\` lines`);
    expect(dup.message.split('\n')[0]).toBe(`${FILE} is not a valid report configuration (1 problem).`);
    expect(dup.message.split('\n').at(-1)).toBe(`Fix ${FILE}: the comment above each key says what it holds.`);
  });

  it('requires every article folder to be listed once, and every listed article to exist', () => {
    expect(problemsOf(VALID, ['first', 'second', 'third'])).toEqual([
      `${FILE}:16:1 article content/articles/third/index.mdx is not in \`articles:\`, so the report does not know where it goes.`,
      `  Hint: add "- third" to the \`articles:\` list in ${FILE} where it belongs in the report, or move the folder out of content/articles/.`,
    ]);
    expect(problemsOf(VALID, ['first'])).toEqual([
      `${FILE}:18:5 \`articles:\` lists "second", but there is no article content/articles/second/index.mdx.`,
      `  Hint: create content/articles/second/index.mdx, fix the name (article folders: first), or delete this line from ${FILE}.`,
    ]);
    expect(problemsOf(`${VALID}  - first\n`, ['first', 'second'])[0]).toBe(`${FILE}:19:5 article "first" is listed twice in \`articles:\`.`);
  });
});

describe('inReportOrder', () => {
  it('sorts entries by the articles list', () => {
    const entries = ['b', 'c', 'a'].map((id) => ({ id }));
    expect(inReportOrder(entries, ['c', 'a', 'b']).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('loadSiteConfig', () => {
  let root: string | undefined;
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));
  const makeRoot = (yaml?: string) => {
    root = mkdtempSync(path.join(tmpdir(), 'site-config-'));
    for (const slug of ['first', 'second']) {
      mkdirSync(path.join(root, 'articles', slug), { recursive: true });
      writeFileSync(path.join(root, 'articles', slug, 'index.mdx'), '---\n---\n');
    }
    if (yaml !== undefined) writeFileSync(path.join(root, 'site.yaml'), yaml);
    return root;
  };

  it('loads <root>/site.yaml and lets RESEARCH_EDITION override the edition', () => {
    const r = makeRoot(VALID);
    expect(loadSiteConfig(r, {}).edition).toBe('2025-02');
    expect(loadSiteConfig(r, { RESEARCH_EDITION: '2026-02' }).edition).toBe('2026-02');
    expect(() => loadSiteConfig(r, { RESEARCH_EDITION: 'latest' })).toThrow('RESEARCH_EDITION="latest" is not an edition name');
  });

  it('checks the article folders on disk', () => {
    const r = makeRoot(VALID.replace('  - second\n', ''));
    expect(() => loadSiteConfig(r, {})).toThrow(/article .*articles\/second\/index\.mdx is not in `articles:`/);
  });

  it('reads site.yaml once while a build runs (RESEARCH_CONTENT_FROZEN=1) and on every call otherwise', () => {
    const r = makeRoot(VALID);
    const building = { RESEARCH_CONTENT_FROZEN: '1' };
    expect(loadSiteConfig(r, building).reportTitle).toBe('A Report');
    writeFileSync(path.join(r, 'site.yaml'), VALID.replace('reportTitle: A Report', 'reportTitle: A Longer Report'));
    expect(loadSiteConfig(r, building).reportTitle).toBe('A Report');
    expect(loadSiteConfig(r, {}).reportTitle).toBe('A Longer Report');
    // The edition override is still honoured from the frozen reading.
    expect(loadSiteConfig(r, { ...building, RESEARCH_EDITION: '2026-02' }).edition).toBe('2026-02');
  });

  it('says what to do when the file is missing', () => {
    const r = makeRoot();
    expect(() => loadSiteConfig(r, {})).toThrow(/There is no report configuration at .*site\.yaml\.\n.*\nCreate .*site\.yaml \(copy the project's content\/site\.yaml/);
  });

  it("parses the project's own content/site.yaml against its article folders", () => {
    const s = loadSiteConfig(path.resolve('content'), {});
    expect(s.articles.length).toBeGreaterThan(0);
    expect(readFileSync('content/site.yaml', 'utf8')).toMatch(/^# /);
  });
});
