/**
 * Glue for pages: the revisions of an edition against the one it revises (and of every earlier step, for
 * the changes page), with every exhibit built from both editions to find which exhibits each changed key
 * feeds. Reads editions through the loader and exhibits through the registry; the computation itself is
 * in diff.ts, affected.ts, changes.ts and history.ts.
 */
import { diffEditions } from '../data/diff.ts';
import type { Edition } from '../data/schema.ts';
import { exhibitIds, buildExhibit } from '../exhibits/index.ts';
import type { ExhibitSpec } from '../exhibits/spec.ts';
import { affectedExhibits } from './affected.ts';
import { editionChanges, type EditionChanges, type LocateExhibit } from './changes.ts';
import { isDataError } from './data-error.ts';
import { editionSteps } from './history.ts';

/**
 * Every exhibit built from `edition`, and from `previous` where it can be (some need newer figures). An
 * exhibit that `edition` itself cannot build for lack of rows (one rebuilt on rows added in a later
 * edition, met on an earlier step of the history) did not exist in that form at this step and is skipped;
 * were the published edition to lack them, the article page placing the exhibit would fail the build.
 */
export function specsOfBoth(edition: Edition, previous: Edition): ExhibitSpec[] {
  const specs: ExhibitSpec[] = [];
  // An exhibit that needs rows an edition lacks cannot be built from it (a DataError): in an older step of
  // the history it did not exist yet, and built only from the newer edition its keys are still mapped from
  // the newer spec. Any other error is a bug in the exhibit and must surface.
  const tryBuild = (id: string, e: Edition): ExhibitSpec | undefined => {
    try {
      return buildExhibit(id, e);
    } catch (err) {
      if (!isDataError(err)) throw err;
      return undefined;
    }
  };
  for (const id of exhibitIds()) {
    const after = tryBuild(id, edition);
    if (!after) continue;
    specs.push(after);
    const before = tryBuild(id, previous);
    if (before) specs.push(before);
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

/** The changes of every edition step up to `edition`, newest first (empty for a first edition). */
export function changeHistory(edition: Edition, load: (version: string) => Edition, locate: LocateExhibit): EditionChanges[] {
  return editionSteps(edition, load).map(({ previous, edition: next }) => {
    const diff = diffEditions(previous, next);
    return editionChanges(previous, next, diff, affectedExhibits(diff, specsOfBoth(next, previous)), locate);
  });
}
