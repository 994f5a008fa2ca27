/**
 * Conflicting duplicates: two observation rows with different ids that give the same figure (same
 * subject, metric, period, period_type and kind) are both plotted, so a chart shows two bars for one
 * thing. Such rows are allowed only when the data says why both exist: they cite different places, i.e.
 * a different `source`, or the same source with a different `locator` (alternative estimates, or one
 * report's two tables). Same source and same locator (empty counts as the same) is a conflict, whether
 * or not the values agree. Pure; the rule is documented in README "The dataset and its editions".
 */
import type { Problem } from './errors.ts';
import type { ObservationRow } from './schema.ts';

export interface SeenFigure {
  id: string;
  /** `file:line` of the row. */
  at: string;
  value: number;
  source: string;
  locator: string | null;
}

/** `subject|metric|period|period_type|kind`: what a chart treats as one figure. */
export function figureKey(row: ObservationRow): string {
  return [row.subject, row.metric, row.period, row.period_type, row.kind].join('|');
}

const cited = (source: string, locator: string | null) => `source "${source}", ${locator === null ? 'no locator' : `locator "${locator}"`}`;

/**
 * Records `row` (at `here`) in `seen` and returns the problem when an earlier row gives the same figure
 * from the same place. `place` is where to point (the id cell of the later row).
 */
export function checkConflict(
  seen: Map<string, SeenFigure[]>,
  row: ObservationRow,
  here: string,
  place: Pick<Problem, 'file' | 'line' | 'column'>,
): Problem | undefined {
  const key = figureKey(row);
  const earlier = seen.get(key) ?? [];
  const clash = earlier.find((e) => e.source === row.source && e.locator === row.locator);
  earlier.push({ id: row.id, at: here, value: row.value, source: row.source, locator: row.locator });
  seen.set(key, earlier);
  if (!clash) return undefined;
  const values = clash.value === row.value ? `both ${row.value}` : `${clash.value} and ${row.value}`;
  return {
    ...place,
    message:
      `rows "${clash.id}" (${clash.at}) and "${row.id}" (${here}) give the same figure, ${row.subject} / ${row.metric} / ${row.period} (${row.period_type}, ${row.kind}): ${values}, ` +
      `from the same place (${cited(row.source, row.locator)}). Charts would plot both.`,
    hint: 'keep the right row and delete the other. If both figures really exist, say where each comes from: a different "locator" (e.g. "Table 2" and "p. 14") or the other source\'s id in "source".',
  };
}
