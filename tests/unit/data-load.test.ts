import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/data/errors.ts';
import { clearEditionCache, listEditions, loadEdition, loadSources } from '../../src/lib/data/load.ts';
import { FIXTURE_ROOT } from './data-fixture-helpers.ts';

let root: string;
beforeEach(() => {
  root = path.join(mkdtempSync(path.join(tmpdir(), 'data-load-')), 'content');
  cpSync(FIXTURE_ROOT, root, { recursive: true });
  clearEditionCache();
});
afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DataError);
    return (err as Error).message.replaceAll(root, '<root>');
  }
  throw new Error('expected a DataError');
};

describe('loadEdition', () => {
  it('loads a released edition that matches the lock, and a draft', () => {
    const released = loadEdition('2025-02', { root });
    expect(released).toMatchObject({ version: '2025-02', status: 'released', asOf: '2025-02-10', previous: null });
    expect(released.observations.size).toBe(7);
    const draft = loadEdition('2026-02', { root });
    expect(draft).toMatchObject({ status: 'draft', previous: '2025-02' });
    expect(draft.observations.get('capex.meta.2025')?.value).toBe(72.22);
  });

  it('caches per root and version, and re-reads a file whose mtime changed', () => {
    const a = loadEdition('2026-02', { root });
    expect(loadEdition('2026-02', { root })).toBe(a);
    const csv = path.join(root, 'data/2026-02/capex.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('72.22', '72.23'));
    const later = new Date(Date.UTC(2030, 0, 1));
    utimesSync(csv, later, later);
    expect(() => loadEdition('2026-02', { root })).toThrow(/--fix-hashes/);
  });

  it('lists editions oldest first', () => {
    expect(listEditions(root)).toEqual(['2025-02', '2026-02']);
  });

  it('fails on an unknown edition, listing the available ones', () => {
    expect(messageOf(() => loadEdition('2024-07', { root }))).toMatchInlineSnapshot(`
      "Dataset edition "2024-07" does not exist. There is no folder <root>/data/2024-07.
      Available editions: 2025-02, 2026-02.
      Set \`edition\` in <root>/site.yaml (\`npm run data -- publish <version>\`, or RESEARCH_EDITION for one build) to one of them, or create one with \`npm run data -- new <version>\`."
    `);
    expect(messageOf(() => loadEdition('latest', { root }))).toMatch(/^Dataset edition "latest" does not exist\. Edition names are their vintage, YYYY-MM/);
  });

  it('fails when a released edition no longer matches the lock', () => {
    const pkgFile = path.join(root, 'data/2025-02/datapackage.json');
    writeFileSync(pkgFile, readFileSync(pkgFile, 'utf8').replace('A small fixture edition', 'An edited fixture edition'));
    expect(messageOf(() => loadEdition('2025-02', { root }))).toMatchInlineSnapshot(`
      "Released dataset edition 2025-02 does not match <root>/data/editions.lock.json (1 problem).

      <root>/data/2025-02/datapackage.json has changed since edition 2025-02 was released (lock sha256:7f32a49d213248fff0d45b1ab7127549a23d501199f80159837242a5d64f47e4, file sha256:2a48f6b079b9a1706a28a0a56986ab652b56071eb8cd5c5241619e047a3428cb).
        Hint: released editions are frozen. Restore the file from version control, and make changes in a new edition: \`npm run data -- new <version>\`.

      Released editions never change, so pages citing them stay true. Put corrections in a new edition (\`npm run data -- new <version>\`), release it and publish it with \`npm run data -- publish <version>\`."
    `);
  });

  it('fails when a released edition is absent from the lock', () => {
    writeFileSync(path.join(root, 'data/editions.lock.json'), '{ "editions": {} }\n');
    expect(messageOf(() => loadEdition('2025-02', { root }))).toMatch(/has no entry in the lock\.\n  Hint: an edition is released only by the CLI: set "status": "draft" in .*datapackage\.json, then run `npm run data -- release 2025-02`/);
  });

  it('fails when a released edition gains a file', () => {
    writeFileSync(path.join(root, 'data/2025-02/extra.csv'), 'id\n');
    expect(messageOf(() => loadEdition('2025-02', { root }))).toMatch(/extra\.csv was added after edition 2025-02 was released\./);
  });
});

describe('loadSources', () => {
  it('parses the registry', () => {
    expect(loadSources(root).map((s) => s.id)).toContain('deepseek-v3-report');
  });

  it('names the file, line and column of a JSON syntax error', () => {
    writeFileSync(path.join(root, 'sources.json'), '[\n  { "id": "a", }\n]\n');
    expect(messageOf(() => loadSources(root))).toMatchInlineSnapshot(`
      "The source registry is invalid (1 problem).

      <root>/sources.json:2:16 is not valid JSON: Expected double-quoted property name.
        Hint: look for a missing comma or quote, or a trailing comma, at or just before this position.

      Fix <root>/sources.json; each entry is CSL-JSON as exported by Zotero (schema in src/lib/sources/schema.ts)."
    `);
  });

  it('lists schema problems per entry and duplicate ids', () => {
    const entries = JSON.parse(readFileSync(path.join(root, 'sources.json'), 'utf8')) as Record<string, unknown>[];
    entries.push({ ...entries[0] }, { id: 'Bad_Id', type: 'report', title: 'x', author: [] });
    writeFileSync(path.join(root, 'sources.json'), JSON.stringify(entries));
    expect(messageOf(() => loadSources(root))).toMatchInlineSnapshot(`
      "The source registry is invalid (3 problems).

      <root>/sources.json [6] repeats id "deepseek-v3-report" (first at [0]).
        Hint: ids are unique; rename one entry.
      <root>/sources.json [7] (Bad_Id) id: use lowercase words joined by dashes, e.g. deepseek-v3-report
      <root>/sources.json [7] (Bad_Id) author: Too small: expected array to have >=1 items

      Fix <root>/sources.json; each entry is CSL-JSON as exported by Zotero (schema in src/lib/sources/schema.ts)."
    `);
  });
});
