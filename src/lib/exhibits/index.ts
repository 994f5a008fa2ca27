/**
 * The exhibit registry: every exhibit id and the pure function that builds its spec. Specs are parsed
 * with the ExhibitSpec schema here, once per (id, edition), so renderers can trust them.
 */
import { loadEdition, loadPinnedEdition } from '../data/load.ts';
import type { Edition } from '../data/schema.ts';
import { closest } from '../data/suggest.ts';
import type { ExhibitDefinition } from './context.ts';
import { ExhibitSpec } from './spec.ts';
import { loadReportModules, type Located } from '../report/modules.ts';

const report = await loadReportModules();

/** Every exhibit of the report, by id, with the article folder and file that define it. */
export const EXHIBIT_SOURCES: ReadonlyMap<string, Located<ExhibitDefinition>> = (() => {
  const map = new Map<string, Located<ExhibitDefinition>>();
  for (const e of report.exhibits) {
    const other = map.get(e.value.id);
    if (other) throw new Error(`Exhibit id "${e.value.id}" is defined twice: in ${other.file} and in ${e.file}.\nGive each exhibit a unique id.`);
    map.set(e.value.id, e);
  }
  return map;
})();

export const EXHIBITS: ReadonlyMap<string, ExhibitDefinition> = new Map([...EXHIBIT_SOURCES].map(([id, e]) => [id, e.value]));

export function exhibitIds(): string[] {
  return [...EXHIBITS.keys()].sort();
}

export function unknownExhibitMessage(id: string): string {
  const ids = exhibitIds();
  const close = closest(id, ids, 3);
  return [
    `There is no exhibit with id "${id}".`,
    close.length ? `Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : '',
    `Valid ids: ${ids.join(', ')}.`,
    'Exhibits are defined beside each article, in content/articles/<slug>/exhibits.ts.',
  ]
    .filter(Boolean)
    .join('\n');
}

const built = new WeakMap<Edition, Map<string, ExhibitSpec>>();

/** Builds and validates an exhibit's spec from an edition (the pinned one by default). */
export function buildExhibit(id: string, edition: Edition = loadPinnedEdition()): ExhibitSpec {
  const def = EXHIBITS.get(id);
  if (!def) throw new Error(unknownExhibitMessage(id));
  let perEdition = built.get(edition);
  if (!perEdition) built.set(edition, (perEdition = new Map()));
  const cached = perEdition.get(id);
  if (cached) return cached;
  // Every spec is stamped with the edition it was built from here, once, so no exhibit can misstate it.
  const body = def.build({ edition, loadEdition: (v) => loadEdition(v) });
  const result = ExhibitSpec.safeParse({ ...body, edition: edition.version, asOf: edition.asOf });
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(
      [`Exhibit "${id}" built an invalid spec from edition ${edition.version}.`, ...lines, `Fix the exhibit function in ${EXHIBIT_SOURCES.get(id)?.file ?? 'its article folder'}.`].join('\n'),
    );
  }
  if (result.data.id !== id) throw new Error(`Exhibit "${id}" returned a spec with id "${result.data.id}"; the ids must match.`);
  perEdition.set(id, result.data);
  return result.data;
}

/** The spec as published: built from the edition the site pins. */
export function getExhibit(id: string): ExhibitSpec {
  return buildExhibit(id);
}
