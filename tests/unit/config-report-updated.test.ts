import { describe, expect, it } from 'vitest';
import { reportUpdatedDate, reportUpdatedProblems } from '../../src/lib/config/report-updated.ts';
import { location } from '../../src/lib/data/errors.ts';

const FILE = 'content/site.yaml';
const site = (updated?: string) => `firm: Example\npublished: "2025-02-14"\n${updated ? `updated: "${updated}"\n` : ''}edition: "2026-03"\n`;
const EDITION = { version: '2026-03', asOf: '2026-02-27' };
const problems = (updated?: string, edition = EDITION) =>
  reportUpdatedProblems(site(updated), FILE, { published: '2025-02-14', ...(updated ? { updated } : {}) }, edition).map((p) => `${location(p)} ${p.message} | ${p.hint}`);

describe('the report\'s "Updated" date', () => {
  it('follows the published edition when site.yaml leaves it out (never older than `published`)', () => {
    expect(reportUpdatedDate({ published: '2025-02-14' }, EDITION)).toBe('2026-02-27');
    expect(reportUpdatedDate({ published: '2025-02-14' }, { version: '2026-09', asOf: '2026-09-12' })).toBe('2026-09-12');
    expect(reportUpdatedDate({ published: '2025-03-01' }, { version: '2025-02', asOf: '2025-02-14' })).toBe('2025-03-01');
    expect(problems(undefined)).toEqual([]);
  });

  it('keeps a written date on or after the edition\'s as-of date', () => {
    expect(reportUpdatedDate({ published: '2025-02-14', updated: '2026-03-02' }, EDITION)).toBe('2026-03-02');
    expect(problems('2026-02-27')).toEqual([]);
    expect(problems('2026-03-02')).toEqual([]);
  });

  it('refuses a written date older than the pinned edition, at its line:column, saying which date to write', () => {
    expect(problems('2026-02-13')).toEqual([
      `${FILE}:3:10 updated: "2026-02-13" is earlier than the as-of date of dataset edition 2026-03 (2026-02-27), which the report publishes: the home page and the PDF cover would say "Updated 13 February 2026" above figures as they stood on 27 February 2026. | once the report has been reviewed against edition 2026-03, set \`updated: "2026-02-27"\` (or the later day the review was finished), or delete the \`updated:\` line so the date follows each published edition (it would show 27 February 2026).`,
    ]);
    // A new edition pinned later: the same date is now behind it, and the message names the new one.
    expect(problems('2026-02-27', { version: '2026-09', asOf: '2026-09-12' })[0]).toContain('set `updated: "2026-09-12"`');
  });

  it('refuses a written date before the first publication', () => {
    expect(problems('2024-12-31')[0]).toBe(
      `${FILE}:3:10 updated: "2024-12-31" is earlier than published: "2025-02-14"; a report cannot be revised before it first appeared. | write a date on or after 2025-02-14, or delete the \`updated:\` line so the date follows each published edition (it would show 27 February 2026).`,
    );
  });
});
