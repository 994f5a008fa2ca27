/**
 * Revision history across editions. Each edition names the one it revises (`previous`), so the editions
 * up to the published one form a chain; every step of it (previous -> edition) is compared.
 * - An exhibit's history is every step since it was first published (the newest edition it is `new` in,
 *   or the first edition) in which it was revised, newest first. Revised notes show it all, so a note does
 *   not vanish when a later edition leaves the exhibit unchanged.
 * - The changes page lists every step, newest first.
 * Deterministic: the chain follows `previous`, never the folder listing or a clock.
 */
import type { Edition } from '../data/schema.ts';
import { exhibitRevisions, type ExhibitRevision } from './revisions.ts';

export type LoadEdition = (version: string) => Edition;

/** Every (previous, edition) step up to `edition`, newest first. A loop in `previous` is cut where it repeats. */
export function editionSteps(edition: Edition, load: LoadEdition): { previous: Edition; edition: Edition }[] {
  const steps: { previous: Edition; edition: Edition }[] = [];
  const seen = new Set([edition.version]);
  let current = edition;
  while (current.previous && !seen.has(current.previous)) {
    const previous = load(current.previous);
    steps.push({ previous, edition: current });
    seen.add(previous.version);
    current = previous;
  }
  return steps;
}

/**
 * The revised steps of exhibit `id` from the edition it was first published in up to `edition`, newest
 * first. Empty for an exhibit that was never revised, or that is new in `edition`.
 */
export function exhibitHistory(id: string, edition: Edition, load: LoadEdition): ExhibitRevision[] {
  const out: ExhibitRevision[] = [];
  for (const step of editionSteps(edition, load)) {
    const rev = exhibitRevisions(id, step.edition, step.previous);
    if (rev.status === 'new') break;
    if (rev.status === 'revised') out.push(rev);
  }
  return out;
}
