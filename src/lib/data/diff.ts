/**
 * Pure comparison of two editions, row by row (rows matched by id within each table), for
 * `npm run data -- diff` and for reviewing a draft before release. Output order follows the tables of
 * the newer edition, then tables only in the older one; rows keep file order.
 */
import type { Edition, EventRow, ObservationRow } from './schema.ts';

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
  if ('unit' in a && 'unit' in b && a.unit === b.unit && a.scale === b.scale && a.value !== b.value) {
    absoluteChange = tidy(b.value - a.value);
    percentChange = a.value === 0 ? null : tidy(((b.value - a.value) / Math.abs(a.value)) * 100);
  }
  return { id: a.id, changes, absoluteChange, percentChange };
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

function rowSummary(r: Row): string {
  if ('unit' in r) {
    const range = r.low !== null && r.high !== null ? ` (${show(r.low)}–${show(r.high)})` : '';
    return `${r.qualifier}${show(r.value)}${range} ${r.unit}${r.scale === 'one' ? '' : ` ${r.scale}`}, ${r.kind}`;
  }
  return `${r.label}, ${r.start}${r.end === null ? '' : `–${r.end}`}`;
}

/** Terminal text: a header, then per table one summary line and one line per row. */
export function formatDiffText(diff: EditionDiff): string {
  if (!hasChanges(diff)) return `Dataset ${diff.from} → ${diff.to}: no changes.`;
  const lines = [`Dataset ${diff.from} → ${diff.to}`];
  for (const t of diff.tables) {
    lines.push('', `${t.table}: ${t.changed.length} changed, ${t.added.length} added, ${t.removed.length} removed`);
    for (const c of t.changed) {
      const delta =
        c.absoluteChange === null ? '' : ` (${signedNum(c.absoluteChange)}${c.percentChange === null ? '' : `, ${signedPct(c.percentChange)}`})`;
      const fields = c.changes.map((f) => `${f.field} ${show(f.old)} → ${show(f.new)}${f.field === 'value' ? delta : ''}`).join('; ');
      lines.push(`  ~ ${c.id}: ${fields}`);
    }
    for (const r of t.added) lines.push(`  + ${r.id}: ${rowSummary(r)}`);
    for (const r of t.removed) lines.push(`  - ${r.id}: ${rowSummary(r)}`);
  }
  return lines.join('\n');
}

/** Stable JSON (two-space indent, trailing newline) for `diff --json`. */
export function formatDiffJson(diff: EditionDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
