/**
 * Pure comparison of two editions, row by row (rows matched by id within each table), for
 * `npm run data -- diff` and for reviewing a draft before release. Output order follows the tables of
 * the newer edition, then tables only in the older one; rows keep file order.
 */
import type { Edition, EventRow, ObservationRow } from './schema.ts';
import { supersededText, supersession, type Supersession } from './superseded.ts';

type Row = ObservationRow | EventRow;

/** The fields compared, per row shape; everything an exhibit or a <Value> prints. */
const OBS_FIELDS = ['subject', 'metric', 'period', 'period_type', 'fiscal_year_end', 'value', 'low', 'high', 'qualifier', 'unit', 'scale', 'kind', 'source', 'locator', 'confidence', 'note'] as const;
const EVT_FIELDS = ['label', 'phase', 'start', 'end', 'source', 'locator', 'confidence', 'note'] as const;

export interface FieldChange {
  field: string;
  old: string | number | null;
  new: string | number | null;
}

export interface RowChange {
  id: string;
  changes: FieldChange[];
  /** new − old for observation values in the same unit and scale; null otherwise. */
  absoluteChange: number | null;
  /** Percentage change against |old|; null when old is 0 or the change is not comparable. */
  percentChange: number | null;
  /**
   * Set when the new value is a different measure (superseded.ts): its kind changed, or the row says it
   * is not like for like. The change is then not a revision, and no absolute or percentage change is given.
   */
  superseded: Supersession | null;
}

export interface TableDiff {
  table: string;
  changed: RowChange[];
  added: Row[];
  removed: Row[];
}

export interface EditionDiff {
  from: string;
  to: string;
  tables: TableDiff[];
}

/** Rounds away float noise (83.0 − 82.999 = 0.0010000000000047748) so output is stable and readable. */
const tidy = (x: number) => Number(x.toPrecision(12));

function rowsById(edition: Edition, table: string): Map<string, Row> {
  return new Map((edition.tables.get(table)?.rows ?? []).map((r) => [r.id, r]));
}

function compareRows(a: Row, b: Row): RowChange | undefined {
  const fields = 'unit' in a ? OBS_FIELDS : EVT_FIELDS;
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const x = (a as unknown as Record<string, string | number | null>)[field] ?? null;
    const y = (b as unknown as Record<string, string | number | null>)[field] ?? null;
    if (x !== y) changes.push({ field, old: x, new: y });
  }
  if (!changes.length) return undefined;
  let absoluteChange: number | null = null;
  let percentChange: number | null = null;
  const superseded = 'unit' in a && 'unit' in b ? (supersession(a, b) ?? null) : null;
  if (!superseded && 'unit' in a && 'unit' in b && a.unit === b.unit && a.scale === b.scale && a.value !== b.value) {
    absoluteChange = tidy(b.value - a.value);
    percentChange = a.value === 0 ? null : tidy(((b.value - a.value) / Math.abs(a.value)) * 100);
  }
  return { id: a.id, changes, absoluteChange, percentChange, superseded };
}

export function diffEditions(a: Edition, b: Edition): EditionDiff {
  const names = [...b.tables.keys(), ...[...a.tables.keys()].filter((t) => !b.tables.has(t))];
  const tables = names.map((table): TableDiff => {
    const before = rowsById(a, table);
    const after = rowsById(b, table);
    const changed: RowChange[] = [];
    const added: Row[] = [];
    for (const [id, row] of after) {
      const old = before.get(id);
      if (!old) added.push(row);
      else {
        const change = compareRows(old, row);
        if (change) changed.push(change);
      }
    }
    const removed = [...before.values()].filter((r) => !after.has(r.id));
    return { table, changed, added, removed };
  });
  return { from: a.version, to: b.version, tables };
}

export function hasChanges(diff: EditionDiff): boolean {
  return diff.tables.some((t) => t.changed.length || t.added.length || t.removed.length);
}

// Numbers print as stored (no rounding, ASCII minus) so a reviewer sees exactly what is in the CSV.
const show = (v: string | number | null) => (v === null || v === '' ? '(empty)' : String(v));
const signedNum = (x: number) => `${x > 0 ? '+' : ''}${x}`;
const signedPct = (x: number) => `${x > 0 ? '+' : ''}${x.toFixed(1)}%`;

function amount(r: ObservationRow): string {
  const range = r.low !== null && r.high !== null ? ` (${show(r.low)}–${show(r.high)})` : '';
  return `${r.qualifier}${show(r.value)}${range} ${r.unit}${r.scale === 'one' ? '' : ` ${r.scale}`}`;
}

function rowSummary(r: Row): string {
  if ('unit' in r) return `${amount(r)}, ${r.kind}`;
  return `${r.label}, ${r.start}${r.end === null ? '' : `–${r.end}`}`;
}

// Fields a superseded line states in its own words (value and kind); the others are listed after it.
const MEASURE_FIELDS = new Set(['value', 'low', 'high', 'qualifier', 'unit', 'scale', 'kind']);

/** One changed row: "field old → new; …", or for a superseded figure both measures named and no change. */
function changeLine(c: RowChange, old: Row | undefined, now: Row | undefined): string {
  if (c.superseded && old && now && 'unit' in old && 'unit' in now) {
    const rest = c.changes.filter((f) => !MEASURE_FIELDS.has(f.field)).map((f) => `${f.field} ${show(f.old)} → ${show(f.new)}`);
    const head = `${supersededText(c.superseded, amount(old), amount(now), (k) => k)} (not a revision: no change computed)`;
    return [head, ...rest].join('; ');
  }
  const delta = c.absoluteChange === null ? '' : ` (${signedNum(c.absoluteChange)}${c.percentChange === null ? '' : `, ${signedPct(c.percentChange)}`})`;
  return c.changes.map((f) => `${f.field} ${show(f.old)} → ${show(f.new)}${f.field === 'value' ? delta : ''}`).join('; ');
}

/**
 * Terminal text: a header, then per table one summary line and one line per row. Pass the two editions to
 * word superseded figures with their values ("guidance of ~100 USD billion was superseded by reported …").
 */
export function formatDiffText(diff: EditionDiff, editions?: { from: Edition; to: Edition }): string {
  if (!hasChanges(diff)) return `Dataset ${diff.from} → ${diff.to}: no changes.`;
  const lines = [`Dataset ${diff.from} → ${diff.to}`];
  const superseded = diff.tables.reduce((n, t) => n + t.changed.filter((c) => c.superseded).length, 0);
  for (const t of diff.tables) {
    const sup = t.changed.filter((c) => c.superseded).length;
    lines.push('', `${t.table}: ${t.changed.length - sup} changed,${sup ? ` ${sup} superseded,` : ''} ${t.added.length} added, ${t.removed.length} removed`);
    for (const c of t.changed) {
      const old = editions?.from.observations.get(c.id) ?? editions?.from.events.get(c.id);
      const now = editions?.to.observations.get(c.id) ?? editions?.to.events.get(c.id);
      lines.push(`  ${c.superseded ? '>' : '~'} ${c.id}: ${changeLine(c, old, now)}`);
    }
    for (const r of t.added) lines.push(`  + ${r.id}: ${rowSummary(r)}`);
    for (const r of t.removed) lines.push(`  - ${r.id}: ${rowSummary(r)}`);
  }
  if (superseded) lines.push('', '~ revised (same measure), > superseded (a different measure: another kind, or like_for_like false), + added, - removed.');
  return lines.join('\n');
}

/** Stable JSON (two-space indent, trailing newline) for `diff --json`. */
export function formatDiffJson(diff: EditionDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
