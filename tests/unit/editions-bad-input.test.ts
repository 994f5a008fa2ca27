/**
 * Bad inputs of the edition workflow not pinned by data-*.test.ts (those cover the pure validator's
 * messages: missing datapackage.json, missing resource, extra/reordered columns, mixed scales, BOM/CRLF).
 * Here: the same failures through the loader and CLI, a pinned edition that does not exist, a diff of an
 * edition with itself, and an article citing a value the pinned edition lacks.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { runDataCli } from './data-cli-run.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/data/errors.ts';
import { clearEditionCache, listEditions, loadEdition } from '../../src/lib/data/load.ts';
import { parseMdx } from '../../src/lib/content/parse-mdx.ts';
import { remarkArticle } from '../../src/lib/content/remark-article.ts';
import { site } from '../../src/site.config.ts';

const CONTENT = path.join(process.cwd(), 'content');
/** The newest and the first edition, and a draft name after the newest: derived, so a new edition needs no test edits. */
const latest = listEditions(CONTENT).at(-1)!;
const first = listEditions(CONTENT)[0]!;
const draft = (() => {
  const [y, m] = latest.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
})();
let root: string;
beforeEach(() => {
  root = path.join(mkdtempSync(path.join(tmpdir(), 'editions-bad-')), 'content');
  mkdirSync(root);
  cpSync(path.join(CONTENT, 'data'), path.join(root, 'data'), { recursive: true });
  cpSync(path.join(CONTENT, 'sources.json'), path.join(root, 'sources.json'));
  clearEditionCache();
});
afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

const cli = async (...args: string[]) => {
  const r = await runDataCli([...args, '--root', root]);
  return { code: r.code, stdout: r.stdout, stderr: r.stderr.replaceAll(root, '<root>') };
};
/** What an analyst does after `new`: the draft's own title, description and a later as-of date. */
const describeDraft = (version: string) => {
  const file = path.join(root, 'data', version, 'datapackage.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, `${JSON.stringify({ ...pkg, title: `AI race research data, ${version} edition`, description: `The figures as they stood in ${version}.`, asOf: `${version}-28` }, null, 2)}\n`);
};
const errorOf = (fn: () => unknown): DataError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof DataError) return err;
    throw err;
  }
  throw new Error('expected a DataError');
};

describe('a pinned edition that does not exist', () => {
  it('fails with the available editions and how to fix the pin (RESEARCH_EDITION overrides content/site.yaml)', async () => {
    const code = "import { loadPinnedEdition } from './src/lib/data/load.ts'; try { loadPinnedEdition(); } catch (e) { console.error(e.message); process.exit(3); }";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', env: { ...process.env, RESEARCH_EDITION: '2099-01', RESEARCH_CONTENT_ROOT: '' } });
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual([
      'Dataset edition "2099-01" does not exist. There is no folder content/data/2099-01.',
      `Available editions: ${listEditions(CONTENT).join(', ')}.`,
      'Set `edition` in content/site.yaml (`npm run data -- publish <version>`, or RESEARCH_EDITION for one build) to one of them, or create one with `npm run data -- new <version>`.',
    ]);
  });
});

describe('diff of an edition with itself', () => {
  it('reports no changes and exits 0, as text and JSON', async () => {
    const text = await cli('diff', latest, latest);
    expect(text).toMatchObject({ code: 0, stdout: `Dataset ${latest} → ${latest}: no changes.\n\nArticles affected: none (no article shows a figure or exhibit that changed from ${latest} to ${latest}).\n` });
    const json = await cli('diff', first, first, '--json');
    expect(json.code).toBe(0);
    const diff = JSON.parse(json.stdout) as { tables: { changed: unknown[]; added: unknown[]; removed: unknown[] }[] };
    expect(diff.tables.length).toBeGreaterThan(0);
    expect(diff.tables.every((t) => !t.changed.length && !t.added.length && !t.removed.length)).toBe(true);
  });
});

describe('broken draft editions through the loader and the CLI', () => {
  it('an edition folder without datapackage.json', async () => {
    expect((await cli('new', draft)).code).toBe(0);
    rmSync(path.join(root, `data/${draft}/datapackage.json`));
    const err = errorOf(() => loadEdition(draft, { root }));
    expect(err.problems).toEqual([expect.objectContaining({ file: expect.stringMatching(new RegExp(`data/${draft}/datapackage\\.json$`)), message: expect.stringMatching(/^is missing: every edition folder needs a datapackage\.json/) })]);
    const r = await cli('validate', draft);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`<root>/data/${draft}/datapackage.json is missing: every edition folder needs a datapackage.json describing its tables.`);
  });

  it('a resource listed in datapackage.json whose CSV is missing', async () => {
    expect((await cli('new', draft)).code).toBe(0);
    rmSync(path.join(root, `data/${draft}/market.csv`));
    const r = await cli('validate', draft);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`<root>/data/${draft}/market.csv is missing, but datapackage.json lists it as table "market".`);
  });

  it('a CSV with Windows line endings and a UTF-8 BOM is accepted once its hash is recorded', async () => {
    expect((await cli('new', draft)).code).toBe(0);
    describeDraft(draft);
    const file = path.join(root, `data/${draft}/capex.csv`);
    const lf = readFileSync(file, 'utf8');
    writeFileSync(file, `\uFEFF${lf.replace(/\n/g, '\r\n')}`);
    expect((await cli('validate', draft, '--fix-hashes')).code).toBe(0);
    const crlf = loadEdition(draft, { root });
    const same = loadEdition(latest, { root });
    expect([...crlf.observations.values()]).toEqual([...same.observations.values()]);
  });

  it('a CSV with reordered columns names the column and says what the header must be', async () => {
    expect((await cli('new', draft)).code).toBe(0);
    const file = path.join(root, `data/${draft}/adoption.csv`);
    const swap = (line: string) => {
      const cells = line.split(',');
      [cells[1], cells[2]] = [cells[2]!, cells[1]!];
      return cells.join(',');
    };
    const [header, ...rest] = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [swap(header!), ...rest].join('\n'));
    const r = await cli('validate', draft, '--fix-hashes');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`<root>/data/${draft}/adoption.csv:1:4 columns are out of order: column 2 is "metric" but should be "subject".`);
    expect(r.stderr).toContain('Hint: order the columns exactly as: id,subject,metric,');
  });
});

describe('an article citing a value the pinned edition lacks', () => {
  it('fails the build in the remark plugin, naming the article and the key', async () => {
    // A year no edition has yet: what an analyst writes when prose runs ahead of the data.
    const pinned = loadEdition(site.edition);
    expect(pinned.observations.has('capex.amazon.2027')).toBe(false);
    const file = new VFile({ path: path.join(process.cwd(), 'content/articles/zz-missing-value/index.mdx'), value: '' });
    const tree = parseMdx('Amazon planned <Value of="capex.amazon.2027" /> for 2027.\n');
    expect(() => remarkArticle()(tree, file)).toThrow(
      `Article "zz-missing-value" cites the value "capex.amazon.2027", which is not in dataset edition ${site.edition} and is not a computed metric.`,
    );
  });
});
