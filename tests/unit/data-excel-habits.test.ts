/**
 * What spreadsheet programs save, each diagnosed in one message that says how to re-save the file
 * (src/lib/data/csv-text.ts), instead of one problem per cell: semicolon-separated European exports,
 * UTF-16 with and without a byte-order mark, Windows-1252, a workbook renamed to .csv, rows of empty
 * cells; and a table with a header but no rows, which `validate` used to pass and the build then broke on.
 * Fixtures: tests/fixtures/data/<case>/ (written by tests/fixtures/data/generate.ts).
 */
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/data/errors.ts';
import { validateEdition } from '../../src/lib/data/validate.ts';
import { caseInput } from './data-fixture-helpers.ts';

function problemsOf(name: string) {
  try {
    validateEdition(caseInput(name));
  } catch (err) {
    if (err instanceof DataError) return err.problems;
    throw err;
  }
  throw new Error(`fixture ${name} validated but should fail`);
}

const SAVE_AS = 'open it in Excel (or your spreadsheet) and save it with File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)"';
const FILE = 'content/data/2025-02/capex.csv';

describe('spreadsheet exports get one message each', () => {
  it('a semicolon-separated export (European Excel)', () => {
    expect(problemsOf('excel-semicolons')).toEqual([
      {
        file: FILE,
        line: 1,
        message: "uses ';' (semicolons) between columns, not commas.",
        hint: `this file uses ';' between columns: export it as CSV UTF-8 (comma), i.e. ${SAVE_AS}; numbers keep a dot as the decimal mark (80.5).`,
      },
    ]);
  });

  it('UTF-16 with a byte-order mark and without one', () => {
    const utf16 = { file: FILE, message: 'is UTF-16 text (Excel\'s "Unicode Text"), not UTF-8.', hint: `this file is UTF-16: ${SAVE_AS}.` };
    expect(problemsOf('excel-utf16-bom')).toEqual([utf16]);
    expect(problemsOf('excel-utf16-no-bom')).toEqual([utf16]);
  });

  it('an .xlsx workbook saved under a .csv name', () => {
    expect(problemsOf('excel-xlsx-as-csv')).toEqual([
      { file: FILE, message: 'is not a CSV text file: it is an Excel workbook (.xlsx) or another ZIP archive saved under a .csv name.', hint: `${SAVE_AS}.` },
    ]);
  });

  it('Windows-1252 text (Excel\'s plain "CSV"), with the line of the first foreign character', () => {
    expect(problemsOf('excel-windows-1252')).toEqual([
      {
        file: FILE,
        line: 4,
        message: 'is not valid UTF-8 text: this line has characters in another encoding (Excel\'s plain "CSV" format writes Windows-1252).',
        hint: `${SAVE_AS}.`,
      },
    ]);
  });

  it('rows of empty cells (",,,,", 22 of them after the data) are skipped like blank lines', () => {
    const edition = validateEdition(caseInput('excel-trailing-empty-rows'));
    expect(edition.tables.get('capex')?.rows.map((r) => r.id)).toEqual(['capex.meta.2024', 'capex.meta.2025', 'capex.microsoft.fy2025']);
  });
});

describe('a table with a header and no rows', () => {
  it('fails validation with one message instead of passing and breaking the build', () => {
    expect(problemsOf('header-only-table')).toEqual([
      {
        file: 'content/data/2025-02/timeline.csv',
        line: 1,
        message: 'has a header but no rows, so table "timeline" is empty.',
        hint: 'add its rows, or remove the table: delete timeline.csv and its resource in datapackage.json.',
      },
    ]);
  });
});
