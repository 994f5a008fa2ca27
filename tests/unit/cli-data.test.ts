import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDataCli } from './data-cli-run.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearEditionCache, loadEdition } from '../../src/lib/data/load.ts';
import { CANONICAL_FIELDS } from '../../src/lib/data/schema.ts';
import { FIXTURE_ROOT } from './data-fixture-helpers.ts';

let root: string;

beforeEach(() => {
  root = path.join(mkdtempSync(path.join(tmpdir(), 'cli-data-')), 'content');
  cpSync(FIXTURE_ROOT, root, { recursive: true });
  clearEditionCache();
});
afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

async function run(...args: string[]) {
  const r = await runDataCli([...args, '--root', root]);
  return { code: r.code, stdout: r.stdout, stderr: r.stderr.replaceAll(root, '<root>') };
}
const pkgOf = (v: string) => JSON.parse(readFileSync(path.join(root, 'data', v, 'datapackage.json'), 'utf8'));
const lockOf = () => JSON.parse(readFileSync(path.join(root, 'data/editions.lock.json'), 'utf8'));

describe('npm run data', () => {
  it('prints help to stdout', async () => {
    const r = await run('help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run data -- <command> \[options\]/);
  });

  it('rejects an unknown command, a bad version and an unknown edition', async () => {
    expect(await run('frobnicate')).toMatchObject({ code: 1, stdout: '', stderr: 'Unknown command "frobnicate". Commands: new, validate, release, diff, add-table, publish, help.\nRun `npm run data -- help` for usage.\n' });
    expect(await run('validate', '2025-2')).toMatchObject({
      code: 1,
      stderr: '"2025-2" is not an edition name: editions are named after their vintage, YYYY-MM (e.g. 2025-02).\nAvailable editions: 2025-02, 2026-02.\n',
    });
    expect(await run('diff', '2025-02', '2024-01')).toMatchObject({ code: 1, stderr: 'Edition 2024-01 does not exist in <root>/data.\nAvailable editions: 2025-02, 2026-02.\n' });
    expect((await run('validate', '--bogus')).code).toBe(1);
    expect((await run('diff', '2025-02')).stderr).toMatch(/^`diff` needs two edition names/);
  });

  it('validates every edition with a line per table and a summary per edition', async () => {
    const r = await run('validate');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatchInlineSnapshot(`
      "Validating 2025-02…
        capex.csv: 3 rows
        training.csv: 4 rows
        timeline.csv: 2 rows
      2025-02 (released): valid, 3 tables, 9 rows.
      Validating 2026-02…
        capex.csv: 3 rows
        training.csv: 4 rows
        timeline.csv: 2 rows
      2026-02 (draft): valid, 3 tables, 9 rows.
      "
    `);
  });

  it('diffs two editions as text or JSON on stdout', async () => {
    const text = await run('diff', '2025-02', '2026-02');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Dataset 2025-02 → 2026-02\n\ncapex: 0 changed, 1 superseded, 1 added, 1 removed\n/);
    const json = await run('diff', '2025-02', '2026-02', '--json');
    expect(JSON.parse(json.stdout).tables[0]).toMatchObject({ table: 'capex', added: [{ id: 'capex.meta.2026' }] });
    expect(await run('diff', '2026-02', '2026-02')).toMatchObject({
      code: 0,
      stdout: 'Dataset 2026-02 → 2026-02: no changes.\n\nArticles affected: none (no article shows a figure or exhibit that changed from 2026-02 to 2026-02).\n',
    });
  });

  it('starts a draft from the latest edition and refuses to overwrite one', async () => {
    const r = await run('new', '2026-03');
    expect(r.code).toBe(0);
    expect(pkgOf('2026-03')).toMatchObject({ version: '2026-03', status: 'draft', previous: '2026-02', changelog: [] });
    expect(pkgOf('2026-03').resources[0].schema.fields).toEqual(CANONICAL_FIELDS.observations);
    expect(readFileSync(path.join(root, 'data/2026-03/capex.csv'), 'utf8')).toBe(readFileSync(path.join(root, 'data/2026-02/capex.csv'), 'utf8'));
    expect(loadEdition('2026-03', { root }).observations.size).toBe(7);
    expect(await run('new', '2026-03')).toMatchObject({ code: 1, stderr: expect.stringMatching(/^Edition 2026-03 already exists at <root>\/data\/2026-03; it was not touched\./) });
    expect((await run('new', '2024-01')).stderr).toMatch(/would be older than the latest edition 2026-03/);
    expect(existsSync(path.join(root, 'data/2024-01'))).toBe(false);
  });

  it('records new hashes of an edited draft only when asked', async () => {
    const csv = path.join(root, 'data/2026-02/capex.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('72.22', '72.5'));
    const failed = await run('validate', '2026-02');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('run `npm run data -- validate 2026-02 --fix-hashes` to record the new hash and size.');
    const fixed = await run('validate', '2026-02', '--fix-hashes');
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toContain('recorded new hash and size for capex.csv');
  });

  it('releases a draft: hashes, status and lock; then refuses to touch it', async () => {
    const csv = path.join(root, 'data/2026-02/capex.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('72.22', '72.5'));
    const r = await run('release', '2026-02');
    expect(r.code).toBe(0);
    expect(pkgOf('2026-02').status).toBe('released');
    expect(Object.keys(lockOf().editions)).toEqual(['2025-02', '2026-02']);
    expect(Object.keys(lockOf().editions['2026-02'])).toEqual(['capex.csv', 'datapackage.json', 'timeline.csv', 'training.csv']);
    expect(loadEdition('2026-02', { root }).observations.get('capex.meta.2025')?.value).toBe(72.5);

    const before = readFileSync(path.join(root, 'data/2026-02/datapackage.json'), 'utf8');
    expect(await run('release', '2026-02')).toMatchObject({
      code: 1,
      stderr: 'Edition 2026-02 is released, and released editions are frozen: its files are recorded in <root>/data/editions.lock.json.\nMake changes in a new edition: `npm run data -- new <version>`.\n',
    });
    expect((await run('validate', '2026-02', '--fix-hashes')).code).toBe(1);
    expect(readFileSync(path.join(root, 'data/2026-02/datapackage.json'), 'utf8')).toBe(before);
  });

  it('refuses to release an invalid draft and writes nothing', async () => {
    const csv = path.join(root, 'data/2026-02/capex.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('72.22', '72,22'));
    const lockBefore = readFileSync(path.join(root, 'data/editions.lock.json'), 'utf8');
    const r = await run('release', '2026-02');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Dataset edition 2026-02 is invalid \(1 problem\)\./);
    expect(pkgOf('2026-02').status).toBe('draft');
    expect(readFileSync(path.join(root, 'data/editions.lock.json'), 'utf8')).toBe(lockBefore);
  });

  it('fails validation of a tampered released edition', async () => {
    const csv = path.join(root, 'data/2025-02/training.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('2788', '2789'));
    const r = await run('validate');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('edition 2025-02 is released, and released editions are frozen');
    expect(r.stderr).toContain('2026-02 (draft): valid, 3 tables, 9 rows.');
  });
});
