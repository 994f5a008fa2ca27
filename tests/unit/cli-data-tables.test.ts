/**
 * The edition-upkeep side of `npm run data` on a temp copy of the fixture content root: add-table, CSVs
 * the datapackage does not declare, the `sources` list kept in step with the rows, and the optional
 * like_for_like column (declared by the tool, checked against the previous edition).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDataCli } from './data-cli-run.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearEditionCache, listEditions, loadEdition } from '../../src/lib/data/load.ts';
import { hashBytes } from '../../src/lib/data/hash.ts';
import { readLock } from '../../src/lib/data/lock.ts';
import { CANONICAL_FIELDS, OPTIONAL_FIELDS } from '../../src/lib/data/schema.ts';
import { FIXTURE_ROOT } from './data-fixture-helpers.ts';

let root: string;
/** The fixture's draft (the newest edition) and the released edition before it, read from the copy. */
let draft: string;
let released: string;

beforeEach(() => {
  root = path.join(mkdtempSync(path.join(tmpdir(), 'cli-tables-')), 'content');
  cpSync(FIXTURE_ROOT, root, { recursive: true });
  clearEditionCache();
  draft = listEditions(root).at(-1)!;
  released = Object.keys(readLock(root).editions).sort().at(-1)!;
});
afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

async function run(...args: string[]) {
  const r = await runDataCli([...args, '--root', root]);
  return { code: r.code, stdout: r.stdout, stderr: r.stderr.replaceAll(root, '<root>') };
}
const fileOf = (v: string, name: string) => path.join(root, 'data', v, name);
const pkgOf = (v: string) => JSON.parse(readFileSync(fileOf(v, 'datapackage.json'), 'utf8'));

describe('npm run data -- add-table', () => {
  it('creates the CSV with the canonical header and declares it with the canonical schema', async () => {
    const r = await run('add-table', draft, 'gpu-prices');
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(fileOf(draft, 'gpu-prices.csv'), 'utf8')).toBe(`${CANONICAL_FIELDS.observations.map((f) => f.name).join(',')}\n`);
    const res = pkgOf(draft).resources.at(-1);
    expect(res).toMatchObject({ name: 'gpu-prices', path: 'gpu-prices.csv', title: 'Gpu prices', 'x-table-type': 'observations', schema: { fields: CANONICAL_FIELDS.observations, primaryKey: 'id' } });
    expect(r.stderr).toContain(`Next: add rows to gpu-prices.csv (ids unique across the edition), then run \`npm run data -- validate ${draft} --fix-hashes\`.`);
    // An empty table is refused until it has rows (it would break the build).
    expect((await run('validate', draft)).stderr).toContain(`<root>/data/${draft}/gpu-prices.csv:1 has a header but no rows, so table "gpu-prices" is empty.`);
    rmSync(fileOf(draft, 'gpu-prices.csv'));
    writeFileSync(fileOf(draft, 'datapackage.json'), JSON.stringify({ ...pkgOf(draft), resources: pkgOf(draft).resources.filter((x: { name: string }) => x.name !== 'gpu-prices') }, null, 2));

    expect((await run('add-table', draft, 'milestones', '--profile', 'events', '--title', 'Milestones')).code).toBe(0);
    expect(readFileSync(fileOf(draft, 'milestones.csv'), 'utf8')).toBe(`${CANONICAL_FIELDS.events.map((f) => f.name).join(',')}\n`);
    expect(pkgOf(draft).resources.at(-1)).toMatchObject({ title: 'Milestones', 'x-table-type': 'events', schema: { fields: CANONICAL_FIELDS.events } });
    // Rows added afterwards validate once their hash is recorded.
    writeFileSync(fileOf(draft, 'milestones.csv'), `${readFileSync(fileOf(draft, 'milestones.csv'), 'utf8')}event.gpt-3,GPT-3,milestone,2020,,stanford-ai-index,,V-S,\n`);
    expect((await run('validate', draft, '--fix-hashes')).code).toBe(0);
    expect(loadEdition(draft, { root }).events.get('event.gpt-3')?.table).toBe('milestones');
  });

  it('refuses a released edition, an existing table, a bad name and a bad profile, writing nothing', async () => {
    const before = readFileSync(fileOf(draft, 'datapackage.json'), 'utf8');
    expect(await run('add-table', released, 'gpu-prices')).toMatchObject({
      code: 1,
      stderr: `Edition ${released} is released, and released editions are frozen: a table cannot be added to it.\nStart a draft with \`npm run data -- new <version>\` and add the table there.\n`,
    });
    expect(existsSync(fileOf(released, 'gpu-prices.csv'))).toBe(false);
    expect(await run('add-table', draft, 'capex')).toMatchObject({ code: 1, stderr: `Edition ${draft} already has table "capex" (<root>/data/${draft}/capex.csv); it was not touched.\nAdd rows to that file, or choose another name.\n` });
    expect(await run('add-table', draft, 'GPU_Prices.csv')).toMatchObject({
      code: 1,
      stderr: `"GPU_Prices.csv" is not a table name: table names are lowercase words of letters and digits joined by dashes, and the file is <name>.csv.\nTry \`npm run data -- add-table ${draft} gpu-prices\`.\n`,
    });
    expect((await run('add-table', draft, 'gpu-prices', '--profile', 'rows')).stderr).toMatch(/^--profile "rows" is not a table profile: use observations/);
    expect((await run('add-table', draft)).stderr).toMatch(/^`add-table` needs an edition and a table name\./);
    expect((await run('validate', draft, '--profile', 'events')).stderr).toBe('--profile only applies to `add-table`.\n');
    expect(readFileSync(fileOf(draft, 'datapackage.json'), 'utf8')).toBe(before);
  });
});

describe('a CSV the datapackage does not declare', () => {
  it('fails validation naming the file and add-table, which then declares it with its rows', async () => {
    const header = readFileSync(fileOf(draft, 'capex.csv'), 'utf8').split('\n')[0];
    writeFileSync(fileOf(draft, 'gpu-prices.csv'), `${header}\nprice.h100.2025,H100,rental-price,2025,calendar-year,,2.1,,,~,USD,one,estimate,stanford-ai-index,,U,\n`);
    const r = await run('validate', draft);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `<root>/data/${draft}/gpu-prices.csv is not declared in datapackage.json, so no table reads it and its rows are not part of the edition.\n  Hint: run \`npm run data -- add-table ${draft} gpu-prices\` (add \`--profile events\` for a timeline table) to declare it with the canonical Table Schema, or delete the file if it is not meant to be part of the edition.`,
    );
    expect(r.stderr).not.toContain('valid, ');
    const added = await run('add-table', draft, 'gpu-prices');
    expect(added.stderr).toContain(`Declared the existing <root>/data/${draft}/gpu-prices.csv as table "gpu-prices".`);
    expect((await run('validate', draft, '--fix-hashes')).code).toBe(0);
    expect(loadEdition(draft, { root }).observations.get('price.h100.2025')?.value).toBe(2.1);
  });
});

describe('the sources list of an edition', () => {
  it('is checked against the sources the rows cite, and filled from the registry by --fix-hashes', async () => {
    const pkg = pkgOf(draft);
    const cited = pkg.sources.map((s: { id: string }) => s.id);
    expect(cited.length).toBeGreaterThan(1);
    writeFileSync(fileOf(draft, 'datapackage.json'), `${JSON.stringify({ ...pkg, sources: [pkg.sources[0], { id: 'kaplan-2020', title: 'Scaling laws' }] }, null, 2)}\n`);
    const r = await run('validate', draft);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`<root>/data/${draft}/datapackage.json "sources" does not list ${cited.slice(1).map((id: string) => `"${id}"`).join(', ')}, which rows cite.`);
    expect(r.stderr).toContain(`<root>/data/${draft}/datapackage.json "sources" lists "kaplan-2020", which no row cites.`);
    expect(r.stderr).toContain(`Hint: run \`npm run data -- validate ${draft} --fix-hashes\`, which writes the list from the rows and content/sources.json.`);

    const fixed = await run('validate', draft, '--fix-hashes');
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stderr).toContain(`  listed sources ${cited.slice(1).join(', ')} (cited by rows)`);
    expect(fixed.stderr).toContain('  dropped sources kaplan-2020 (cited by no row)');
    const registry = JSON.parse(readFileSync(path.join(root, 'sources.json'), 'utf8')) as { id: string; title: string }[];
    expect(pkgOf(draft).sources).toEqual([pkg.sources[0], ...cited.slice(1).map((id: string) => ({ id, title: registry.find((s) => s.id === id)!.title }))]);
  });

  it('is filled on release, and checked (not rewritten) on a released edition', async () => {
    const pkg = pkgOf(draft);
    writeFileSync(fileOf(draft, 'datapackage.json'), `${JSON.stringify({ ...pkg, sources: pkg.sources.slice(0, 1) }, null, 2)}\n`);
    expect((await run('release', draft)).code).toBe(0);
    expect(pkgOf(draft).sources).toEqual(pkg.sources);

    // A released edition whose list misses a source (as if released before the check): reported, untouched.
    const released2 = pkgOf(released);
    const text = `${JSON.stringify({ ...released2, sources: released2.sources.slice(0, 1) }, null, 2)}\n`;
    writeFileSync(fileOf(released, 'datapackage.json'), text);
    const lockFile = path.join(root, 'data/editions.lock.json');
    const lock = readLock(root);
    lock.editions[released]!['datapackage.json'] = hashBytes(new TextEncoder().encode(text));
    writeFileSync(lockFile, JSON.stringify(lock, null, 2));
    const r = await run('validate', released);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`"sources" does not list`);
    expect(r.stderr).toContain(`edition ${released} is released and frozen, so it cannot be corrected`);
    expect(readFileSync(fileOf(released, 'datapackage.json'), 'utf8')).toBe(text);
  });
});

describe('the optional like_for_like column', () => {
  const flag = (line: string, value: string) => `${line},${value}`;

  it('is declared by --fix-hashes, read as a boolean, and refused when stale', async () => {
    const file = fileOf(draft, 'capex.csv');
    const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
    const changed = loadEdition(draft, { root }).observations.get('capex.meta.2025')!;
    expect(changed.kind).toBe('reported');
    const lines = [flag(header!, 'like_for_like'), ...rows.map((l) => flag(l, l.startsWith('capex.meta.2025,') ? 'false' : ''))];
    writeFileSync(file, `${lines.join('\n')}\n`);

    const undeclared = await run('validate', draft);
    expect(undeclared.code).toBe(1);
    expect(undeclared.stderr).toContain('header has the optional column "like_for_like", but datapackage.json does not declare it for this table.');

    const fixed = await run('validate', draft, '--fix-hashes');
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stderr).toContain('  declared the optional columns of capex');
    expect(pkgOf(draft).resources[0].schema.fields).toEqual([...CANONICAL_FIELDS.observations, ...OPTIONAL_FIELDS.observations]);
    const ed = loadEdition(draft, { root });
    expect(ed.observations.get('capex.meta.2025')?.like_for_like).toBe(false);
    expect(ed.observations.get('capex.meta.2024')).not.toHaveProperty('like_for_like');

    // A flag on a row whose figure did not change since the previous edition is stale.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(capex\.meta\.2024,.*),$/m, '$1,false'));
    const stale = await run('validate', draft, '--fix-hashes');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(`<root>/data/${draft}/capex.csv row "capex.meta.2024" has like_for_like false, but its figure is the same as in edition ${released}.`);

    // A new draft keeps the declared column.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(capex\.meta\.2024,.*),false$/m, '$1,'));
    expect((await run('release', draft)).code).toBe(0);
    expect((await run('new', '2099-01')).code).toBe(0);
    const next = fileOf('2099-01', 'datapackage.json');
    writeFileSync(next, JSON.stringify({ ...pkgOf('2099-01'), title: 'Test edition 2099-01', description: 'Figures as of January 2099 (test).', asOf: '2099-01-13' }, null, 2));
    expect((await run('validate', '2099-01')).stderr).toContain('row "capex.meta.2025" has like_for_like false, but its figure is the same as in edition');
  });

  it('rejects a cell that is not true or false', async () => {
    const file = fileOf(draft, 'capex.csv');
    const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, `${[flag(header!, 'like_for_like'), ...rows.map((l, i) => flag(l, i === 0 ? 'no' : ''))].join('\n')}\n`);
    const r = await run('validate', draft, '--fix-hashes');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/capex\.csv:2:\d+ column "like_for_like": "no" is not true or false\.\n {2}Hint: write true or false in lowercase, or leave the cell empty\./);
  });
});
