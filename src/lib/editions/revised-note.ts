/**
 * What the revision note under an exhibit says, from its revision history (history.ts): the newest
 * revision in full, the earlier ones behind their own disclosure. Superseded figures (a different
 * measure: src/lib/data/superseded.ts) are counted apart from revisions. Pure.
 */
import type { ExhibitRevision, PointRevision } from './revisions.ts';

/** Lines listed before "and N more": enough to read at a glance without crowding the exhibit. */
export const SHOWN_LINES = 5;

export interface RevisionStepNote {
  /** The edition revised, and the edition that revised it. */
  previous: string;
  edition: string;
  summary: string;
  lines: string[];
  /** Changes beyond `lines`, counted but not listed. */
  more: number;
}

export interface RevisedNoteModel extends RevisionStepNote {
  /** Earlier revisions since the exhibit was first published, newest first (collapsed on the page). */
  earlier: RevisionStepNote[];
}

const COUNT_WORDS: [PointRevision['type'], string][] = [
  ['changed', 'revised'],
  ['superseded', 'superseded'],
  ['added', 'new'],
  ['removed', 'removed'],
];

/**
 * "Revised since edition 2025-02 (2 revised, 1 new)"; "Updated …" when no figure was revised as such
 * (only superseded, added or removed points). A step older than the published edition names its edition.
 */
function stepSummary(rev: ExhibitRevision, published: string): string {
  const counts = COUNT_WORDS.map(([type, word]) => [rev.changes.filter((c) => c.type === type).length, word] as const).filter(([n]) => n > 0);
  const verb = rev.changes.some((c) => c.type === 'changed') ? 'Revised' : 'Updated';
  const when = rev.edition === published ? `since edition ${rev.previous}` : `in edition ${rev.edition}, since edition ${rev.previous}`;
  return `${verb} ${when} (${counts.map(([n, word]) => `${n} ${word}`).join(', ')})`;
}

function stepNote(rev: ExhibitRevision, published: string, shown: number): RevisionStepNote {
  const all = rev.changes.map((c) => c.line);
  return { previous: rev.previous, edition: rev.edition, summary: stepSummary(rev, published), lines: all.slice(0, shown), more: Math.max(0, all.length - shown) };
}

/**
 * The note for an exhibit published from edition `published`, given its revision history (newest first;
 * a single revision is a history of one). Undefined when there is nothing to say: a first edition, an
 * exhibit never revised, or an exhibit new in the published edition (a new exhibit has no revisions).
 */
export function revisedNote(history: ExhibitRevision[] | ExhibitRevision | undefined, shown: number = SHOWN_LINES, published?: string): RevisedNoteModel | undefined {
  const steps = (Array.isArray(history) ? history : history ? [history] : []).filter((r) => r.status === 'revised' && r.changes.length > 0);
  const [latest, ...earlier] = steps;
  if (!latest) return undefined;
  const edition = published ?? latest.edition;
  return { ...stepNote(latest, edition, shown), earlier: earlier.map((r) => stepNote(r, edition, shown)) };
}
