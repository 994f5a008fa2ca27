/**
 * The model of the "What changed in this edition" page: every row the diff reports, grouped by table,
 * as prose values (old → new, absolute and percentage change) with the exhibits each row feeds. Pure:
 * the diff, the affected-exhibit map and a locator for exhibits are passed in.
 */
import type { EditionDiff, FieldChange, RowChange } from '../data/diff.ts';
import { toQuantity } from '../data/lookup.ts';
import type { Edition, EventRow, ObservationRow } from '../data/schema.ts';
import { formatNumber as formatBare, MINUS } from '../format/number.ts';
import { formatNumber, formatQuantity } from '../format/quantity.ts';
import { supersededText } from '../data/superseded.ts';
import { kindWord } from '../render/value-text.ts';

export interface ExhibitLink {
  id: string;
  /** `articles/<slug>/#exhibit-<id>` (relative to the site base), or null when no article places it. */
  href: string | null;
  /** "Exhibit 3 in The capex question", or the id when unplaced. */
  text: string;
}

export interface ChangeLine {
  key: string;
  /** `superseded`: the new value is a different measure (src/lib/data/superseded.ts), not a revision. */
  type: 'changed' | 'superseded' | 'added' | 'removed';
  /** "Amazon capex, 2025" or the event label. */
  label: string;
  before: string | null;
  after: string | null;
  /** "+$31.8 billion"; null when not comparable (unit or scale changed, or not an observation). */
  absolute: string | null;
  /** "+31.8%"; null when not comparable or the old value is 0. */
  percent: string | null;
  /** Other fields that changed ("source: a → b"), in diff order, value fields left out. */
  fields: string[];
  /** For `superseded`: "company guidance of ~$100 billion was superseded by reported $131.8 billion". */
  superseded: string | null;
  exhibits: ExhibitLink[];
}

export interface TableChanges {
  table: string;
  title: string;
  lines: ChangeLine[];
}

export interface EditionChanges {
  edition: string;
  previous: string;
  tables: TableChanges[];
  counts: { changed: number; superseded: number; added: number; removed: number };
}

export type LocateExhibit = (id: string) => { article: string; articleTitle: string; number: number } | undefined;

// Fields shown through before/after values; the rest are listed by name.
const VALUE_FIELDS = new Set(['value', 'low', 'high', 'qualifier']);
// A superseded figure names its kinds in the before/after values, so its kind change is not listed again.
const MEASURE_FIELDS = new Set([...VALUE_FIELDS, 'kind']);

function observationText(edition: Edition, id: string, withKind = false): string {
  const q = toQuantity(edition, id);
  return `${withKind ? `${kindWord(q.kind)} ` : ''}${formatQuantity(q)}${q.confidence === 'U' ? ' (unconfirmed)' : ''}`;
}

function eventText(r: EventRow): string {
  return `${r.label}, ${r.start}${r.end === null ? '' : `–${r.end}`}`;
}

function rowText(edition: Edition, row: ObservationRow | EventRow): string {
  return 'unit' in row ? observationText(edition, row.id) : eventText(row);
}

function rowLabel(edition: Edition, row: ObservationRow | EventRow): string {
  return 'unit' in row ? toQuantity(edition, row.id).label : row.label;
}

const showField = (v: FieldChange['old']) => (v === null || v === '' ? '(empty)' : String(v));

function signed(text: string, negative: boolean, zero: boolean): string {
  return zero ? text : `${negative ? MINUS : '+'}${text.replace(MINUS, '')}`;
}

function absoluteText(change: RowChange, row: ObservationRow): string | null {
  if (change.absoluteChange === null) return null;
  const x = change.absoluteChange;
  return signed(formatNumber(Math.abs(x), { unit: row.unit, scale: row.scale }), x < 0, x === 0);
}

function percentText(change: RowChange): string | null {
  if (change.percentChange === null) return null;
  const x = change.percentChange;
  const text = formatBare(Math.abs(x), { digits: 1 });
  return signed(`${text}%`, x < 0, text === '0.0');
}

/** Placed exhibits first, in article then reading order; unplaced ones after, by id. */
function links(ids: string[], locate: LocateExhibit): ExhibitLink[] {
  const located = ids.map((id) => ({ id, at: locate(id) }));
  located.sort((a, b) =>
    a.at && b.at ? a.at.article.localeCompare(b.at.article, 'en') || a.at.number - b.at.number : a.at ? -1 : b.at ? 1 : a.id < b.id ? -1 : 1,
  );
  return located.map(({ id, at }) =>
    at ? { id, href: `articles/${at.article}/#exhibit-${id}`, text: `Exhibit ${at.number} in ${at.articleTitle}` } : { id, href: null, text: id },
  );
}

/** "kind: guidance → reported"; a rewritten note is shown as its new text only, since notes run long. */
function fieldLine(f: FieldChange): string {
  if (f.field === 'note') return f.new === null || f.new === '' ? 'note removed' : `note now reads: ${f.new}`;
  return `${f.field}: ${showField(f.old)} → ${showField(f.new)}`;
}

export function editionChanges(
  previous: Edition,
  edition: Edition,
  diff: EditionDiff,
  affected: Map<string, string[]>,
  locate: LocateExhibit,
): EditionChanges {
  const counts = { changed: 0, superseded: 0, added: 0, removed: 0 };
  const tables: TableChanges[] = [];
  for (const t of diff.tables) {
    const lines: ChangeLine[] = [];
    for (const c of t.changed) {
      const after = (edition.observations.get(c.id) ?? edition.events.get(c.id)) as ObservationRow | EventRow;
      const before = (previous.observations.get(c.id) ?? previous.events.get(c.id)) as ObservationRow | EventRow;
      const isObs = 'unit' in after;
      const sup = c.superseded;
      if (sup && isObs) {
        const was = observationText(previous, c.id);
        const now = observationText(edition, c.id);
        lines.push({
          key: c.id,
          type: 'superseded',
          label: rowLabel(edition, after),
          before: observationText(previous, c.id, true),
          after: observationText(edition, c.id, true),
          absolute: null,
          percent: null,
          fields: c.changes.filter((f) => !MEASURE_FIELDS.has(f.field)).map(fieldLine),
          superseded: `${supersededText(sup, was, now, kindWord)}; not a revision, so no change is computed between the two`,
          exhibits: links(affected.get(c.id) ?? [], locate),
        });
        counts.superseded += 1;
        continue;
      }
      lines.push({
        key: c.id,
        type: 'changed',
        label: rowLabel(edition, after),
        before: rowText(previous, before),
        after: rowText(edition, after),
        absolute: isObs ? absoluteText(c, after) : null,
        percent: isObs ? percentText(c) : null,
        fields: c.changes.filter((f) => !VALUE_FIELDS.has(f.field)).map(fieldLine),
        superseded: null,
        exhibits: links(affected.get(c.id) ?? [], locate),
      });
      counts.changed += 1;
    }
    for (const r of t.added) {
      lines.push({ key: r.id, type: 'added', label: rowLabel(edition, r), before: null, after: rowText(edition, r), absolute: null, percent: null, fields: [], superseded: null, exhibits: links(affected.get(r.id) ?? [], locate) });
    }
    for (const r of t.removed) {
      lines.push({ key: r.id, type: 'removed', label: rowLabel(previous, r), before: rowText(previous, r), after: null, absolute: null, percent: null, fields: [], superseded: null, exhibits: links(affected.get(r.id) ?? [], locate) });
    }
    counts.added += t.added.length;
    counts.removed += t.removed.length;
    if (!lines.length) continue;
    const title = edition.tables.get(t.table)?.resource.title ?? previous.tables.get(t.table)?.resource.title ?? t.table;
    tables.push({ table: t.table, title, lines });
  }
  return { edition: edition.version, previous: previous.version, tables, counts };
}
