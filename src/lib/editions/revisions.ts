/**
 * What changed in one exhibit between an edition and the edition it revises: the spec is built from both
 * and every value compared (points matched by series id + x, table cells by column id + row), with one human line per change,
 * e.g. "Amazon 2025: company guidance ~$100 billion → reported $131.8 billion". `diffSpecs` is pure;
 * `exhibitRevisions` builds the two specs through the exhibit registry.
 */
import type { Quantity } from '../data/quantity.ts';
import type { Edition } from '../data/schema.ts';
import { supersededText, supersession, type Supersession } from '../data/superseded.ts';
import { buildExhibit } from '../exhibits/index.ts';
import type { ExhibitSpec } from '../exhibits/spec.ts';
import { specValues, type SpecValue } from '../exhibits/values.ts';
import { formatNumber, MINUS } from '../format/number.ts';
import { formatQuantity } from '../format/quantity.ts';
import { kindWord } from '../render/value-text.ts';
import { isDataError } from './data-error.ts';

/** The parts of a point a reader sees; a difference in any of them is a revision. */
export const COMPARED_FIELDS = ['y', 'low', 'high', 'y0', 'kind', 'unconfirmed', 'name', 'text'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldRevision {
  field: ComparedField;
  old: string | number | boolean | null;
  new: string | number | boolean | null;
}

export interface PointRevision {
  /** `superseded`: the value is now a different measure (another kind, or not like for like): not a revision. */
  type: 'changed' | 'superseded' | 'added' | 'removed';
  series: string;
  x: string | number;
  /** Dataset keys of the point in either edition (union, sorted). */
  keys: string[];
  /** For `changed` and `superseded`: the fields that differ. */
  fields: FieldRevision[];
  /** For `superseded`: the two measures. */
  superseded?: Supersession;
  /** One line for readers. */
  line: string;
}

export interface ExhibitRevision {
  id: string;
  /** The edition the exhibit is published from, and the one it revises. */
  edition: string;
  previous: string;
  /**
   * `new`: the exhibit is first published in `edition`: it cannot be computed from the previous edition
   * (it needs figures added since), or none of the rows it reads is in the previous edition.
   */
  status: 'unchanged' | 'revised' | 'new';
  changes: PointRevision[];
}

/** A spec together with the edition it was built from (for row subjects, periods and qualifiers). */
export interface SpecSide {
  spec: ExhibitSpec;
  edition: Edition;
}

const pointKey = (series: string, x: string | number) => `${series}\u0000${typeof x}:${x}`;

/** "Amazon 2025" from the point's single dataset row; else the category, with the series when ambiguous. */
function pointName(side: SpecSide, v: SpecValue): string {
  const p = v.value;
  const row = p.keys.length === 1 ? side.edition.observations.get(p.keys[0] as string) : undefined;
  const base = row ? `${row.subject} ${row.period}` : String(v.at);
  const groups = new Set(specValues(side.spec).map((o) => o.groupId));
  if (groups.size < 2 || base.includes(v.group)) return base;
  return `${base} (${v.group})`;
}

/**
 * The value as prose, in its own measure. When the value is exactly its dataset row (same value, unit and
 * scale), the row's qualifier, range and written precision are used ("~$100 billion", "$60–65 billion").
 */
export function pointValueText(side: SpecSide, v: SpecValue): string {
  const p = v.value;
  if ('text' in p && p.text !== undefined) return p.text;
  if (p.y === null) return 'no value';
  const row = p.keys.length === 1 ? side.edition.observations.get(p.keys[0] as string) : undefined;
  // Timeline values are years: "2025", not "2,025".
  if (side.spec.chart === 'timeline') return String(Math.round(p.y));
  const { unit, scale } = v.measure;
  if (!unit) return formatNumber(p.y);
  const exact = row && row.value === p.y && row.unit === unit && row.scale === scale;
  const q: Pick<Quantity, 'value' | 'low' | 'high' | 'qualifier' | 'unit' | 'scale' | 'digits'> = exact
    ? { value: row.value, low: row.low, high: row.high, qualifier: row.qualifier, unit: row.unit, scale: row.scale, ...(row.digits === undefined ? {} : { digits: row.digits }) }
    : { value: p.y, low: p.low ?? null, high: p.high ?? null, qualifier: '', unit, scale };
  return formatQuantity(q as Quantity);
}

function signedPercent(pct: number): string {
  const text = formatNumber(Math.abs(pct), { digits: 1 });
  if (text === '0.0') return '0.0%';
  return `${pct < 0 ? MINUS : '+'}${text}%`;
}

/**
 * Whether value `b` supersedes `a` rather than revising it: its kind changed, or a dataset row it reads says
 * like_for_like false (src/lib/data/superseded.ts).
 */
export function pointSupersession(after: SpecSide, a: SpecValue, b: SpecValue): Supersession | undefined {
  const notLike = b.value.keys.some((k) => after.edition.observations.get(k)?.like_for_like === false);
  return supersession({ kind: a.value.kind }, { kind: b.value.kind, like_for_like: notLike ? false : undefined });
}

function changedLine(before: SpecSide, after: SpecSide, a: SpecValue, b: SpecValue, fields: FieldRevision[], superseded: Supersession | undefined): string {
  const name = pointName(after, b);
  const valueFields = fields.filter((f) => f.field !== 'unconfirmed');
  let line = `${name}: `;
  const ay = a.value.y;
  const by = b.value.y;
  if (superseded) {
    // Different measures: both named, and no percentage change between them.
    line += supersededText(superseded, pointValueText(before, a), pointValueText(after, b), kindWord);
  } else if (valueFields.length) {
    line += `${pointValueText(before, a)} → ${pointValueText(after, b)}`;
    // A percent change means nothing for a year on a timeline, nor across scales.
    const sameScale = a.measure.scale === b.measure.scale;
    if (sameScale && after.spec.chart !== 'timeline' && ay !== null && by !== null && ay !== 0 && ay !== by) line += ` (${signedPercent(((by - ay) / Math.abs(ay)) * 100)})`;
  } else {
    line += pointValueText(after, b);
  }
  if (a.value.unconfirmed !== b.value.unconfirmed) line += b.value.unconfirmed ? ', now unconfirmed' : ', now confirmed';
  return line;
}

function fieldValue(v: SpecValue, field: ComparedField): string | number | boolean | null {
  const x = (v.value as Record<string, unknown>)[field] as string | number | boolean | null | undefined;
  return x === undefined ? null : x;
}

const valueKey = (v: SpecValue) => pointKey(v.groupId, v.at);

/** Every difference between two specs of the same exhibit, in the newer spec's order, removals last. */
export function diffSpecs(before: SpecSide, after: SpecSide): PointRevision[] {
  const old = new Map<string, SpecValue>();
  for (const v of specValues(before.spec)) old.set(valueKey(v), v);
  const seen = new Set<string>();
  const out: PointRevision[] = [];
  for (const v of specValues(after.spec)) {
    const k = valueKey(v);
    seen.add(k);
    const prev = old.get(k);
    if (!prev) {
      const value = `${kindWord(v.value.kind)} ${pointValueText(after, v)}`;
      out.push({ type: 'added', series: v.groupId, x: v.at, keys: [...v.value.keys].sort(), fields: [], line: `${pointName(after, v)}: new, ${value}` });
      continue;
    }
    const fields: FieldRevision[] = COMPARED_FIELDS.filter((f) => fieldValue(prev, f) !== fieldValue(v, f)).map((f) => ({
      field: f,
      old: fieldValue(prev, f),
      new: fieldValue(v, f),
    }));
    if (!fields.length) continue;
    const superseded = pointSupersession(after, prev, v);
    out.push({
      type: superseded ? 'superseded' : 'changed',
      series: v.groupId,
      x: v.at,
      keys: [...new Set([...prev.value.keys, ...v.value.keys])].sort(),
      fields,
      ...(superseded ? { superseded } : {}),
      line: changedLine(before, after, prev, v, fields, superseded),
    });
  }
  for (const v of specValues(before.spec)) {
    if (seen.has(valueKey(v))) continue;
    const value = `${kindWord(v.value.kind)} ${pointValueText(before, v)}`;
    out.push({ type: 'removed', series: v.groupId, x: v.at, keys: [...v.value.keys].sort(), fields: [], line: `${pointName(before, v)}: removed (was ${value})` });
  }
  return out;
}

/** Every dataset key the spec's values read. */
function specKeys(spec: ExhibitSpec): string[] {
  return specValues(spec).flatMap((v) => v.value.keys);
}

/**
 * The revisions of exhibit `id` in `edition` against `previous`. An exhibit that needs rows the previous
 * edition lacks cannot be built from it (a DataError: unknown id), and one that reads only rows added since
 * (and whose older build read nothing still there) has nothing to compare: both are `new`, with no changes.
 * Any other error is a bug and is thrown.
 */
export function exhibitRevisions(id: string, edition: Edition, previous: Edition): ExhibitRevision {
  const after: SpecSide = { spec: buildExhibit(id, edition), edition };
  const isNew = { id, edition: edition.version, previous: previous.version, status: 'new' as const, changes: [] };
  let beforeSpec: ExhibitSpec;
  try {
    beforeSpec = buildExhibit(id, previous);
  } catch (err) {
    if (isDataError(err)) return isNew;
    throw err;
  }
  // Rows only in the newer edition on both sides: the older spec plots nothing the newer edition still
  // has, and the newer plots nothing the older had. An exhibit that moved from kept rows to new ones is revised.
  const has = (e: Edition) => (k: string) => e.observations.has(k) || e.events.has(k);
  const keys = specKeys(after.spec);
  if (keys.length && !keys.some(has(previous)) && !specKeys(beforeSpec).some(has(edition))) return isNew;
  const changes = diffSpecs({ spec: beforeSpec, edition: previous }, after);
  return { id, edition: edition.version, previous: previous.version, status: changes.length ? 'revised' : 'unchanged', changes };
}
