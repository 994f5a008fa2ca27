/**
 * Checks of the optional `like_for_like` column (schema.ts OPTIONAL_FIELDS) against the previous edition:
 * `false` says "this value is measured differently from the value this id had in the previous edition",
 * so it must sit on a row that the previous edition has, and that changed. A flag copied unchanged into a
 * later draft would otherwise mark a figure as superseded forever. Pure.
 */
import type { Problem } from './errors.ts';
import type { Edition } from './schema.ts';

const SAME = ['value', 'low', 'high', 'qualifier', 'unit', 'scale', 'kind'] as const;

export function likeForLikeProblems(edition: Edition, previous: Edition | undefined, folder: string): Problem[] {
  const problems: Problem[] = [];
  for (const row of edition.observations.values()) {
    if (row.like_for_like !== false) continue;
    const file = `${folder}/${row.table}.csv`;
    const old = previous?.observations.get(row.id);
    if (!old) {
      problems.push({
        file,
        message: `row "${row.id}" has like_for_like false, but ${previous ? `edition ${previous.version} has no row "${row.id}"` : 'this edition revises none'}, so there is no earlier value it could differ from.`,
        hint: 'clear the like_for_like cell: the flag marks a figure whose definition changed since the previous edition.',
      });
    } else if (SAME.every((f) => old[f] === row[f])) {
      problems.push({
        file,
        message: `row "${row.id}" has like_for_like false, but its figure is the same as in edition ${previous!.version}.`,
        hint: `clear the like_for_like cell: it was probably copied from edition ${previous!.version}, where the definition changed; it applies only to the edition that changes the figure.`,
      });
    }
  }
  return problems;
}
