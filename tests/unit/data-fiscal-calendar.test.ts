import { describe, expect, it } from 'vitest';
import {
  describeFiscalYear,
  describeFiscalYearEnd,
  FISCAL_YEAR_END_PATTERN,
  type FiscalYearEnd,
  fiscalYearEndDate,
  fiscalYearOf,
  fiscalYearWeeks,
  parseFiscalYearEnd,
} from '../../src/lib/data/fiscal-calendar.ts';
import { ObservationRow } from '../../src/lib/data/schema.ts';
import { fieldMismatch } from '../../src/lib/data/validate.ts';
import { CANONICAL_FIELDS } from '../../src/lib/data/schema.ts';
import { loadEdition } from '../../src/lib/data/load.ts';

const rule = (s: string) => parseFiscalYearEnd(s) as FiscalYearEnd;

describe('fiscal year ends', () => {
  it('reads fixed dates and 52/53-week rules, and says why anything else is not one', () => {
    expect(parseFiscalYearEnd('06-30')).toEqual({ kind: 'fixed', month: 6, day: 30 });
    expect(parseFiscalYearEnd('last-sun-jan')).toEqual({ kind: 'last', weekday: 0, month: 1 });
    expect(parseFiscalYearEnd('nearest-sat-sep')).toEqual({ kind: 'nearest', weekday: 6, month: 9 });
    expect(parseFiscalYearEnd('02-30')).toEqual({ problem: '"02-30" is not a day of the year (MM-DD).' });
    expect(parseFiscalYearEnd('last-sno-jan')).toHaveProperty('problem', expect.stringMatching(/"sno" in "last-sno-jan" is not a weekday/));
    expect(parseFiscalYearEnd('last Sunday of January')).toHaveProperty('problem', expect.stringMatching(/last-<weekday>-<month>/));
    expect(new RegExp(FISCAL_YEAR_END_PATTERN).test('nearest-sun-jan')).toBe(true);
    expect(new RegExp(FISCAL_YEAR_END_PATTERN).test('last-sun-january')).toBe(false);
  });

  it('labels a 52/53-week year by the year it ends in', () => {
    // Nvidia: last Sunday of January. FY2025 ended 26 January 2025; FY2024 on 28 January 2024.
    expect(fiscalYearEndDate(rule('last-sun-jan'), 2025)).toBe('2025-01-26');
    expect(fiscalYearEndDate(rule('last-sun-jan'), 2024)).toBe('2024-01-28');
    // Sunday nearest 31 January: FY2025 ends on 2 February 2025 and is a 53-week year.
    expect(fiscalYearEndDate(rule('nearest-sun-jan'), 2025)).toBe('2025-02-02');
    expect(fiscalYearWeeks(rule('nearest-sun-jan'), 2025)).toBe(53);
    expect(fiscalYearWeeks(rule('nearest-sun-jan'), 2026)).toBe(52);
    expect(describeFiscalYear(rule('nearest-sun-jan'), 2025)).toBe('FY2025 (53 weeks to 2 February 2025)');
    expect(describeFiscalYear(rule('06-30'), 2025)).toBe('FY2025 (year to 30 June 2025)');
    // A day belongs to the first fiscal year ending on or after it: 1 February 2025 is still FY2025.
    expect(fiscalYearOf(rule('nearest-sun-jan'), '2025-02-01')).toBe(2025);
    expect(fiscalYearOf(rule('nearest-sun-jan'), '2025-02-03')).toBe(2026);
    expect(fiscalYearOf(rule('06-30'), '2024-07-01')).toBe(2025);
    expect(describeFiscalYearEnd(rule('last-sun-jan'))).toBe('the last Sunday of January');
  });
});

describe('fiscal_year_end in the dataset', () => {
  const row = {
    id: 'capex.x.fy2025', subject: 'X', metric: 'capex', period: 'FY2025', period_type: 'fiscal-year', value: 1, low: null, high: null,
    qualifier: '', unit: 'USD', scale: 'billion', kind: 'reported', source: 's', locator: null, confidence: 'V-P', note: null,
  };
  it('accepts a moving year end on a row, and refuses a malformed one with the reason', () => {
    expect(ObservationRow.safeParse({ ...row, fiscal_year_end: 'last-sun-jan' }).success).toBe(true);
    const bad = ObservationRow.safeParse({ ...row, fiscal_year_end: 'last-sun-jna' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toMatch(/"jna" in "last-sun-jna" is not a month/);
  });

  it('keeps released editions valid: they declare the MM-DD pattern, new editions the wider one', () => {
    const canonical = CANONICAL_FIELDS.observations.find((f) => f.name === 'fiscal_year_end')!;
    expect(canonical.constraints?.pattern).toBe(FISCAL_YEAR_END_PATTERN);
    expect(fieldMismatch({ ...canonical, constraints: { pattern: '^\\d{2}-\\d{2}$' } }, canonical)).toBeUndefined();
    expect(fieldMismatch({ ...canonical, constraints: { pattern: '^.*$' } }, canonical)).toMatch(/constraints.pattern/);
    expect(loadEdition('2025-02').version).toBe('2025-02');
    expect(loadEdition('2026-02').version).toBe('2026-02');
  });
});

describe('a draft copied from an older edition', () => {
  it('gets the current fiscal_year_end pattern and a CSV dialect per table; a current descriptor is left as it is', async () => {
    const { withCurrentSchema } = await import('../../scripts/lib/data-editions.ts');
    const { readFileSync } = await import('node:fs');
    const old = JSON.parse(readFileSync('content/data/2026-02/datapackage.json', 'utf8'));
    const { pkg, changed } = withCurrentSchema(old);
    const resources = pkg.resources as { path: string; dialect: unknown; 'x-table-type': string; schema: { fields: { name: string; constraints?: { pattern?: string } }[] } }[];
    expect(changed).toEqual(resources.map((r) => r.path));
    expect(resources.every((r) => (r.dialect as { lineTerminator: string }).lineTerminator === '\n')).toBe(true);
    const fye = resources.filter((r) => r['x-table-type'] === 'observations').map((r) => r.schema.fields.find((f) => f.name === 'fiscal_year_end')!.constraints!.pattern);
    expect(new Set(fye)).toEqual(new Set([FISCAL_YEAR_END_PATTERN]));
    expect(withCurrentSchema(pkg).changed).toEqual([]);
  });
});
