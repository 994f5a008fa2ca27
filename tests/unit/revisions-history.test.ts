/**
 * Revision history across editions (src/lib/editions/history.ts): a revision note survives a later edition
 * that leaves the exhibit unchanged, earlier revisions stay listed newest first, a brand-new exhibit has no
 * note, and only data errors (a row the older edition lacks) mean "new": a bug in an exhibit surfaces.
 * Later editions are made in memory from the released ones, as `npm run data -- new` would copy them.
 */
import { describe, expect, it } from 'vitest';
import { clearEditionCache, defaultRoot, listEditions, loadEdition } from '../../src/lib/data/load.ts';
import { readLock } from '../../src/lib/data/lock.ts';
import type { Edition, ObservationRow } from '../../src/lib/data/schema.ts';
import { editionSteps, exhibitHistory } from '../../src/lib/editions/history.ts';
import { revisedNote } from '../../src/lib/editions/revised-note.ts';
import { exhibitRevisions } from '../../src/lib/editions/revisions.ts';
import { specValues } from '../../src/lib/exhibits/values.ts';
import { buildExhibit, exhibitIds } from '../../src/lib/exhibits/index.ts';

clearEditionCache();
// The newest released edition that revised an exhibit's plotted values, and the one it revises: derived, not
// hard-coded (an edition that only adds rows and re-sources others, such as 2026-04, revises no value).
const releasedNewestFirst = Object.keys(readLock(defaultRoot()).editions).sort().reverse();
const nextMonth = (v: string) => {
  const [y, m] = v.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** A later edition copied from `from`, with rows changed by `patch` (as a draft from `new` would be). */
function later(from: Edition, patch: Record<string, Partial<ObservationRow>> = {}): Edition {
  const change = <R extends { id: string }>(r: R): R => (patch[r.id] ? { ...r, ...patch[r.id] } : r);
  const version = nextMonth(from.version);
  return {
    ...from,
    version,
    previous: from.version,
    asOf: `${version}-15`,
    tables: new Map([...from.tables].map(([n, t]) => [n, { ...t, rows: t.rows.map(change) }])),
    observations: new Map([...from.observations].map(([k, r]) => [k, change(r)])),
  };
}

const loader = (...editions: Edition[]) => (v: string) => editions.find((e) => e.version === v) ?? loadEdition(v);

/** A point plotting exactly one observation row's value, in the exhibit as built from `edition`. */
const rowPoint = (id: string, edition: Edition) =>
  specValues(buildExhibit(id, edition))
    .map((v) => v.value)
    .find((p) => p.keys.length === 1 && p.y !== null && edition.observations.get(p.keys[0]!)?.value === p.y);
/** An exhibit `edition` revised (values changed since its previous edition) that plots a row's value as is. */
const revisedIn = (edition: Edition) => {
  if (!edition.previous) return undefined;
  const before = loadEdition(edition.previous);
  return exhibitIds().find((id) => exhibitRevisions(id, edition, before).status === 'revised' && rowPoint(id, edition));
};
const latest = loadEdition(releasedNewestFirst.find((v) => revisedIn(loadEdition(v)))!);
const previous = loadEdition(latest.previous!);
const revisedId = revisedIn(latest)!;

describe('exhibitHistory', () => {
  it('follows `previous` from the published edition back to the first', () => {
    expect(editionSteps(latest, (v) => loadEdition(v)).map((s) => `${s.previous.version}→${s.edition.version}`)).toEqual(
      listEditions().filter((v) => v <= latest.version).slice(1).reverse().map((v) => `${loadEdition(v).previous}→${v}`),
    );
  });

  it('keeps the revision note of an exhibit after an edition that leaves it unchanged', () => {
    expect(revisedId).toBeDefined();
    const addOnly = later(latest);
    // Comparing only with the previous edition, the note would vanish:
    expect(revisedNote(exhibitRevisions(revisedId, addOnly, latest))).toBeUndefined();
    const history = exhibitHistory(revisedId, addOnly, loader(addOnly));
    // The same steps as seen from the latest edition itself (earlier revisions, if any, follow the newest).
    const before = exhibitHistory(revisedId, latest, (v) => loadEdition(v));
    expect(history.map((r) => [r.previous, r.edition])).toEqual(before.map((r) => [r.previous, r.edition]));
    expect([history[0]!.previous, history[0]!.edition]).toEqual([previous.version, latest.version]);
    const note = revisedNote(history, 5, addOnly.version)!;
    expect(note.summary).toMatch(new RegExp(`^(Revised|Updated) in edition ${latest.version}, since edition ${previous.version} \\(`));
    expect(note).toMatchObject({ previous: previous.version, edition: latest.version });
    expect(note.earlier.map((e) => e.edition)).toEqual(before.slice(1).map((r) => r.edition));
  });

  it('lists every revision since the exhibit was first published, newest first', () => {
    const key = rowPoint(revisedId, latest)!.keys[0]!;
    const row = latest.observations.get(key)!;
    const revised = later(latest, { [key]: { value: row.value + 1 } });
    const history = exhibitHistory(revisedId, revised, loader(revised));
    const before = exhibitHistory(revisedId, latest, (v) => loadEdition(v)).map((r) => r.edition);
    expect(history.map((r) => r.edition)).toEqual([revised.version, ...before]);
    expect(before[0]).toBe(latest.version);
    const note = revisedNote(history, 5, revised.version)!;
    expect(note.summary).toBe(`Revised since edition ${latest.version} (1 revised)`);
    expect(note.lines[0]).toMatch(/\(\+\d+\.\d%\)$/);
    expect(note.earlier.map((s) => s.edition)).toEqual(before);
    // Deterministic: the same inputs give the same note.
    expect(revisedNote(exhibitHistory(revisedId, revised, loader(revised)), 5, revised.version)).toEqual(note);
  });

  it('gives a brand-new exhibit no note: one the older edition cannot build, or one reading only new rows', () => {
    // Among the exhibits `latest` can build (a later article's exhibits may need rows it lacks).
    const buildsInLatest = (id: string) => {
      try {
        return Boolean(buildExhibit(id, latest));
      } catch {
        return false;
      }
    };
    const unbuildable = exhibitIds().filter(buildsInLatest).find((id) => exhibitRevisions(id, latest, previous).status === 'new');
    if (unbuildable) expect(exhibitHistory(unbuildable, latest, (v) => loadEdition(v))).toEqual([]);
    // An older edition in which every row the exhibit reads had another id: none of its rows existed then.
    const keys = new Set(specValues(buildExhibit(revisedId, latest)).flatMap((v) => v.value.keys));
    const renamed = <R extends { id: string }>(r: R): R => (keys.has(r.id) ? { ...r, id: `${r.id}-old` } : r);
    const older: Edition = {
      ...previous,
      tables: new Map([...previous.tables].map(([n, t]) => [n, { ...t, rows: t.rows.map(renamed) }])),
      observations: new Map([...previous.observations].map(([k, r]) => [renamed(r).id, renamed(r)])),
      events: new Map([...previous.events].map(([k, r]) => [renamed(r).id, renamed(r)])),
    };
    const rev = exhibitRevisions(revisedId, latest, older);
    expect(rev).toMatchObject({ status: 'new', changes: [] });
    expect(revisedNote(rev)).toBeUndefined();
  });

  it('lets a bug in an exhibit surface instead of calling the exhibit new', () => {
    const broken = { ...previous, observations: undefined, events: undefined } as unknown as Edition;
    expect(() => exhibitRevisions(revisedId, latest, broken)).toThrow(TypeError);
  });
});
