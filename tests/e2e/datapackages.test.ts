/**
 * Every Data Package the site publishes, read back from the built site with the Frictionless JS
 * implementation: each dataset edition (/data/<edition>/) and each exhibit download (/downloads/<id>/)
 * is a valid Tabular Data Package with a licence, a CSV dialect, and tables that read with every value
 * cast to its field's type. The strict checks of our own validator (hash, bytes, line terminator) run on
 * the same packages in tests/unit/validate-datapackages.test.ts.
 *
 * Released editions are published byte for byte as stored and never change (the /data/ page promises it,
 * editions.lock.json enforces it). Those released before tables declared a `dialect` keep none; the
 * Frictionless spec reads a missing dialect as comma-separated with a header, but datapackage-js guesses
 * the delimiter instead (and guesses wrong on ai-investment.csv), so for those frozen tables only the
 * spec's default is stated to the reader. Every other package must declare its own.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { EDITION_DIALECT } from '../../src/lib/data/schema.ts';
import { frictionlessProblems, readDescriptor, type Descriptor } from './support/frictionless.ts';

const siteDir = inject('siteDir');
const packagesIn = (folder: string) => {
  const dir = path.join(siteDir, folder);
  return existsSync(dir) ? readdirSync(dir).filter((n) => existsSync(path.join(dir, n, 'datapackage.json'))).sort() : [];
};
const editions = packagesIn('data');
const exhibits = packagesIn('downloads');
const released = new Set(Object.keys((JSON.parse(readFileSync('content/data/editions.lock.json', 'utf8')) as { editions: Record<string, unknown> }).editions));

/** The descriptor as the Frictionless spec reads it: a missing dialect is the spec's default, stated. */
const withSpecDefaultDialect = (d: Descriptor): Descriptor => ({ ...d, resources: d.resources.map((r) => (r.dialect ? r : { ...r, dialect: EDITION_DIALECT })) });
const undeclared = (d: Descriptor) => d.resources.filter((r) => !r.dialect).map((r) => r.name);

describe('published data packages, read with Frictionless JS (datapackage)', () => {
  it('finds the packages (so an empty site cannot pass)', () => {
    expect(editions.length).toBeGreaterThan(0);
    expect(exhibits.length).toBeGreaterThan(10);
  });

  it.each(editions)('edition %s: valid, licensed, every table reads with its types', async (version) => {
    const dir = path.join(siteDir, 'data', version);
    const descriptor = readDescriptor(dir);
    expect(descriptor.licenses?.length ?? 0).toBeGreaterThan(0);
    // Only a frozen (released) edition may lack dialects; a draft or a new edition declares them.
    if (undeclared(descriptor).length) expect(released.has(version), `${version} declares no CSV dialect for ${undeclared(descriptor).join(', ')}`).toBe(true);
    expect(await frictionlessProblems(dir, withSpecDefaultDialect(descriptor))).toEqual([]);
  });

  it.each(exhibits)('exhibit download %s: valid, licensed, a dialect per table, every value of its type', async (id) => {
    const dir = path.join(siteDir, 'downloads', id);
    const descriptor = readDescriptor(dir);
    expect(descriptor.licenses?.length ?? 0).toBeGreaterThan(0);
    expect(undeclared(descriptor)).toEqual([]);
    expect(await frictionlessProblems(dir)).toEqual([]);
  });
});

describe('the Frictionless check itself', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'frictionless-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('rejects a text value in a number field (the defect of distilled-models-aime before)', async () => {
    const id = exhibits[0]!;
    const src = path.join(siteDir, 'downloads', id);
    const descriptor = readDescriptor(src);
    const csv = readFileSync(path.join(src, 'data.csv'), 'utf8');
    const header = csv.split('\r\n')[0]!.split(',');
    const valueColumn = header.indexOf('value');
    expect(valueColumn).toBeGreaterThanOrEqual(0);
    const lines = csv.split('\r\n');
    const cells = lines[1]!.split(',');
    cells[valueColumn] = 'DeepSeek-R1';
    lines[1] = cells.join(',');
    writeFileSync(path.join(tmp, 'data.csv'), lines.join('\r\n'));
    const problems = await frictionlessProblems(tmp, descriptor);
    expect(problems.join('\n')).toMatch(/^data: /);
  });

  it('needs the stated dialect: datapackage-js guesses the delimiter of a frozen table without one, and fails', async () => {
    const frozen = editions.filter((v) => released.has(v) && undeclared(readDescriptor(path.join(siteDir, 'data', v))).length);
    if (!frozen.length) return; // every published edition declares its dialects: nothing is read with a stated default
    const problems = await Promise.all(frozen.map((v) => frictionlessProblems(path.join(siteDir, 'data', v))));
    expect(problems.flat().join('\n')).toMatch(/^ai-investment: The column header names do not match/m);
  });
});
