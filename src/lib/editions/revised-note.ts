/** What the "Revised since edition X" note under an exhibit says, from an exhibit's revisions. Pure. */
import type { ExhibitRevision } from './revisions.ts';

/** Lines listed before "and N more": enough to read at a glance without crowding the exhibit. */
export const SHOWN_LINES = 5;

export interface RevisedNoteModel {
  previous: string;
  edition: string;
  summary: string;
  lines: string[];
  /** Changes beyond `lines`, counted but not listed. */
  more: number;
}

/** undefined when there is nothing to say: a first edition, or an exhibit whose values did not change. */
export function revisedNote(revision: ExhibitRevision | undefined, shown: number = SHOWN_LINES): RevisedNoteModel | undefined {
  if (!revision || revision.status === 'unchanged') return undefined;
  const { previous, edition } = revision;
  if (revision.status === 'new') {
    return { previous, edition, summary: `New since edition ${previous}`, lines: [`This exhibit uses figures first published in edition ${edition}.`], more: 0 };
  }
  const all = revision.changes.map((c) => c.line);
  const count = all.length === 1 ? '1 change' : `${all.length} changes`;
  return { previous, edition, summary: `Revised since edition ${previous} (${count})`, lines: all.slice(0, shown), more: Math.max(0, all.length - shown) };
}
