/**
 * The data CLI around an edition's own metadata and the file system: `new` marks the copied title and
 * description TODO, `validate` (drafts) and `release` refuse them and an as-of date that is not later
 * than the previous edition's; a read-only folder gives a message, not a stack trace; a damaged lock
 * file names its line and column.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDataCli } from './data-cli-run.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT } from './data-fixture-helpers.ts';

const SCRIPT = path.join(process.cwd(), 'scripts/data.ts');
let root: string;

beforeEach(() => {
  root = path.join(mkdtempSync(path.join(tmpdir(), 'data-cli-workflow-')), 'content');
  cpSync(FIXTURE_ROOT, root, { recursive: true });
});
afterEach(() => {
  chmodSync(path.join(root, 'data'), 0o755);
  rmSync(path.dirname(root), { recursive: true, force: true });
});

async function run(args: string[], opts: { asUser?: boolean } = {}) {
  // Root ignores file permissions: run the read-only case as "nobody" when the tests run as root.
  const drop = opts.asUser && process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = await runDataCli([...args, '--root', root], drop);
  return { code: r.code, stderr: r.stderr.replaceAll(root, '<root>') };
}
const pkgFile = (v: string) => path.join(root, 'data', v, 'datapackage.json');
const pkgOf = (v: string) => JSON.parse(readFileSync(pkgFile(v), 'utf8')) as Record<string, unknown>;
const edit = (v: string, fields: Record<string, unknown>) => writeFileSync(pkgFile(v), `${JSON.stringify({ ...pkgOf(v), ...fields }, null, 2)}\n`);

describe('an edition states its own title, description and as-of date', () => {
  it('`new` marks the copied title and description TODO; `validate` refuses them and the copied as-of date', async () => {
    expect((await run(['new', '2026-09'])).code).toBe(0);
    expect(pkgOf('2026-09')).toMatchObject({
      title: 'TODO rewrite for edition 2026-09: AI race dataset (fixture), February 2026',
      description: 'TODO rewrite for edition 2026-09: A small fixture draft revising edition 2025-02.',
      asOf: '2026-02-05',
    });
    const r = await run(['validate', '2026-09']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'Validating 2026-09…',
        'Dataset edition 2026-09 is invalid (3 problems).',
        '',
        '<root>/data/2026-09/datapackage.json:5 "title" still starts with the TODO marker `npm run data -- new` put there: it is the previous edition\'s title.',
        '  Hint: write edition 2026-09\'s own title (what it covers and the month its figures stand as), and remove "TODO…:".',
        '<root>/data/2026-09/datapackage.json:6 "description" still starts with the TODO marker `npm run data -- new` put there: it is the previous edition\'s description.',
        '  Hint: write edition 2026-09\'s own description (what it covers and the month its figures stand as), and remove "TODO…:".',
        '<root>/data/2026-09/datapackage.json:7 "asOf" 2026-02-05 is not later than edition 2026-02\'s as-of date (2026-02-05).',
        '  Hint: set "asOf" to the date the figures of edition 2026-09 stand as (YYYY-MM-DD), after 2026-02-05: a new edition is a later vintage than the one it revises.',
        '',
        'Fix the problems above in <root>/data/2026-09/, then run `npm run data -- validate 2026-09` to check the edition again.',
        '',
      ].join('\n'),
    );
  });

  it('`release` refuses metadata left as the previous edition wrote it and an earlier as-of date, and writes nothing', async () => {
    expect((await run(['new', '2026-09'])).code).toBe(0);
    const previous = pkgOf('2026-02');
    edit('2026-09', { title: previous.title, description: previous.description, asOf: '2026-01-31' });
    const lock = readFileSync(path.join(root, 'data/editions.lock.json'), 'utf8');
    const r = await run(['release', '2026-09']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').slice(0, 9)).toEqual([
      'Dataset edition 2026-09 is invalid (3 problems).',
      '',
      '<root>/data/2026-09/datapackage.json:5 "title" is the same as edition 2026-02\'s ("AI race dataset (fixture), February 2026").',
      '  Hint: each edition describes its own vintage: rewrite edition 2026-09\'s title.',
      '<root>/data/2026-09/datapackage.json:6 "description" is the same as edition 2026-02\'s ("A small fixture draft revising edition 2025-02.").',
      '  Hint: each edition describes its own vintage: rewrite edition 2026-09\'s description.',
      '<root>/data/2026-09/datapackage.json:7 "asOf" 2026-01-31 is not later than edition 2026-02\'s as-of date (2026-02-05).',
      '  Hint: set "asOf" to the date the figures of edition 2026-09 stand as (YYYY-MM-DD), after 2026-02-05: a new edition is a later vintage than the one it revises.',
      '',
    ]);
    expect(pkgOf('2026-09').status).toBe('draft');
    expect(readFileSync(path.join(root, 'data/editions.lock.json'), 'utf8')).toBe(lock);

    edit('2026-09', { title: 'AI race dataset (fixture), September 2026', description: 'The fixture figures as they stood in September 2026.', asOf: '2026-09-14' });
    expect((await run(['release', '2026-09'])).code).toBe(0);
    expect(pkgOf('2026-09')).toMatchObject({ status: 'released', asOf: '2026-09-14' });
  });
});

/**
 * Root ignores file permissions, so as root the read-only case runs as "nobody", which needs to read the
 * project. A checkout under a private folder (a 700 temp dir) is out of its reach: the case cannot be
 * staged there, and is skipped rather than failed.
 */
const canStageReadOnly = process.getuid?.() !== 0 || spawnSync(process.execPath, [SCRIPT, 'help'], { uid: 65534, gid: 65534, encoding: 'utf8' }).status === 0;

describe('file-system and JSON errors', () => {
  it.skipIf(!canStageReadOnly)('a read-only data folder: one message, no stack trace, nothing created', async () => {
    chmodSync(path.join(root, 'data'), 0o555);
    chmodSync(path.dirname(root), 0o755);
    const r = await run(['new', '2026-09'], { asUser: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'Could not write to <root>/data: permission denied (EACCES in mkdir).',
        'Check that <root>/data is writable by you (`ls -ld <root>/data`: a read-only folder or mount cannot be edited), then run the command again.',
        'Files are written under a temporary name and then renamed, so none was left half-written.',
        '',
      ].join('\n'),
    );
    expect(existsSync(path.join(root, 'data/2026-09'))).toBe(false);
  });

  it('a syntax error in the lock file is reported with its line and column', async () => {
    const lock = path.join(root, 'data/editions.lock.json');
    writeFileSync(lock, readFileSync(lock, 'utf8').replace('"editions":', '"editions"'));
    const r = await run(['validate', '2025-02']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "Validating 2025-02…\n<root>/data/editions.lock.json:2:14 is not valid JSON: Expected ':' after property name.\nThe lock is written by `npm run data -- release <version>`; restore it from version control rather than editing it by hand.\n",
    );
  });
});
