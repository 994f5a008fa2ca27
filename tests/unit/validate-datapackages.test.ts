/**
 * Every published Data Package (each dataset edition, each exhibit download) validated against its own
 * Table Schema with the strict validator of src/lib/validate/table-schema.ts (hash, bytes, line terminator:
 * what the Frictionless JS reader of tests/e2e/datapackages.test.ts does not check), and the validator
 * itself tested on fixtures that pass and fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { csvRecords, validatePackage } from '../../src/lib/validate/table-schema.ts';
import { exhibitIds, getExhibit } from '../../src/lib/exhibits/index.ts';
import { exhibitCsv, exhibitDatapackage } from '../../src/lib/render/download.ts';
import { loadSources } from '../../src/lib/sources/registry.ts';
import { loadEdition } from '../../src/lib/data/load.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const sha = (s: string) => `sha256:${createHash('sha256').update(enc(s)).digest('hex')}`;

function fixture(csv: string, over: { fields?: unknown[]; dialect?: unknown; resource?: object; pkg?: object } = {}) {
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'fixture',
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    resources: [
      {
        name: 'data', path: 'data.csv', profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
        bytes: enc(csv).length, hash: sha(csv),
        dialect: over.dialect ?? { delimiter: ',', doubleQuote: true, header: true, lineTerminator: '\r\n', quoteChar: '"' },
        schema: {
          primaryKey: 'id',
          missingValues: [''],
          fields: over.fields ?? [
            { name: 'id', type: 'string', constraints: { required: true, unique: true, pattern: '[a-z.]+' } },
            { name: 'x', type: 'number' },
            { name: 'kind', type: 'string', constraints: { enum: ['reported', 'estimate'] } },
            { name: 'ok', type: 'boolean' },
            { name: 'year', type: 'integer' },
          ],
        },
        ...over.resource,
      },
    ],
    ...over.pkg,
  };
  return { descriptor, file: (p: string) => (p === 'data.csv' ? enc(csv) : undefined) };
}

const GOOD = 'id,x,kind,ok,year\r\na.b,1.5,reported,true,2024\r\nc,"-2e3",estimate,false,\r\n';

describe('the Table Schema validator', () => {
  it('passes a package whose CSV follows its schema and dialect', () => {
    const f = fixture(GOOD);
    expect(validatePackage(f.descriptor, f.file, { requireDialect: true, requireLicense: true })).toEqual([]);
  });

  it('fails a text value in a number field, a value outside an enum or pattern, and a repeated primary key', () => {
    const f = fixture('id,x,kind,ok,year\r\na.b,DeepSeek-R1,guess,yes,20.5\r\na.b,1,estimate,true,2024\r\nB,1,estimate,true,2024\r\n');
    expect(validatePackage(f.descriptor, f.file)).toEqual([
      'fixture/data.csv: row 2, field "x" (number): "DeepSeek-R1" is not a number',
      'fixture/data.csv: row 2, field "kind": "guess" is not in enum',
      'fixture/data.csv: row 2, field "ok" (boolean): "yes" is not a boolean (true, True, TRUE, 1, false, False, FALSE, 0)',
      'fixture/data.csv: row 2, field "year" (integer): "20.5" is not an integer',
      'fixture/data.csv: row 3, field "id": "a.b" repeats row 2 (unique)',
      'fixture/data.csv: row 3: primary key ["a.b"] repeats row 2',
      'fixture/data.csv: row 4, field "id": "B" does not match pattern [a-z.]+',
    ]);
  });

  it('fails a wrong hash or size, a line terminator the dialect does not declare, a header that is not the fields, a missing dialect or licence', () => {
    const f = fixture(GOOD, { resource: { hash: sha('other'), bytes: 3 } });
    expect(validatePackage(f.descriptor, f.file).join('\n')).toMatch(/bytes is 3, the file has \d+\n.*hash sha256:\w+ does not match the file/);
    const lf = fixture(GOOD.replaceAll('\r\n', '\n'));
    expect(validatePackage(lf.descriptor, lf.file)).toEqual(['fixture/data.csv: record 1 ends with "\\n", but dialect.lineTerminator is "\\r\\n"']);
    const header = fixture(GOOD.replace('kind', 'type'));
    expect(validatePackage(header.descriptor, header.file)[0]).toMatch(/header .* is not the schema's fields/);
    const bare = fixture(GOOD, { resource: { dialect: undefined }, pkg: { licenses: undefined } });
    expect(validatePackage(bare.descriptor, bare.file, { requireDialect: true, requireLicense: true })).toEqual(['fixture: no licenses', 'fixture/data.csv: no dialect']);
    expect(validatePackage(bare.descriptor, bare.file)).toEqual([]);
    const required = fixture('id,x,kind,ok,year\r\n,1,reported,true,2024\r\n');
    expect(validatePackage(required.descriptor, required.file)).toEqual(['fixture/data.csv: row 2, field "id": required but empty', 'fixture/data.csv: row 2: primary key id is empty']);
  });

  it('reads quoted fields with doubled quotes, commas and line breaks', () => {
    expect(csvRecords('a,"b ""c"", d\nx"\r\n')).toEqual([{ cells: ['a', 'b "c", d\nx'], end: '\r\n' }]);
    expect(() => csvRecords('a,"b\n')).toThrow(/never closed/);
  });
});

describe('published data packages', () => {
  const dataDir = path.resolve('content', 'data');
  const editions = readdirSync(dataDir, { withFileTypes: true }).filter((d) => d.isDirectory() && /^\d{4}-\d{2}$/.test(d.name)).map((d) => d.name);

  it.each(editions)('dataset edition %s is valid against its own schema', (version) => {
    const dir = path.join(dataDir, version);
    const descriptor = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8'));
    // Released editions are frozen: those released before `dialect` existed keep none (readers assume the same defaults).
    expect(validatePackage(descriptor, (p) => new Uint8Array(readFileSync(path.join(dir, p))), { requireLicense: true })).toEqual([]);
  });

  it.each(exhibitIds())('exhibit download %s is valid, with a dialect and a licence', (id) => {
    const spec = getExhibit(id);
    const csv = exhibitCsv(spec);
    const descriptor = JSON.parse(exhibitDatapackage(spec, loadSources(), loadEdition(spec.edition).pkg.licenses, csv));
    expect(validatePackage(descriptor, (p) => (p === 'data.csv' ? enc(csv) : undefined), { requireDialect: true, requireLicense: true })).toEqual([]);
  });
});
