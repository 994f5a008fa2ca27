import { describe, expect, it } from 'vitest';
import { DataError, MAX_LISTED_PROBLEMS } from '../../src/lib/data/errors.ts';
import { validateEdition } from '../../src/lib/data/validate.ts';
import { caseInput } from './data-fixture-helpers.ts';

/** The message a fixture case fails with; fails the test if the case validates. */
function failure(name: string): DataError {
  try {
    validateEdition(caseInput(name));
  } catch (err) {
    if (err instanceof DataError) return err;
    throw err;
  }
  throw new Error(`fixture ${name} validated but should fail`);
}

const msg = (name: string) => failure(name).message;

describe('validateEdition on valid input', () => {
  it('returns typed rows keyed by id, with written precision', () => {
    const e = validateEdition(caseInput('valid'));
    expect(e.version).toBe('2025-02');
    expect([...e.tables.keys()]).toEqual(['capex', 'training', 'timeline']);
    expect(e.observations.get('capex.microsoft.fy2025')).toMatchObject({
      value: 80,
      digits: 1,
      qualifier: '~',
      fiscal_year_end: '06-30',
      note: 'Quoted as "about $80 billion", AI data centres',
      table: 'capex',
    });
    expect(e.observations.get('capex.meta.2025')).toMatchObject({ value: 62.5, low: 60, high: 65, digits: 0, locator: null });
    expect(e.events.get('event.winter-1')).toMatchObject({ start: 1974, end: 1980, phase: 'winter', table: 'timeline' });
  });

  it('accepts a declared enum that is a subset of the canonical list (editions frozen before a unit was added)', () => {
    const input = caseInput('valid');
    input.datapackageText = input.datapackageText!.replaceAll('"count"', '"units"');
    expect(validateEdition(input).observations.size).toBe(7);
  });

  it('accepts a UTF-8 BOM and Windows line endings', () => {
    const a = validateEdition(caseInput('valid'));
    const b = validateEdition(caseInput('crlf-and-bom'));
    expect([...b.observations.values()]).toEqual([...a.observations.values()]);
  });
});

describe('validateEdition error messages', () => {
  it('datapackage.json missing', () => {
    expect(msg('datapackage-missing')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/datapackage.json is missing: every edition folder needs a datapackage.json describing its tables.
        Hint: create editions with \`npm run data -- new <version>\`, which copies the latest edition including its datapackage.json.

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('datapackage.json not JSON, with line and column', () => {
    expect(msg('datapackage-not-json')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/datapackage.json:9:3 is not valid JSON: Expected ',' or '}' after property value.
        Hint: look for a missing comma or quote, or a trailing comma before } or ], at or just before this position.

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('datapackage.json failing the schema lists path: problem lines', () => {
    expect(msg('datapackage-schema')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (3 problems).

      content/data/2025-02/datapackage.json title: is required but missing.
      content/data/2025-02/datapackage.json status: Invalid option: expected one of "draft"|"released".
      content/data/2025-02/datapackage.json resources[1].path: a CSV file name in the edition folder, e.g. capex.csv.
        Hint: datapackage.json follows the DataPackage schema in src/lib/data/schema.ts; compare with a released edition.

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('version differs from the folder', () => {
    expect(msg('version-mismatch')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/datapackage.json:4 "version" is "2025-01" but the folder is named "2025-02".
        Hint: an edition's version is its folder name; set "version": "2025-02" (or rename the folder).

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('a listed resource file is missing', () => {
    expect(msg('resource-file-missing')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/timeline.csv is missing, but datapackage.json lists it as table "timeline".
        Hint: add the file to content/data/2025-02/ or remove the resource from datapackage.json.

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('schema.fields differ from the canonical fields (reported once, not per cell)', () => {
    expect(msg('schema-fields-differ')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/datapackage.json:27 resources[0] (capex): schema.fields differ from the canonical observations fields at field 7: "value" has type "string" instead of "number".
        Hint: copy schema.fields from another observations table; the canonical list is CANONICAL_FIELDS in src/lib/data/schema.ts.

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('hash mismatch in a draft says how to record the new hash', () => {
    expect(msg('hash-mismatch-draft')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/capex.csv has changed since it was recorded: its hash sha256:776685541b51bd1397c8be9ebc270f5900dc8ff4ee43ca5501a39c61db1c5c1e does not match the hash recorded in datapackage.json (sha256:48d4477bf6474c94a48115b417b0bcb719c9d3a06ccf215f9dca46d3e3a79dbe).
        Hint: if you meant to edit draft edition 2025-02, run \`npm run data -- validate 2025-02 --fix-hashes\` to record the new hash and size.

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('hash mismatch in a released edition says it is frozen', () => {
    expect(msg('hash-mismatch-released')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/capex.csv has changed since it was recorded: its hash sha256:776685541b51bd1397c8be9ebc270f5900dc8ff4ee43ca5501a39c61db1c5c1e does not match the hash recorded in datapackage.json (sha256:48d4477bf6474c94a48115b417b0bcb719c9d3a06ccf215f9dca46d3e3a79dbe).
        Hint: edition 2025-02 is released, and released editions are frozen: restore the file from version control and make changes in a new edition with \`npm run data -- new <version>\`.

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('header missing a required column', () => {
    expect(msg('header-missing-column')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/capex.csv:1 header is missing column "scale" (required).
        Hint: the header must be exactly: id,subject,metric,period,period_type,fiscal_year_end,value,low,high,qualifier,unit,scale,kind,source,locator,confidence,note

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('header with an extra column', () => {
    expect(msg('header-extra-column')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/capex.csv:1:126 header has column "comment", which is not part of this table.
        Hint: remove or rename it; the header must be exactly: id,subject,metric,period,period_type,fiscal_year_end,value,low,high,qualifier,unit,scale,kind,source,locator,confidence,note

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('header with reordered columns', () => {
    expect(msg('header-reordered')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/capex.csv:1:79 columns are out of order: column 11 is "scale" but should be "unit".
        Hint: order the columns exactly as: id,subject,metric,period,period_type,fiscal_year_end,value,low,high,qualifier,unit,scale,kind,source,locator,confidence,note

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('non-numeric cells in a number column', () => {
    expect(msg('non-numeric-value')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (3 problems).

      content/data/2025-02/capex.csv:2:48 column "value": "39,230.5" is not a number.
        Hint: write a plain decimal with a dot, e.g. 80.5 or -3: no thousands separators, currency signs, units or % (the unit and scale columns carry those).
      content/data/2025-02/capex.csv:3:48 column "value": "$62.5bn" is not a number.
        Hint: write a plain decimal with a dot, e.g. 80.5 or -3: no thousands separators, currency signs, units or % (the unit and scale columns carry those).
      content/data/2025-02/capex.csv:4:65 column "value": "8o.0" is not a number.
        Hint: write a plain decimal with a dot, e.g. 80.5 or -3: no thousands separators, currency signs, units or % (the unit and scale columns carry those).

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('empty required cell', () => {
    expect(msg('empty-required-cell')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/capex.csv:2:57 column "unit" is empty, but every observations row needs it.
        Hint: only these columns may be left empty: fiscal_year_end, low, high, qualifier, locator, note.

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('unknown unit, scale, kind, confidence and period type', () => {
    expect(msg('unknown-enum-values')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (5 problems).

      content/data/2025-02/capex.csv:2:57 column "unit": "USDs" is not a known unit (did you mean "USD"?).
        Hint: use one of: USD, USD/GPU-hour, USD/million-tokens, USD/query, GPU-hours, GPUs, tokens, parameters, FLOP, percent, percentage-points, multiple, multiple-per-year, percent-per-year, rating, index-points, index-level, days, hours, months, users, units, count (defined in src/lib/data/units.ts).
      content/data/2025-02/capex.csv:2:62 column "scale": "billions" is not a known scale (did you mean "billion"?).
        Hint: use one of: one, thousand, million, billion, trillion (defined in src/lib/data/units.ts).
      content/data/2025-02/capex.csv:2:71 column "kind": "reportd" is not a known kind (did you mean "reported"?).
        Hint: use one of: reported, guidance, estimate, derived.
      content/data/2025-02/capex.csv:2:99 column "confidence": "V-X" is not a known confidence code (did you mean "V-P"?).
        Hint: use one of: V-P, V-S, D, U.
      content/data/2025-02/capex.csv:3:33 column "period_type": "calendar" is not a known period type (did you mean "calendar-year"?).
        Hint: use one of: calendar-year, fiscal-year, quarter, month, date, span, as-of.

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('duplicate ids, within and across tables', () => {
    expect(msg('duplicate-id')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (2 problems).

      content/data/2025-02/capex.csv:5:1 id "capex.meta.2024" is already used at content/data/2025-02/capex.csv:2.
        Hint: ids are unique across every table of the edition; rename one of the rows.
      content/data/2025-02/training.csv:3:1 id "training.deepseek-v3.cost" is already used at content/data/2025-02/capex.csv:4.
        Hint: ids are unique across every table of the edition; rename one of the rows.

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('unknown source id', () => {
    expect(msg('unknown-source')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/capex.csv:2:78 column "source": "meta-10k" is not in the source registry. Closest ids: meta-10k-2024.
        Hint: add the source to content/sources.json (with its S-number from research/facts.md in "note") or correct the id.

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('mixed scales within one series', () => {
    expect(msg('mixed-series-scale')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/capex.csv:3:64 series "Meta" / "capex" is in USD (billion) here but in USD (million) at content/data/2025-02/capex.csv:2.
        Hint: use one unit and scale for every row of a series so charts compare like with like: convert the value (1500 with scale million is 1.5 with scale billion).

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('fiscal year without fiscal_year_end', () => {
    expect(msg('fiscal-year-without-end')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/capex.csv:4:59 column "fiscal_year_end": a fiscal-year value needs fiscal_year_end: MM-DD (06-30 for a year ending 30 June) or a 52/53-week rule (last-sun-jan).

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('range with only one end', () => {
    expect(msg('range-incomplete')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/capex.csv:3:56 column "high": give both low and high for a range, or neither.

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('unterminated quote', () => {
    expect(msg('unterminated-quote')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/capex.csv:4:110 is not valid CSV: the quoted cell is never closed: add the closing double quote (").

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });
  it('row with too many cells', () => {
    expect(msg('row-cell-count')).toMatchInlineSnapshot(`
      "Dataset edition 2025-02 is invalid (1 problem).

      content/data/2025-02/capex.csv:2:118 row has 18 cells but the header has 17.
        Hint: put a cell that contains a comma in double quotes, e.g. "Meta Platforms, Inc.", and give every row one cell per column (empty cells still need their comma).

      Fix the problems above in content/data/2025-02/, then run \`npm run data -- validate 2025-02\` to check the edition again."
    `);
  });

  it('a known unit that the edition does not declare', () => {
    const input = caseInput('valid');
    const pkg = JSON.parse(input.datapackageText!);
    const unit = pkg.resources[0].schema.fields.find((f: { name: string }) => f.name === 'unit');
    unit.constraints.enum = unit.constraints.enum.filter((u: string) => u !== 'USD');
    input.datapackageText = JSON.stringify(pkg, null, 2);
    let message = '';
    try {
      validateEdition(input);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split('\n').slice(2, 4)).toEqual([
      'content/data/2025-02/capex.csv:2:57 column "unit": "USD" is a known unit but this edition\'s datapackage.json does not list it.',
      '  Hint: add "USD" to the constraints.enum of field "unit" in datapackage.json (editions started with `npm run data -- new` get the current list).',
    ]);
  });

  it('collects every problem but lists at most the cap', () => {
    const err = failure('many-problems');
    expect(err.problems).toHaveLength(60);
    expect(err.message.split('\n')[0]).toBe(`Dataset edition 2025-02 is invalid (60 problems, first ${MAX_LISTED_PROBLEMS} listed).`);
    expect(err.message.match(/is not a number/g)).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(err.problems[59]).toMatchObject({ file: 'content/data/2025-02/capex.csv', line: 61, column: expect.any(Number) });
  });

  it('carries structured problems alongside the message', () => {
    const err = failure('non-numeric-value');
    expect(err.name).toBe('DataError');
    expect(err.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 48],
      [3, 48],
      [4, 65],
    ]);
  });

  it("points Astro's dev overlay at the first located problem (loc), and at nothing when no problem has a line", () => {
    expect(failure('non-numeric-value').loc).toEqual({ file: 'content/data/2025-02/capex.csv', line: 2, column: 48 });
    expect(failure('datapackage-missing').loc).toBeUndefined();
  });
});
