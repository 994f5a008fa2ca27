/**
 * Glue for pages: the revisions of an edition against the one it revises, with every exhibit built from
 * both editions to find which exhibits each changed key feeds. Reads editions through the loader and
 * exhibits through the registry; the computation itself is in diff.ts, affected.ts and changes.ts.
 */
import { diffEditions } from '../data/diff.ts';
import type { Edition } from '../data/schema.ts';
import { exhibitIds, buildExhibit } from '../exhibits/index.ts';
import type { ExhibitSpec } from '../exhibits/spec.ts';
import { affectedExhibits } from './affected.ts';
import { editionChanges, type EditionChanges, type LocateExhibit } from './changes.ts';

/** Every exhibit built from `edition`, and from `previous` where it can be (some need newer figures). */
export function specsOfBoth(edition: Edition, previous: Edition): ExhibitSpec[] {
  const specs: ExhibitSpec[] = [];
  for (const id of exhibitIds()) {
    specs.push(buildExhibit(id, edition));
    try {
      specs.push(buildExhibit(id, previous));
    } catch {
      // Built only from the newer edition: its keys are still mapped from the newer spec.
    }
  }
  return specs;
}

/** The changes page model of `edition`, or undefined for a first edition. */
export function changesOf(edition: Edition, load: (version: string) => Edition, locate: LocateExhibit): EditionChanges | undefined {
  if (!edition.previous) return undefined;
  const previous = load(edition.previous);
  const diff = diffEditions(previous, edition);
  return editionChanges(previous, edition, diff, affectedExhibits(diff, specsOfBoth(edition, previous)), locate);
}
