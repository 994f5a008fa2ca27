/**
 * An edition's own words: its title, description and as-of date describe one vintage, so a new edition
 * must not go out with the previous one's ("as they stood in February 2026" on a September edition).
 * `npm run data -- new` marks the copied title and description with TODO; `validate` (drafts) and
 * `release` refuse a TODO marker, a title or description identical to the previous edition's, and an
 * as-of date that is not later than the previous edition's. Pure.
 */
import type { Problem } from './errors.ts';

/** What `new` puts in front of the copied title and description. */
export const TODO_PREFIX = 'TODO rewrite for edition';
const TODO = /^\s*TODO\b/;

export function todoText(version: string, copied: string): string {
  return `${TODO_PREFIX} ${version}: ${copied}`;
}

export interface EditionMetadata {
  version: string;
  title: string;
  description: string;
  asOf: string;
}

/** 1-based line of the first `"key":` in the datapackage.json text. */
function lineOfKey(text: string, key: string): number | undefined {
  const at = text.indexOf(`"${key}"`);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

const quote = (s: string) => `"${s.length > 70 ? `${s.slice(0, 67)}…` : s}"`;

/**
 * Problems with `pkg`'s metadata before release. `previous` is the metadata of the edition it revises
 * (undefined for a first edition, or when that edition cannot be read: then only TODO markers are checked).
 */
export function metadataProblems(pkg: EditionMetadata, text: string, file: string, previous: EditionMetadata | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const key of ['title', 'description'] as const) {
    const at = { file, line: lineOfKey(text, key) };
    if (TODO.test(pkg[key])) {
      problems.push({
        ...at,
        message: `"${key}" still starts with the TODO marker \`npm run data -- new\` put there: it is the previous edition's ${key}.`,
        hint: `write edition ${pkg.version}'s own ${key} (what it covers and the month its figures stand as), and remove "TODO…:".`,
      });
    } else if (previous && pkg[key].trim() === previous[key].trim()) {
      problems.push({
        ...at,
        message: `"${key}" is the same as edition ${previous.version}'s (${quote(previous[key])}).`,
        hint: `each edition describes its own vintage: rewrite edition ${pkg.version}'s ${key}.`,
      });
    }
  }
  if (previous && !(pkg.asOf > previous.asOf)) {
    problems.push({
      file,
      line: lineOfKey(text, 'asOf'),
      message: `"asOf" ${pkg.asOf} is not later than edition ${previous.version}'s as-of date (${previous.asOf}).`,
      hint: `set "asOf" to the date the figures of edition ${pkg.version} stand as (YYYY-MM-DD), after ${previous.asOf}: a new edition is a later vintage than the one it revises.`,
    });
  }
  return problems;
}
