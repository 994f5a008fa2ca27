/**
 * Rows that validated but drew wrong charts: a period written in another form than its period_type
 * ("FY2023" on a calendar-year row), and two rows giving the same figure from the same place (J.P.
 * Morgan 2024 plotted at 197 and 205). The released editions must still pass under both rules.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/data/errors.ts';
import { clearEditionCache, loadEdition } from '../../src/lib/data/load.ts';
import { periodProblem } from '../../src/lib/data/period-format.ts';
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

const FILE = 'content/data/2025-02/capex.csv';

describe('period written as its period_type says', () => {
  it('rejects a fiscal label on a calendar-year row, an impossible month, quarter and date, a bare year on a fiscal-year row and a backwards span', () => {
    expect(problemsOf('period-format').map((p) => `${p.line}:${p.column} ${p.message} | ${p.hint}`)).toEqual([
      '2:28 column "period": "FY2023" is not a calendar-year period. | a calendar-year period is written YYYY, e.g. 2024. For a fiscal year, set period_type to fiscal-year and fiscal_year_end (MM-DD, or last-sun-jan for a 52/53-week year).',
      '3:28 column "period": "2025-13" is not a month period. | a month period is written YYYY-MM, e.g. 2025-01.',
      '4:40 column "period": "2025" is not a fiscal-year period. | a fiscal-year period is written FY followed by the year the fiscal year ends, e.g. FY2025.',
      '5:39 column "period": "2025-Q5" is not a quarter period. | a quarter period is written YYYY-Qn (FYYYYY-Qn for a fiscal quarter), e.g. 2024-Q4.',
      '6:33 column "period": span "2025/2024" does not end after it starts. | write the earlier end first: start/end.',
      '7:31 column "period": "2025-02-30" is not a real date. | check the day and month (YYYY-MM-DD).',
    ]);
    expect(problemsOf('period-format').every((p) => p.file === FILE)).toBe(true);
  });

  it('accepts every form the rule documents', () => {
    const ok: [string, Parameters<typeof periodProblem>[1], string | null][] = [
      ['2024', 'calendar-year', null],
      ['FY2025', 'fiscal-year', '06-30'],
      ['2024-Q4', 'quarter', null],
      ['FY2026-Q1', 'quarter', '06-30'],
      ['2025-01', 'month', null],
      ['2024-02-29', 'date', null],
      ['2025-01-27', 'as-of', null],
      ['2022-11/2024-10', 'span', null],
      ['1956/1974', 'span', null],
    ];
    for (const [period, type, fye] of ok) expect(periodProblem(period, type, fye), `${period} ${type}`).toBeUndefined();
    expect(periodProblem('FY2026-Q1', 'quarter', null)?.message).toBe('column "fiscal_year_end": fiscal quarter "FY2026-Q1" needs the month and day its fiscal year ends.');
    expect(periodProblem('2024/2025-01', 'span', null)?.message).toBe('column "period": "2024/2025-01" is not a span period.');
  });
});

describe('conflicting duplicates', () => {
  it('rejects two rows giving the same figure from the same place, naming both rows and what to do', () => {
    expect(problemsOf('conflicting-duplicates')).toEqual([
      {
        file: FILE,
        line: 6,
        column: 1,
        message:
          'rows "capex.jpm.2024" (content/data/2025-02/capex.csv:2) and "capex.jpm.2024-b" (content/data/2025-02/capex.csv:6) give the same figure, J.P. Morgan / capex / 2024 (calendar-year, estimate): 197 and 205, from the same place (source "meta-10k-2024", no locator). Charts would plot both.',
        hint: 'keep the right row and delete the other. If both figures really exist, say where each comes from: a different "locator" (e.g. "Table 2" and "p. 14") or the other source\'s id in "source".',
      },
    ]);
  });

  it('accepts the same figure from different places: another locator in the source, or another source', () => {
    const edition = validateEdition(caseInput('duplicates-explained'));
    expect([...edition.observations.values()].filter((o) => o.subject === 'J.P. Morgan').map((o) => [o.value, o.source, o.locator])).toEqual([
      [197, 'meta-10k-2024', 'p. 3'],
      [205, 'meta-10k-2024', 'p. 9'],
      [201, 'msft-blog', null],
    ]);
  });
});

describe('the released editions', () => {
  it('still validate under both rules (their repeated benchmark rows cite different tables of the R1 report)', () => {
    clearEditionCache();
    const root = path.join(process.cwd(), 'content');
    for (const version of ['2025-02', '2026-02']) expect(loadEdition(version, { root }).status).toBe('released');
  });
});
