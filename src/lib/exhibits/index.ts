/**
 * The exhibit registry: every exhibit id and the pure function that builds its spec. Specs are parsed
 * with the ExhibitSpec schema here, once per (id, edition), so renderers can trust them.
 */
import { loadEdition, loadPinnedEdition } from '../data/load.ts';
import type { Edition } from '../data/schema.ts';
import { closest } from '../data/suggest.ts';
import type { SourceRef } from '../sources/schema.ts';
import type { ExhibitBody, ExhibitDefinition } from './context.ts';
import { PATTERN_WORDS } from '../render/kind-marks.ts';
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

// A spec, or the error building it threw, per edition object (a reloaded edition is a new object). Errors are
// kept too: the changes page and each exhibit's revision history try every exhibit against older editions,
// many of which lack its rows, and composing the "did you mean" hints again each time cost seconds.
const built = new WeakMap<Edition, Map<string, { spec: ExhibitSpec } | { error: unknown }>>();

/** Builds and validates an exhibit's spec from an edition (the pinned one by default). */
export function buildExhibit(id: string, edition: Edition = loadPinnedEdition()): ExhibitSpec {
  const def = EXHIBITS.get(id);
  if (!def) throw new Error(unknownExhibitMessage(id));
  let perEdition = built.get(edition);
  if (!perEdition) built.set(edition, (perEdition = new Map()));
  let result = perEdition.get(id);
  if (!result) {
    try {
      result = { spec: compileSpec(id, def, edition) };
    } catch (error) {
      result = { error };
    }
    perEdition.set(id, result);
  }
  if ('error' in result) throw result.error;
  return result.spec;
}

function compileSpec(id: string, def: ExhibitDefinition, edition: Edition): ExhibitSpec {
  const loadOther = (v: string) => (v === edition.version ? edition : loadEdition(v));
  const body = def.build({ edition, loadEdition: loadOther });
  // Every spec is stamped with the edition it was built from here, once, so no exhibit can misstate it;
  // its sources follow from the keys of its values, so no exhibit can leave one out.
  const sources = sourcesOfBody(id, body, edition, loadOther);
  const result = ExhibitSpec.safeParse({ ...body, sources, edition: edition.version, asOf: edition.asOf });
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(
      [`Exhibit "${id}" built an invalid spec from edition ${edition.version}.`, ...lines, `Fix the exhibit function in ${EXHIBIT_SOURCES.get(id)?.file ?? 'its article folder'}.`].join('\n'),
    );
  }
  const drawn = result.data.notes.find((n) => PATTERN_WORDS.test(n));
  if (drawn) {
    throw new Error(
      [
        `Exhibit "${id}" has a note that says how figures are drawn ("${PATTERN_WORDS.exec(drawn)?.[0]}"): ${drawn}`,
        'The caption key under the chart is computed from the kinds the exhibit shows (src/lib/render/kind-marks.ts kindKey), so a note repeating it prints twice or goes stale.',
        `Remove those words from the note in ${EXHIBIT_SOURCES.get(id)?.file ?? 'the exhibit function'}.`,
      ].join('\n'),
    );
  }
  if (result.data.id !== id) throw new Error(`Exhibit "${id}" returned a spec with id "${result.data.id}"; the ids must match.`);
  return result.data;
}

/** The spec as published: built from the edition the site pins. */
export function getExhibit(id: string): ExhibitSpec {
  return buildExhibit(id);
}

/**
 * The sources of an exhibit: the source (and locator) of every row its points or cells read, each looked
 * up in the edition the value was read from, in first-read order; then the extras the exhibit function
 * names (a source behind a note or an assumption). Deduplicated by id and locator.
 */
export function sourcesOfBody(id: string, body: ExhibitBody, edition: Edition, loadOther: (version: string) => Edition): SourceRef[] {
  const values = body.chart === 'table' ? body.rows.flatMap((r) => Object.values(r.cells)) : body.series.flatMap((s) => s.points);
  const refs: SourceRef[] = [];
  for (const v of values) {
    const from = v.edition ? loadOther(v.edition) : edition;
    for (const key of v.keys ?? []) {
      const row = from.observations.get(key) ?? from.events.get(key);
      if (!row) {
        const ids = [...from.observations.keys(), ...from.events.keys()];
        const close = closest(key, ids, 3);
        throw new Error(
          [
            `Exhibit "${id}" reads dataset key "${key}", which edition ${from.version} does not have.`,
            close.length ? `Did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : '',
            `Fix the key in ${EXHIBIT_SOURCES.get(id)?.file ?? 'the exhibit function'}, or set the value's edition to the one that holds it.`,
          ]
            .filter(Boolean)
            .join('\n'),
        );
      }
      refs.push(row.locator ? { id: row.source, locator: row.locator } : { id: row.source });
    }
  }
  refs.push(...(body.sources ?? []));
  const seen = new Set<string>();
  return refs.filter((r) => {
    const tag = `${r.id}|${r.locator ?? ''}`;
    if (seen.has(tag)) return false;
    seen.add(tag);
    return true;
  });
}
